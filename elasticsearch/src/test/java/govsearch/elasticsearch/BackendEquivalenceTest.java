package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import govsearch.elasticsearch.Questions.Question;
import govsearch.importer.Import;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two backends are one product: the whole bundled corpus imported once into a Lucene index on
 * disk and once into the real Elasticsearch 9.x node of this JVM, every one of a fixed set of
 * {@link Questions} — searches with their facets, filters and pages, report pages, trends,
 * comparisons, concordances, phrasing, precedents and the targets table — must get the same answer from both, fact for
 * fact: totals, report order, the hit sections in order with their snippets and scores, facet values
 * and counts, every analytics figure. Nothing is compared loosely.
 */
class BackendEquivalenceTest {

    private static ReportIndex lucene;
    private static ReportIndex elasticsearch;

    @BeforeAll
    static void importTheBundledCorpusIntoBoth(@TempDir Path dir) throws IOException {
        List<Source> sources = BundledSources.load();
        assertThat(sources).as("the bundled corpus under " + govsearch.testing.Corpus.dir()).hasSizeGreaterThan(100);
        lucene = LuceneReportIndex.open(dir.resolve("lucene"));
        elasticsearch = ElasticsearchReportIndex.open(ElasticsearchConfig.of(TestNode.url()).withPrefix("equivalence"));
        for (ReportIndex index : List.of(lucene, elasticsearch)) {
            Import.Summary imported = Import.run(sources.iterator(), index, List.of(), p -> { });
            assertThat(imported.failures()).isEmpty();
            assertThat(imported.added()).isEqualTo(sources.size());
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (lucene != null) {
            lucene.close();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> bothBackendsGiveTheSameAnswerToEveryQuestion() throws IOException {
        return Questions.all().stream().map(q -> dynamicTest(q.toString(), () -> assertSameAnswer(q)));
    }

    /** Guards the comparison: answers that are empty on both backends would agree and prove nothing. */
    @Test
    void theSearchesFindReports() throws IOException {
        long found = 0;
        List<SearchQuery> searches = Questions.benchSearches();
        for (SearchQuery q : searches) {
            if (lucene.search(q).reports() > 0) {
                found++;
            }
        }
        // 98 of the 200 find a report on today's corpus; the others (year=2025 港澳台 -港澳台 …) check empty answers
        assertThat(found).as("bench searches that find a report, of " + searches.size()).isGreaterThanOrEqualTo(90);
        assertThat(lucene.search(Questions.ALL).facets().get("type")).hasSizeGreaterThanOrEqualTo(3);
    }

    /** Issue #16: both exports, row for row, on the whole corpus — the sentence of each match included. */
    @Test
    void theExportsHoldTheSameRowsInTheSameOrder() throws IOException {
        List<SearchQuery> searches = List.of(QuerySyntax.parse("发展", "2019", null, null, null, null),
                QuerySyntax.parse("\"小康社会\" 脱贫", null, null, null, null, null),
                QuerySyntax.parse("生态环境", null, "广东", null, null, null),
                QuerySyntax.parse("", "2024", null, "政府工作报告", null, null));
        for (SearchQuery q : searches) {
            List<String> onLucene = sections(lucene, q);
            assertThat(onLucene).as(q.toString()).isNotEmpty();
            assertThat(sections(elasticsearch, q)).as(q.toString()).isEqualTo(onLucene);
        }
        for (String term : List.of("小康", "新质生产力", "发展")) {
            List<String> onLucene = lines(lucene, term);
            assertThat(onLucene).as(term).hasSize((int) lucene.concordance(term, Questions.ALL, 20, 1).total());
            assertThat(lines(elasticsearch, term)).as(term).isEqualTo(onLucene);
        }
    }

    private static List<String> sections(ReportIndex index, SearchQuery q) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        index.eachMatch(q, (hit, level, sentence) -> rows.add(govsearch.index.ExportRows.csv(
                govsearch.index.ExportRows.section(hit, level, sentence))));
        return rows;
    }

    private static List<String> lines(ReportIndex index, String term) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        index.eachLine(term, Questions.ALL, 20, (s, level, left, match, right) -> rows.add(govsearch.index.ExportRows.csv(
                govsearch.index.ExportRows.line(s, level, left, match, right))));
        return rows;
    }

    private static void assertSameAnswer(Question q) throws IOException {
        Object onLucene = q.ask().of(lucene);
        List<String> expected = AnswerLines.of(onLucene);
        List<String> actual = AnswerLines.of(tiesAsOnLucene(q.ask().of(elasticsearch), onLucene));
        int at = firstDifference(expected, actual);
        if (at >= 0) {
            fail(q + "\nthe backends answer differently at line " + (at + 1) + " of " + expected.size() + " (Lucene) / "
                    + actual.size() + " (Elasticsearch):\n  Lucene:        " + around(expected, at, actual)
                    + "\n  Elasticsearch: " + around(actual, at, expected));
        }
    }

    /**
     * A report's best sections are ranked by score, so two sections whose scores are equal but for
     * the last float bit are a tie, and the legacy factor's rounding (see {@link #LEGACY_BM25_FACTOR})
     * can break it the other way: on the bundled corpus, the third-best section of one report for
     * 改革 -"改革开放" scores 1.0236259 on Lucene and the section Elasticsearch keeps instead
     * 2.251977 / 2.2. Where a hit of the same report sits at the same place with a score equal on
     * Lucene's scale, Elasticsearch's hit is taken as Lucene's; any other difference still fails.
     */
    private static Object tiesAsOnLucene(Object es, Object lucene) {
        if (es instanceof SearchResult e && lucene instanceof SearchResult l && e.hits().size() == l.hits().size()) {
            List<SearchResult.Hit> hits = new java.util.ArrayList<>(e.hits());
            for (int i = 0; i < hits.size(); i++) {
                SearchResult.Hit eh = hits.get(i);
                SearchResult.Hit lh = l.hits().get(i);
                if (!eh.sectionId().equals(lh.sectionId()) && eh.reportId().equals(lh.reportId())
                        && sameScore(lh.score(), eh.score())) {
                    hits.set(i, lh);
                }
            }
            return new SearchResult(e.total(), e.reports(), hits, e.facets());
        }
        if (es instanceof java.util.Map<?, ?> e && lucene instanceof java.util.Map<?, ?> l) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
            e.forEach((k, v) -> out.put(k, tiesAsOnLucene(v, l.get(k))));
            return out;
        }
        return es;
    }

    private static boolean sameScore(double lucene, double elasticsearch) {
        double es = elasticsearch / LEGACY_BM25_FACTOR;
        return Math.abs(lucene - es) <= 1e-5 * Math.max(1, Math.abs(lucene));
    }

    private static int firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!sameFact(a.get(i), b.get(i))) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : Math.min(a.size(), b.size());
    }

    /**
     * Elasticsearch scores with its legacy BM25, which multiplies Lucene's BM25 by {@code k1 + 1}
     * (2.2 at the default k1 = 1.2; Lucene dropped the factor in 8.0, as it changes no ranking).
     * So a hit's score is compared on Lucene's scale: the Elasticsearch score divided by 2.2, equal
     * but for the last float bits that the division and the other order of multiplication leave.
     * The ranking itself is compared exactly, by the order of the reports and sections.
     */
    static final double LEGACY_BM25_FACTOR = 1.2 + 1;

    private static boolean sameFact(String lucene, String elasticsearch) {
        if (lucene.equals(elasticsearch)) {
            return true;
        }
        int l = lucene.lastIndexOf(".score = ");
        int e = elasticsearch.lastIndexOf(".score = ");
        if (l < 0 || l != e || !lucene.regionMatches(0, elasticsearch, 0, l) || !lucene.contains("hits[")) {
            return false;
        }
        return sameScore(Double.parseDouble(lucene.substring(l + ".score = ".length())),
                Double.parseDouble(elasticsearch.substring(e + ".score = ".length())));
    }

    /** Line {@code at} of {@code lines}, cut to the part around where it first differs from the other's. */
    private static String around(List<String> lines, int at, List<String> other) {
        if (at >= lines.size()) {
            return "(no more lines)";
        }
        String line = lines.get(at);
        String that = at < other.size() ? other.get(at) : "";
        int from = 0;
        while (from < Math.min(line.length(), that.length()) && line.charAt(from) == that.charAt(from)) {
            from++;
        }
        int name = line.indexOf(" = ");
        String head = name < 0 ? "" : line.substring(0, name + 3);
        int start = Math.max(head.length(), from - 80);
        String cut = line.substring(start, Math.min(line.length(), from + 160));
        return head + (start > head.length() ? "…" : "") + cut + (from + 160 < line.length() ? "…" : "");
    }
}
