package govsearch.api;

import govsearch.analytics.Comparison;
import govsearch.analytics.Concordance;
import govsearch.analytics.Phrasing;
import govsearch.analytics.Trend;
import govsearch.elasticsearch.ElasticsearchConfig;
import govsearch.elasticsearch.ElasticsearchReportIndex;
import govsearch.importer.Import;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytics lines of {@code govsearch bench}: latency, uncached and cached, on the corpus
 * imported {@code scale} times with years shifted by a century per copy (so each copy is a distinct
 * sub-corpus of the same size). The same lines, under the same names, run on either backend, so
 * their figures compare across backends and releases; the lines about the Lucene index's own
 * structures (postings-only counting, suffix-array size) run on Lucene alone.
 */
final class AnalyticsBench {

    private AnalyticsBench() {
    }

    /** The bundled corpus {@code scale} times, copy n's years shifted by n centuries. */
    static List<Source> scaled(List<Source> sources, int scale) {
        List<Source> scaled = new ArrayList<>();
        for (int copy = 0; copy < scale; copy++) {
            for (Source s : sources) {
                scaled.add(copy == 0 ? s : new Source(s.url() + "#copy" + copy, s.text(), s.title(), s.publishedAt(),
                        s.year() == null ? null : s.year() + 100 * copy, s.region(), s.docType()));
            }
        }
        return scaled;
    }

    /** Imports the scaled corpus into a fresh Lucene index in {@code dir}, times the lines, deletes it. */
    static void lucene(List<Source> sources, Path dir, int scale, PrintStream out) throws IOException {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            double building = govsearch.index.lucene.StringCounts.buildSeconds();
            Import.Summary imported = Import.run(scaled(sources, scale).iterator(), index, List.of(), p -> { });
            // Merges go on after the import returns, each building its merged segment's arrays: the
            // size is the index's once they end, and the wait is part of what the import cost.
            long settling = System.nanoTime();
            index.settle();
            double settled = (System.nanoTime() - settling) / 1e9;
            out.printf("%n%dx import: %.1f s and %.1f s more until its merges ended, of which building suffix arrays"
                            + " (at commits and in merges) %.1f s%n", scale, imported.took().toNanos() / 1e9, settled,
                    govsearch.index.lucene.StringCounts.buildSeconds() - building);
            long bytes = Bench.size(dir);
            long strings = Bench.size(dir, "strings-");
            out.printf("%n%dx corpus: %d reports, %.1f MB text, imported at %.1f MB/s, index %.1f MB = %.2f x text"
                            + " (of which suffix arrays %.1f MB = %.2f x text)%n", scale,
                    imported.added(), imported.bytes() / 1e6, imported.megabytesPerSecond(), bytes / 1e6,
                    (double) bytes / imported.bytes(), strings / 1e6, (double) strings / imported.bytes());
            lines(index, sources, scale, out);
            // What the open index and its caches hold once garbage is gone (the end-of-bench figure
            // counts whatever garbage the collector had not yet reclaimed).
            System.gc();
            out.printf("%dx: heap live with the index open, after its lines: %.0f MB%n", scale,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
        }
        Bench.delete(dir);
    }

    /**
     * Imports the scaled corpus into fresh indices behind {@code config}'s alias on an Elasticsearch
     * cluster, times the same lines, and deletes those indices.
     */
    static void elasticsearch(List<Source> sources, ElasticsearchConfig config, int scale, PrintStream out) throws IOException {
        ElasticsearchReportIndex.delete(config);
        try {
            try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(config)) {
                Import.Summary imported = Import.run(scaled(sources, scale).iterator(), index, List.of(), p -> { });
                out.printf("%n%dx corpus on elasticsearch (%s): %d reports, %.1f MB text, imported at %.1f MB/s%n", scale,
                        config.url(), imported.added(), imported.bytes() / 1e6, imported.megabytesPerSecond());
                lines(index, sources, scale, out);
            }
        } finally {
            ElasticsearchReportIndex.delete(config);
        }
    }

    private static void lines(ReportIndex index, List<Source> sources, int scale, PrintStream out) throws IOException {
        SearchQuery all = QuerySyntax.parse(null, null, null, null, 0, 20);
        SearchQuery national = QuerySyntax.parse(null, null, "全国", null, 0, 20);
        List<List<String>> termSets = List.of(
                List.of("脱贫攻坚", "改革开放", "小康社会", "高质量发展", "人民公社"),
                List.of("创新", "互联网", "钢铁", "粮食", "教育"),
                List.of("社会主义", "合作社", "科技", "环境", "就业"),
                List.of("\"全面建成小康社会\"", "生态文明", "一带一路", "对外开放", "民营经济"));
        // The bench's 200 searches at this size: each search word's literal half reads every
        // occurrence of the word in the suffix arrays, so its cost grows with the corpus.
        List<SearchQuery> searches = Bench.queries();
        report(out, "search, the bench's 200 queries", searches.size(), i -> index.search(searches.get(i % searches.size())));
        report(out, "trend of 5 terms, whole corpus", 20, i -> Trend.compute(index, termSets.get(i % termSets.size()),
                all, null, null, Trend.Mode.perMillion, 1));
        if (index instanceof LuceneReportIndex) {
            System.setProperty(govsearch.index.lucene.StringCounts.POSTINGS_ONLY, "true");
            try {
                report(out, "trend of 5 terms, section by section (no counting from the arrays)", 8, i -> Trend.compute(index,
                        termSets.get(i % termSets.size()), all, null, null, Trend.Mode.perMillion, 1));
                report(out, "concordance first page, section by section", 8, i -> Concordance.compute(index,
                        List.of("小康社会", "改革", "人民", "脱贫攻坚").get(i % 4), national, 20, Concordance.Sort.year));
                // The text scan first appearances used before the suffix arrays answered them (and Elasticsearch still does).
                report(out, "first appearances of 2024, national, scan", scale > 16 ? 1 : 2, i ->
                        govsearch.analytics.FirstUses.compute(index, 2024, national, 50));
            } finally {
                System.clearProperty(govsearch.index.lucene.StringCounts.POSTINGS_ONLY);
            }
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
            forgetSectionWords(index);
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
            if (i == 0 && r.total() > Concordance.sortedLines(index)) {
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

    /** Drops the sections' words a backend keeps for comparisons: the first-read line's premise. */
    private static void forgetSectionWords(ReportIndex index) {
        if (index instanceof LuceneReportIndex lucene) {
            lucene.forgetSectionWords();
        } else if (index instanceof ElasticsearchReportIndex es) {
            es.forgetSectionWords();
        }
    }

    /** The national government work report of a year (copy 0 of a scaled corpus). */
    private static govsearch.report.Report nationalReport(ReportIndex index, int year) throws IOException {
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
        out.printf("  %-40s p50 %8.2f ms  p99 %8.2f ms  (n=%d)%n", what, Bench.percentile(nanos, 50),
                Bench.percentile(nanos, 99), n);
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
}
