package govsearch.elasticsearch;

import govsearch.analytics.Comparison;
import govsearch.importer.Import;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Lucene and Elasticsearch (the in-JVM test node) on the bundled corpus in one run: indexing MB/s,
 * index size, search and trend p50/p99 (termByYear and yearTotals also apart, and per term),
 * comparisons and concordances. Whether both give the same answers is {@link BackendEquivalenceTest}'s
 * job (in the build); this is a benchmark, so not part of the build (its name does not end in Test);
 * run it with
 * {@code ./mvnw -pl elasticsearch -am test -Dtest=BackendBench -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.only=trend} times the trends only).
 */
class BackendBench {

    private static final int ROUNDS = 5;
    private static final List<String> TERMS = Questions.TERMS;
    private static final List<SearchQuery[]> COMPARISONS = Questions.COMPARISONS;

    @Test
    void bothBackendsOnTheBundledCorpus() throws IOException {
        List<Source> sources = BundledSources.load();
        long bytes = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        List<SearchQuery> queries = Questions.benchSearches();
        System.out.printf(Locale.ROOT, "corpus: %d reports, %.2f MB; %d queries, %d trend terms, %d warm rounds%n",
                sources.size(), bytes / 1e6, queries.size(), TERMS.size(), ROUNDS);

        Path dir = Files.createTempDirectory("bench-lucene");
        // Warm the JIT and IK's dictionaries once, so neither backend pays for it.
        try (ReportIndex warm = LuceneReportIndex.open(Files.createTempDirectory("bench-warm"))) {
            Import.run(sources.iterator(), warm, List.of(), p -> { });
        }
        TestNode.url();
        try (ReportIndex lucene = LuceneReportIndex.open(dir)) {
            measure("lucene", lucene, sources, queries);
        }
        try (ReportIndex es = ElasticsearchReportIndex.open(ElasticsearchConfig.of(TestNode.url()).withPrefix("bench"))) {
            measure("elasticsearch", es, sources, queries);
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
    }

    private static void measure(String name, ReportIndex index, List<Source> sources, List<SearchQuery> queries)
            throws IOException {
        Import.Summary s = Import.run(sources.iterator(), index, List.of(), p -> { });
        System.out.printf(Locale.ROOT, "%-13s import: %d reports in %.1f s, %.2f MB/s%n", name, s.added(),
                s.took().toMillis() / 1000.0, s.megabytesPerSecond());
        boolean searches = !"trend".equals(System.getProperty("bench.only"));
        long[] search = new long[searches ? queries.size() * ROUNDS : 0];
        long[] trend = new long[TERMS.size() * ROUNDS];
        long[] totals = new long[TERMS.size() * ROUNDS];
        long[] terms = new long[TERMS.size() * ROUNDS];
        SearchQuery all = Questions.ALL;
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
    }

    private static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
