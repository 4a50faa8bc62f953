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
        double[][] bothSeconds = new double[2][rounds];
        double[][] importSeconds = new double[2][rounds];
        double[][] noArraysSeconds = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int t = 0; t < 2; t++) {
                int threads = threadCounts[t];
                String at = "-" + threads + "-" + round;
                bareSeconds[t][round] = bareIndex(sources, dir.resolve("bare" + at), threads, false);
                bothSeconds[t][round] = bareIndex(sources, dir.resolve("bare-both" + at), threads, true);
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
                delete(dir.resolve("bare-both" + at));
            }
        }
        out.printf("import figures: median of %d alternating rounds (slowest–fastest); MB/s of UTF-8 text%n", rounds);
        double[] bare = new double[2];
        double[] both = new double[2];
        for (int t = 0; t < 2; t++) {
            bare[t] = rate(bytes, bareSeconds[t]);
            both[t] = rate(bytes, bothSeconds[t]);
            double mbs = rate(bytes, importSeconds[t]);
            out.printf("  %d thread(s): bare Lucene + IK max-word (one field, offsets) %.2f MB/s (%s)%n", threadCounts[t], bare[t],
                    range(bytes, bareSeconds[t]));
            out.printf("  %d thread(s): bare Lucene + IK max-word + exact strings (the two searched fields) %.2f MB/s (%s) = %.2f x bare%n",
                    threadCounts[t], both[t], range(bytes, bothSeconds[t]), both[t] / bare[t]);
            out.printf("  %d thread(s): govsearch import (understand, sections, both fields, stored words, facets, commits)"
                    + " %.2f MB/s (%s) = %.2f x bare, %.2f x bare with both fields%n", threadCounts[t], mbs,
                    range(bytes, importSeconds[t]), mbs / bare[t], mbs / both[t]);
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
        if (esUrl != null) {
            elasticsearch(sources, queries, govsearch.elasticsearch.ElasticsearchConfig.of(esUrl).withPrefix("govsearch-bench"), out);
        }
        for (int scale : scales) {
            analytics(sources, dir.resolve("scale-" + scale), scale, out);
        }
        out.printf("heap used after bench: %.0f MB (max %.0f MB)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        delete(dir);
        return 0;
    }

    /**
     * Analytics latency, uncached and cached, on the corpus imported {@code scale} times with years
     * shifted by a century per copy (so each copy is a distinct sub-corpus of the same size).
     */
    private static void analytics(List<Source> sources, Path dir, int scale, PrintStream out) throws IOException {
        List<Source> scaled = new ArrayList<>();
        for (int copy = 0; copy < scale; copy++) {
            for (Source s : sources) {
                scaled.add(copy == 0 ? s : new Source(s.url() + "#copy" + copy, s.text(), s.title(), s.publishedAt(),
                        s.year() == null ? null : s.year() + 100 * copy, s.region(), s.docType()));
            }
        }
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            double building = govsearch.index.lucene.StringCounts.buildSeconds();
            Import.Summary imported = Import.run(scaled.iterator(), index, List.of(), p -> { });
            out.printf("%n%dx import: %.0f s, of which building suffix arrays (at commits, merged segments again) %.0f s%n",
                    scale, imported.took().toNanos() / 1e9, govsearch.index.lucene.StringCounts.buildSeconds() - building);
            long bytes = size(dir);
            long strings = size(dir, "strings-");
            out.printf("%n%dx corpus: %d reports, %.1f MB text, imported at %.1f MB/s, index %.1f MB = %.2f x text"
                            + " (of which suffix arrays %.1f MB = %.2f x text)%n", scale,
                    imported.added(), imported.bytes() / 1e6, imported.megabytesPerSecond(), bytes / 1e6,
                    (double) bytes / imported.bytes(), strings / 1e6, (double) strings / imported.bytes());
            SearchQuery all = QuerySyntax.parse(null, null, null, null, 0, 20);
            SearchQuery national = QuerySyntax.parse(null, null, "全国", null, 0, 20);
            List<List<String>> termSets = List.of(
                    List.of("脱贫攻坚", "改革开放", "小康社会", "高质量发展", "人民公社"),
                    List.of("创新", "互联网", "钢铁", "粮食", "教育"),
                    List.of("社会主义", "合作社", "科技", "环境", "就业"),
                    List.of("\"全面建成小康社会\"", "生态文明", "一带一路", "对外开放", "民营经济"));
            report(out, "trend of 5 terms, whole corpus", 20, i -> Trend.compute(index, termSets.get(i % termSets.size()),
                    all, null, null, Trend.Mode.perMillion, 1));
            System.setProperty(govsearch.index.lucene.StringCounts.POSTINGS_ONLY, "true");
            try {
                report(out, "trend of 5 terms, postings (no suffix arrays)", 8, i -> Trend.compute(index,
                        termSets.get(i % termSets.size()), all, null, null, Trend.Mode.perMillion, 1));
                report(out, "concordance first page, postings", 8, i -> Concordance.compute(index,
                        List.of("小康社会", "改革", "人民", "脱贫攻坚").get(i % 4), national, 20, Concordance.Sort.year));
            } finally {
                System.clearProperty(govsearch.index.lucene.StringCounts.POSTINGS_ONLY);
            }
            SearchQuery henan = QuerySyntax.parse(null, null, "河南", null, 0, 20);
            SearchQuery workReports = QuerySyntax.parse(null, null, null, "政府工作报告", 0, 20);
            report(out, "trend of 5 terms, region filter", 20, i -> Trend.compute(index, termSets.get(i % termSets.size()),
                    henan, null, null, Trend.Mode.perMillion, 1));
            report(out, "trend of 5 terms, type filter", 20, i -> Trend.compute(index, termSets.get(i % termSets.size()),
                    workReports, null, null, Trend.Mode.perMillion, 1));
            List<String> wildcards = List.of("建设*强国", "加快*", "*攻坚战");
            report(out, "wildcard, top 10 fillers with trends", 12, i -> Trend.compute(index,
                    govsearch.analytics.Wildcard.expand(index, List.of(wildcards.get(i % wildcards.size())), all),
                    all, null, null, Trend.Mode.perMillion, 0));
            List<SearchQuery[]> sides = List.of(
                    new SearchQuery[]{QuerySyntax.parse(null, "1954-1965", "全国", null, 0, 1), QuerySyntax.parse(null, "2010-2025", "全国", null, 0, 1)},
                    new SearchQuery[]{QuerySyntax.parse(null, "1978-1999", null, null, 0, 1), QuerySyntax.parse(null, "2000-2025", null, null, 0, 1)});
            report(out, "compare, sections read for the first time", 20, i -> {
                index.forgetSectionWords();
                return Comparison.compute(index, sides.get(i % 2)[0], sides.get(i % 2)[1], null);
            });
            report(out, "compare, sections read before (a new pair)", 20, i -> Comparison.compute(index,
                    sides.get(i % 2)[0], sides.get((i + 1) % 2)[1], null));
            List<String> kwic = List.of("小康社会", "改革", "人民", "脱贫攻坚", "社会主义", "经济建设", "对外开放", "农业");
            report(out, "concordance, first page", 40, i -> Concordance.compute(index, kwic.get(i % kwic.size()), national,
                    20, Concordance.Sort.year));
            report(out, "first appearances of 2024, national", scale > 16 ? 2 : 4, i -> govsearch.analytics.FirstUses.compute(index,
                    2024, national, 50));
            List<String> sortedTerms = List.of("脱贫攻坚", "对外开放", "经济建设", "小康社会");
            report(out, "concordance, all lines sorted by right", 12, i -> {
                String t = sortedTerms.get(i % sortedTerms.size());
                Concordance.Result r = Concordance.compute(index, t, QuerySyntax.parse(null, null, null, null, 0, 20), 20,
                        Concordance.Sort.right);
                if (i == 0 && r.total() > govsearch.analytics.Concordance.sortedLines(index)) {
                    out.printf("  (%s: %d lines, the first %d sorted)%n", t, r.total(), Concordance.sortedLines(index));
                }
                return r;
            });
            List<String> drafts = drafts(sources);
            report(out, "phrasing, draft with 2 chars changed", 40, i -> Phrasing.compute(index, drafts.get(i % drafts.size()),
                    all, 10));
            // issue 19: one report against last year's, and how one term spread by province
            govsearch.report.Report latest = nationalReport(index, 2025);
            report(out, "changes of one report (national 2025)", 10, i -> govsearch.analytics.Changes.of(index, latest));
            List<String> spreading = List.of("新质生产力", "高质量发展", "乡村振兴", "营商环境");
            report(out, "diffusion of one term by province", 20, i -> govsearch.analytics.Diffusion.compute(index,
                    spreading.get(i % spreading.size()), null, govsearch.analytics.Diffusion.Level.PROVINCE, null));
            if (scale <= 16) {
                // Reading every report's targets takes ~1 s per 100 reports: at 1 GB a run of its own.
                govsearch.analytics.TargetTable.Filter everyTarget = new govsearch.analytics.TargetTable.Filter(null, null, null, null, null);
                report(out, "targets table, every report read", 5, i -> {
                    govsearch.analytics.TargetTable.forget();
                    return govsearch.analytics.TargetTable.compute(index, everyTarget);
                });
                report(out, "targets table, readings kept", 20, i -> govsearch.analytics.TargetTable.compute(index,
                        new govsearch.analytics.TargetTable.Filter(i % 2 == 0 ? "gdp_growth" : null, null, null, null, null)));
            } else {
                out.printf("  (targets table: not run above 16x; every report is read, ~1 s per 100 reports)%n");
            }
            ResultCache cache = new ResultCache(index, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
            Object key = termSets.getFirst();
            cache.get("trend", key, () -> Trend.compute(index, termSets.getFirst(), all, null, null, Trend.Mode.perMillion, 1));
            report(out, "trend, cached", 1000, i -> cache.get("trend", key, () -> {
                throw new IllegalStateException("not cached");
            }));
        }
        delete(dir);
    }

    /** The national government work report of a year (copy 0 of a scaled corpus). */
    private static govsearch.report.Report nationalReport(LuceneReportIndex index, int year) throws IOException {
        for (var hit : index.search(QuerySyntax.parse(null, String.valueOf(year), "全国", null, 0, 20)).hits()) {
            if (hit.url() != null && hit.url().endsWith("national-" + year + ".txt")) {
                return index.report(hit.reportId()).orElseThrow();
            }
        }
        throw new IllegalStateException("no national report of " + year + " in the bench corpus");
    }

    interface Timed {
        Object run(int i) throws IOException;
    }

    private static void report(PrintStream out, String what, int n, Timed work) throws IOException {
        long[] nanos = new long[n];
        try {
            work.run(0); // first call warms the code path and the OS cache
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                work.run(i);
                nanos[i] = System.nanoTime() - start;
            }
        } catch (govsearch.index.QueryTimedOut e) {
            // A line past the query limit says so and the bench goes on to the next.
            out.printf("  %-40s stopped: over the %d ms query limit%n", what, e.limitMs());
            return;
        }
        out.printf("  %-40s p50 %8.2f ms  p99 %8.2f ms  (n=%d)%n", what, percentile(nanos, 50), percentile(nanos, 99), n);
    }

    /** Sentences of the 2010s national reports with two characters changed, as a drafter would. */
    private static List<String> drafts(List<Source> sources) {
        List<String> drafts = new ArrayList<>();
        for (Source s : sources) {
            if (s.year() != null && s.year() >= 2010 && drafts.size() < 40) {
                for (int[] span : govsearch.analytics.Sentences.spans(s.text())) {
                    String sentence = s.text().substring(span[0], span[1]);
                    if (sentence.length() > 24 && drafts.size() < 40 && span[0] % 7 == 0) {
                        char[] c = sentence.toCharArray();
                        c[c.length / 3] = '甲';
                        c[2 * c.length / 3] = '乙';
                        drafts.add(new String(c));
                    }
                }
            }
        }
        return drafts;
    }

    /** MB/s at the median of the timings. */
    private static double rate(long bytes, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return bytes / 1e6 / sorted[sorted.length / 2];
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
        return bareIndex(sources, dir, 1, false);
    }

    /**
     * Seconds for {@code threads} threads sharing the sources to index them into one writer, and
     * commit: each text as one IK max-word field, and with {@code exact} also as the exact-strings
     * field (character bigrams and run ends) — nothing else.
     */
    private static double bareIndex(List<Source> sources, Path dir, int threads, boolean exact) throws IOException {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setTokenized(true);
        type.setStored(true);
        type.freeze();
        FieldType exactType = new FieldType(type);
        exactType.setStored(false);
        exactType.freeze();
        long start = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(exact
                     ? new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(IkAnalyzer.maxWord(),
                             java.util.Map.of("exact", govsearch.analysis.ExactAnalyzer.forIndex()))
                     : IkAnalyzer.maxWord()).setRAMBufferSizeMB(64))) {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            java.util.concurrent.atomic.AtomicReference<IOException> failed = new java.util.concurrent.atomic.AtomicReference<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofPlatform().start(() -> {
                    for (int i = next.getAndIncrement(); i < sources.size() && failed.get() == null; i = next.getAndIncrement()) {
                        Document doc = new Document();
                        doc.add(new Field("text", sources.get(i).text(), type));
                        if (exact) {
                            doc.add(new Field("exact", sources.get(i).text(), exactType));
                        }
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
     * into the alias {@code govsearch-bench-reports} (its content is replaced).
     */
    private static void elasticsearch(List<Source> sources, List<SearchQuery> queries,
                                      govsearch.elasticsearch.ElasticsearchConfig config, PrintStream out) throws IOException {
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

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long size(Path dir, String prefix) throws IOException {
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
