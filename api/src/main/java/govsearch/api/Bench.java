package govsearch.api;

import govsearch.analysis.IkAnalyzer;
import govsearch.importer.Import;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code govsearch bench}: the figures of docs/BENCHMARKS.md. Imports the bundled corpus into a
 * fresh index under DIR/bench, beside a bare Lucene + IK index of the same text, then runs a fixed
 * list of 200 searches (with facets and snippets) cold and warm.
 */
final class Bench {

    private static final int WARM_ROUNDS = 5;

    private Bench() {
    }

    static int run(Path data, PrintStream out) throws IOException {
        Path dir = data.resolve("bench");
        delete(dir);
        Files.createDirectories(dir);
        List<Source> sources = BundledCorpus.load();
        long bytes = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf("corpus: %d reports, %.2f MB of UTF-8 text%n", sources.size(), bytes / 1e6);

        // Warm the JIT and load the dictionaries before timing either side, as a long import would be.
        bareIndex(sources, dir.resolve("warmup-bare"));
        try (LuceneReportIndex index = LuceneReportIndex.open(dir.resolve("warmup"))) {
            Import.run(sources.iterator(), index, List.of(), p -> { });
        }
        double bare = bytes / 1e6 / bareIndex(sources, dir.resolve("bare"));
        out.printf("bare Lucene + IK max-word (one field, offsets, 1 thread): %.1f MB/s%n", bare);

        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[]{1, cores}) {
            Import.Summary s = importInto(sources, dir.resolve("index-" + threads), threads);
            double mbs = s.megabytesPerSecond();
            out.printf("govsearch import, %d thread(s) (understand, sections, IK + exact fields, facets, commits):"
                    + " %.1f MB/s in %.2f s = %.2f x bare%n", threads, mbs, s.took().toNanos() / 1e9, mbs / bare);
        }
        Files.move(dir.resolve("index-" + cores), dir.resolve("index"));
        long indexBytes = size(dir.resolve("index"));
        out.printf("index size: %.2f MB = %.2f x text%n", indexBytes / 1e6, (double) indexBytes / bytes);

        List<SearchQuery> queries = queries();
        try (LuceneReportIndex index = LuceneReportIndex.open(dir.resolve("index"))) {
            long[] cold = time(index, queries);
            out.printf("search, cold (first pass over %d queries): p50 %.1f ms, p99 %.1f ms%n", queries.size(),
                    percentile(cold, 50), percentile(cold, 99));
            long[] warm = new long[0];
            for (int round = 0; round < WARM_ROUNDS; round++) {
                warm = concat(warm, time(index, queries));
            }
            out.printf("search, warm (%d passes): p50 %.1f ms, p99 %.1f ms, mean %.1f ms%n", WARM_ROUNDS,
                    percentile(warm, 50), percentile(warm, 99), Arrays.stream(warm).average().orElse(0) / 1e6);
        }
        out.printf("heap used after bench: %.0f MB (max %.0f MB)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        delete(dir);
        return 0;
    }

    private static Import.Summary importInto(List<Source> sources, Path dir, int threads) throws IOException {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            return Import.run(sources.iterator(), index, List.of(), p -> { }, threads);
        }
    }

    /** Seconds to index each report's text as one IK max-word field, and commit. */
    private static double bareIndex(List<Source> sources, Path dir) throws IOException {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.setStored(true);
        type.freeze();
        long start = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IkAnalyzer.maxWord()).setRAMBufferSizeMB(64))) {
            for (Source s : sources) {
                Document doc = new Document();
                doc.add(new Field("text", s.text(), type));
                w.addDocument(doc);
            }
            w.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long[] time(LuceneReportIndex index, List<SearchQuery> queries) throws IOException {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            index.search(queries.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    static List<SearchQuery> queries() throws IOException {
        List<SearchQuery> queries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Bench.class.getClassLoader().getResourceAsStream("bench-queries.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                queries.add(QuerySyntax.parse(cells[0], null, cells.length > 1 ? cells[1] : null, null, 0, 10));
            }
        }
        return queries;
    }

    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
