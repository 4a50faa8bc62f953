package govsearch.api;

import govsearch.analysis.IkAnalyzer;
import govsearch.analytics.Comparison;
import govsearch.analytics.Concordance;
import govsearch.analytics.Phrasing;
import govsearch.analytics.Trend;
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

    static int run(Path data, List<Integer> scales, PrintStream out) throws IOException {
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
        int cores = Runtime.getRuntime().availableProcessors();
        // One pass over 6 MB takes seconds, and a 2-core machine's other work moves it by tens of
        // per cent: every side runs several times, rounds alternating, and the medians are compared.
        int rounds = Integer.getInteger("govsearch.bench.rounds", 3);
        int[] threadCounts = {1, cores};
        double[][] bareSeconds = new double[2][rounds];
        double[][] importSeconds = new double[2][rounds];
        double[][] noArraysSeconds = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int t = 0; t < 2; t++) {
                int threads = threadCounts[t];
                String at = "-" + threads + "-" + round;
                bareSeconds[t][round] = bareIndex(sources, dir.resolve("bare" + at), threads);
                Path index = dir.resolve("index" + at);
                importSeconds[t][round] = importInto(sources, index, threads).took().toNanos() / 1e9;
                // The same import with commits building no suffix arrays: what the arrays cost it.
                System.setProperty(govsearch.index.lucene.StringCounts.BUILD_ARRAYS, "false");
                try {
                    noArraysSeconds[t][round] = importInto(sources, dir.resolve("no-arrays" + at), threads).took().toNanos() / 1e9;
                } finally {
                    System.clearProperty(govsearch.index.lucene.StringCounts.BUILD_ARRAYS);
                }
                delete(dir.resolve("no-arrays" + at));
                if (round < rounds - 1 || t == 0) {
                    delete(index);
                }
                delete(dir.resolve("bare" + at));
            }
        }
        out.printf("import figures: median of %d alternating rounds (slowest–fastest); MB/s of UTF-8 text%n", rounds);
        double[] bare = new double[2];
        for (int t = 0; t < 2; t++) {
            bare[t] = rate(bytes, bareSeconds[t]);
            double mbs = rate(bytes, importSeconds[t]);
            out.printf("  %d thread(s): bare Lucene + IK max-word (one field, offsets) %.2f MB/s (%s)%n", threadCounts[t], bare[t],
                    range(bytes, bareSeconds[t]));
            out.printf("  %d thread(s): govsearch import (understand, sections, IK field, stored words, facets, suffix arrays, commits)"
                    + " %.2f MB/s (%s) = %.2f x bare (round by round: median %.2f x, %s)%n", threadCounts[t], mbs,
                    range(bytes, importSeconds[t]), mbs / bare[t], pairRatio(bareSeconds[t], importSeconds[t]),
                    pairRange(bareSeconds[t], importSeconds[t]));
            double without = rate(bytes, noArraysSeconds[t]);
            out.printf("  %d thread(s): govsearch import without suffix arrays %.2f MB/s (%s) = %.2f x bare:"
                    + " the arrays cost the import %.0f %% of its time%n", threadCounts[t], without,
                    range(bytes, noArraysSeconds[t]), without / bare[t], 100 * (1 - mbs / without));
        }
        Files.move(dir.resolve("index-" + cores + "-" + (rounds - 1)), dir.resolve("index"));
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
        String esUrl = System.getProperty("govsearch.bench.es-url");
        govsearch.elasticsearch.ElasticsearchConfig es = esUrl == null ? null
                : govsearch.elasticsearch.ElasticsearchConfig.of(esUrl).withPrefix("govsearch-bench");
        if (es != null) {
            elasticsearch(sources, queries, es, out);
        }
        for (int scale : scales) {
            AnalyticsBench.lucene(sources, dir.resolve("scale-" + scale), scale, out);
            if (es != null) {
                AnalyticsBench.elasticsearch(sources, es.withPrefix("govsearch-bench-" + scale + "x"), scale, out);
            }
        }
        out.printf("heap used after bench: %.0f MB (max %.0f MB)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        delete(dir);
        return 0;
    }

    /** MB/s at the median of the timings. */
    private static double rate(long bytes, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return bytes / 1e6 / sorted[sorted.length / 2];
    }

    /**
     * The import's speed against bare Lucene + IK's in the same round, the median over the rounds:
     * the two run back to back, so a shared machine's slow minutes weigh on both sides of a ratio
     * (the ratio of the medians can pair a fast bare round with a slow import round).
     */
    private static double pairRatio(double[] bareSeconds, double[] importSeconds) {
        double[] ratios = new double[bareSeconds.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = bareSeconds[i] / importSeconds[i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private static String pairRange(double[] bareSeconds, double[] importSeconds) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int i = 0; i < bareSeconds.length; i++) {
            low = Math.min(low, bareSeconds[i] / importSeconds[i]);
            high = Math.max(high, bareSeconds[i] / importSeconds[i]);
        }
        return String.format(java.util.Locale.ROOT, "%.2f–%.2f", low, high);
    }

    private static String range(long bytes, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return String.format(java.util.Locale.ROOT, "%.2f–%.2f", bytes / 1e6 / sorted[sorted.length - 1], bytes / 1e6 / sorted[0]);
    }

    private static Import.Summary importInto(List<Source> sources, Path dir, int threads) throws IOException {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            return Import.run(sources.iterator(), index, List.of(), p -> { }, threads);
        }
    }

    /** Seconds to index each report's text as one IK max-word field, and commit. */
    private static double bareIndex(List<Source> sources, Path dir) throws IOException {
        return bareIndex(sources, dir, 1);
    }

    /**
     * Seconds for {@code threads} threads sharing the sources to index them into one writer, and
     * commit: each text as one IK max-word field with offsets, stored — nothing else.
     */
    private static double bareIndex(List<Source> sources, Path dir, int threads) throws IOException {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.setStored(true);
        type.freeze();
        long start = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IkAnalyzer.maxWord()).setRAMBufferSizeMB(64))) {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<IOException> failed = new java.util.concurrent.atomic.AtomicReference<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    for (int i = next.getAndIncrement(); i < sources.size() && failed.get() == null; i = next.getAndIncrement()) {
                        Document doc = new Document();
                        doc.add(new Field("text", sources.get(i).text(), type));
                        try {
                            w.addDocument(doc);
                        } catch (IOException e) {
                            failed.set(e);
                        }
                    }
                }));
            }
            for (Thread t : workers) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (failed.get() != null) {
                throw failed.get();
            }
            w.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The same import and searches on an Elasticsearch cluster ({@code -Dgovsearch.bench.es-url=URL}),
     * into the alias {@code govsearch-bench-reports}, whose indices are deleted before and after.
     */
    private static void elasticsearch(List<Source> sources, List<SearchQuery> queries,
                                      govsearch.elasticsearch.ElasticsearchConfig config, PrintStream out) throws IOException {
        govsearch.elasticsearch.ElasticsearchReportIndex.delete(config);
        try (govsearch.index.ReportIndex index = govsearch.elasticsearch.ElasticsearchReportIndex.open(config)) {
            Import.Summary s = Import.run(sources.iterator(), index, List.of(), p -> { });
            out.printf("elasticsearch import at %s: %.1f MB/s in %.2f s%n", config.url(), s.megabytesPerSecond(),
                    s.took().toNanos() / 1e9);
            time(index, queries);
            long[] warm = new long[0];
            for (int round = 0; round < WARM_ROUNDS; round++) {
                warm = concat(warm, time(index, queries));
            }
            out.printf("elasticsearch search, warm (%d passes): p50 %.1f ms, p99 %.1f ms%n", WARM_ROUNDS,
                    percentile(warm, 50), percentile(warm, 99));
        } finally {
            govsearch.elasticsearch.ElasticsearchReportIndex.delete(config);
        }
    }

    private static long[] time(govsearch.index.ReportIndex index, List<SearchQuery> queries) throws IOException {
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

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long size(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(prefix))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
