package govsearch.elasticsearch;

import govsearch.analytics.Comparison;
import govsearch.importer.Import;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Lucene and Elasticsearch (the in-JVM test node) on the bundled corpus in one run: indexing MB/s,
 * search and trend p50/p99 (termByYear and yearTotals also apart, and per term), and whether both
 * give the same answer to every bench query and the same trend figures. Not part of the build (its
 * name does not end in Test); run it with
 * {@code ./mvnw -pl elasticsearch -am test -Dtest=BackendBench -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.only=trend} times the trends only).
 */
class BackendBench {

    private static final int ROUNDS = 5;
    private static final List<String> TERMS = List.of("小康", "改革开放", "脱贫攻坚", "生态文明", "乡村振兴",
            "人民公社", "高质量发展", "统一战线", "营商环境", "对外开放");
    /** Filters the trend answers are compared under: none, report-level ones, and a section-level q. */
    private static final List<SearchQuery> TREND_FILTERS = List.of(
            QuerySyntax.parse("", null, null, null, null, null),
            QuerySyntax.parse("", "1978-2020", "全国", null, null, null),
            QuerySyntax.parse("经济", null, null, null, null, null));

    /** Sides compared: decades, and national against provincial reports of the same years. */
    private static final List<SearchQuery[]> COMPARISONS = List.of(
            new SearchQuery[]{QuerySyntax.parse("", "1978-1999", null, null, null, null),
                    QuerySyntax.parse("", "2010-2025", null, null, null, null)},
            new SearchQuery[]{QuerySyntax.parse("", "2000-2025", "全国", null, null, null),
                    QuerySyntax.parse("", "2000-2025", "广东", null, null, null)});

    @Test
    void bothBackendsOnTheBundledCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("corpus.dir", "../corpus"));
        List<Source> sources = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("manifest.tsv"))) {
            String[] c = line.split("\t", -1);
            if (c[0].equals("file")) {
                continue;
            }
            sources.add(new Source(c[0], Files.readString(corpus.resolve(c[0])), c[1], null,
                    c[2].isBlank() ? null : Integer.valueOf(c[2]), null, null));
        }
        long bytes = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        List<SearchQuery> queries = queries();
        System.out.printf(Locale.ROOT, "corpus: %d reports, %.2f MB; %d queries, %d trend terms, %d warm rounds%n",
                sources.size(), bytes / 1e6, queries.size(), TERMS.size(), ROUNDS);

        Path dir = Files.createTempDirectory("bench-lucene");
        // Warm the JIT and IK's dictionaries once, so neither backend pays for it.
        try (ReportIndex warm = LuceneReportIndex.open(Files.createTempDirectory("bench-warm"))) {
            Import.run(sources.iterator(), warm, List.of(), p -> { });
        }
        TestNode.url();
        List<List<String>> luceneAnswers;
        List<List<String>> esAnswers;
        try (ReportIndex lucene = LuceneReportIndex.open(dir)) {
            luceneAnswers = measure("lucene", lucene, sources, queries);
        }
        try (ReportIndex es = ElasticsearchReportIndex.open(ElasticsearchConfig.of(TestNode.url()).withPrefix("bench"))) {
            esAnswers = measure("elasticsearch", es, sources, queries);
        }
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestNode.url() + "/bench-reports/_forcemerge?max_num_segments=1"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String stats = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestNode.url()
                    + "/bench-reports/_stats/store?filter_path=_all.primaries.store.size_in_bytes")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            long esBytes = Long.parseLong(stats.replaceAll("\\D", ""));
            long luceneBytes;
            try (var files = Files.list(dir)) {
                luceneBytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "index size: lucene %.1f MB = %.2f x text; elasticsearch (primaries, force-merged) %.1f MB = %.2f x text%n",
                    luceneBytes / 1e6, (double) luceneBytes / bytes, esBytes / 1e6, (double) esBytes / bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int trendAnswers = luceneAnswers.size() - queries.size();
        int sameTrends = 0;
        for (int i = queries.size(); i < luceneAnswers.size(); i++) {
            if (luceneAnswers.get(i).equals(esAnswers.get(i))) {
                sameTrends++;
            } else {
                System.out.println("analytics answer differs:\n  lucene " + brief(luceneAnswers.get(i)) + "\n  es     " + brief(esAnswers.get(i)));
            }
        }
        System.out.printf(Locale.ROOT, "identical analytics answers (comparisons, concordance pages, then yearTotals and termByYear under 3 filters): %d of %d%n",
                sameTrends, trendAnswers);
        int same = 0;
        int sameCounts = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (luceneAnswers.get(i).equals(esAnswers.get(i))) {
                same++;
            }
            if (luceneAnswers.get(i).getFirst().equals(esAnswers.get(i).getFirst())) {
                sameCounts++;
            } else {
                System.out.println("counts differ: " + queries.get(i) + "\n  lucene " + luceneAnswers.get(i).getFirst()
                        + "\n  es     " + esAnswers.get(i).getFirst());
            }
        }
        System.out.printf(Locale.ROOT, "identical answers (totals, reports, facets, hit sections in order, snippets): %d of %d queries%n",
                same, queries.size());
        System.out.printf(Locale.ROOT, "identical totals, reports and facets: %d of %d queries%n", sameCounts, queries.size());
    }

    private static List<List<String>> measure(String name, ReportIndex index, List<Source> sources, List<SearchQuery> queries)
            throws IOException {
        Import.Summary s = Import.run(sources.iterator(), index, List.of(), p -> { });
        System.out.printf(Locale.ROOT, "%-13s import: %d reports in %.1f s, %.2f MB/s%n", name, s.added(),
                s.took().toMillis() / 1000.0, s.megabytesPerSecond());
        List<List<String>> answers = new ArrayList<>();
        for (SearchQuery q : queries) {
            SearchResult r = index.search(q);
            List<String> a = new ArrayList<>();
            a.add(r.total() + "/" + r.reports() + "/" + r.facets());
            r.hits().forEach(h -> a.add(h.sectionId() + " " + h.snippet()));
            answers.add(a);
        }
        boolean searches = !"trend".equals(System.getProperty("bench.only"));
        long[] search = new long[searches ? queries.size() * ROUNDS : 0];
        long[] trend = new long[TERMS.size() * ROUNDS];
        long[] totals = new long[TERMS.size() * ROUNDS];
        long[] terms = new long[TERMS.size() * ROUNDS];
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        int n = 0;
        int t = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (SearchQuery q : searches ? queries : List.<SearchQuery>of()) {
                long start = System.nanoTime();
                index.search(q);
                search[n++] = System.nanoTime() - start;
            }
            for (String term : TERMS) {
                long start = System.nanoTime();
                index.termByYear(term, all);
                long between = System.nanoTime();
                index.yearTotals(all);
                long end = System.nanoTime();
                trend[t] = end - start;
                terms[t] = between - start;
                totals[t++] = end - between;
            }
        }
        for (int i = 0; i < TERMS.size(); i++) {
            long[] one = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                one[round] = terms[round * TERMS.size() + i];
            }
            System.out.printf(Locale.ROOT, "%-13s   termByYear %s: p50 %.1f ms%n", name, TERMS.get(i), percentile(one, 50));
        }
        if (searches) {
            System.out.printf(Locale.ROOT, "%-13s search (warm, facets + snippets): p50 %.1f ms, p99 %.1f ms%n", name,
                    percentile(search, 50), percentile(search, 99));
        }
        // Compare (two sides read at once, as the api does) and a concordance page, warm.
        long[] compare = new long[COMPARISONS.size() * ROUNDS];
        long[] concordance = new long[TERMS.size() * ROUNDS];
        int c = 0;
        int k = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (SearchQuery[] sides : COMPARISONS) {
                long start = System.nanoTime();
                Comparison.compute(index, sides[0], sides[1], null);
                compare[c++] = System.nanoTime() - start;
            }
            for (String term : TERMS) {
                long start = System.nanoTime();
                index.concordance(term, all, 20, 200);
                concordance[k++] = System.nanoTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "%-13s compare (warm, two sides):         p50 %.1f ms, p99 %.1f ms%n", name,
                percentile(compare, 50), percentile(compare, 99));
        System.out.printf(Locale.ROOT, "%-13s concordance (200 lines):           p50 %.1f ms, p99 %.1f ms%n", name,
                percentile(concordance, 50), percentile(concordance, 99));
        System.out.printf(Locale.ROOT, "%-13s trend (termByYear + yearTotals):  p50 %.1f ms, p99 %.1f ms"
                        + " (termByYear p50 %.1f ms, yearTotals p50 %.1f ms)%n", name,
                percentile(trend, 50), percentile(trend, 99), percentile(terms, 50), percentile(totals, 50));
        // The comparisons and concordance lines themselves.
        for (SearchQuery[] sides : COMPARISONS) {
            answers.add(List.of(String.valueOf(Comparison.compute(index, sides[0], sides[1], "改革"))));
        }
        for (String term : TERMS) {
            answers.add(List.of(String.valueOf(index.concordance(term, all, 20, 200))));
        }
        // The trend figures themselves, to compare the backends on the whole corpus.
        for (SearchQuery filters : TREND_FILTERS) {
            answers.add(List.of(String.valueOf(index.yearTotals(filters))));
            for (String term : TERMS) {
                answers.add(List.of(term + " " + filters + " " + index.termByYear(term, filters)));
            }
        }
        return answers;
    }

    private static List<SearchQuery> queries() throws IOException {
        List<SearchQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../api/src/main/resources/bench-queries.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            queries.add(QuerySyntax.parse(cells[0], null, cells.length > 1 ? cells[1] : null, null, 0, 10));
        }
        return queries;
    }

    private static String brief(Object answer) {
        String s = String.valueOf(answer);
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
