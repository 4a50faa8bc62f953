package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.index.SearchResult;
import govsearch.index.SearchResult.FacetValue;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneReportIndexTest {

    @TempDir
    Path dir;
    LuceneReportIndex index;

    static final Report NATIONAL = report("a.txt", 2017, Region.NATIONWIDE, "政府工作报告", """
            各位代表：
            一、过去五年的工作
            决胜全面建成小康社会取得决定性进展，脱贫攻坚成效显著。
            二、今年的工作
            （一）打好脱贫攻坚战
            坚持精准扶贫，确保小康路上不落一人。
            （二）统一战线
            巩固和发展最广泛的愛國統一戰線。
            """);
    static final Report GUANGXI = report("b.txt", 2025, Region.province("广西壮族自治区"), "政府工作报告", """
            各位代表：
            一、2024年工作回顾
            全区小康水平持续提高，<b>边境</b>贸易增长。
            """);
    static final Report COUNTY = report("c.txt", 2021, new Region("河南省", "漯河市", "舞阳县"), "情况报告", """
            县委统战部工作情况报告
            一、基本情况
            统战部牵头，建成小康示范村。
            """);

    static Report report(String url, int year, Region region, String type, String text) {
        return ReportReader.read(new Source(url, text, null, null, year, region, type));
    }

    @BeforeEach
    void open() throws IOException {
        index = LuceneReportIndex.open(dir);
        index.add(List.of(NATIONAL, GUANGXI, COUNTY));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    SearchResult search(String q) throws IOException {
        return search(q, null, null);
    }

    SearchResult search(String q, String year, String region) throws IOException {
        return index.search(QuerySyntax.parse(q, year, region, null, null, null));
    }

    @Test
    void aQuotedStringFindsOnlySectionsHoldingExactlyThatString() throws IOException {
        SearchResult exact = search("\"全面建成小康社会\"");
        SearchResult word = search("小康");

        assertThat(exact.hits()).isNotEmpty().allSatisfy(h -> assertThat(text(h)).contains("全面建成小康社会"));
        assertThat(word.total()).isGreaterThan(exact.total());
    }

    @Test
    void aQuotedStringIsFoundWhereIkNeverCutsThatToken() throws IOException {
        SearchResult r = search("\"成小康\"");

        assertThat(r.hits()).extracting(SearchResult.Hit::reportId).containsExactlyInAnyOrder(NATIONAL.id(), COUNTY.id());
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<em>成小康</em>"));
    }

    @Test
    void traditionalCharactersMatchSimplifiedQueriesAndAreHighlightedAsWritten() throws IOException {
        SearchResult r = search("统一战线");

        assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.snippet()).contains("愛國<em>統一戰線</em>", "<em>统一战线</em>"));
    }

    @Test
    void allWordsMustMatchAndExcludedWordsMustNot() throws IOException {
        assertThat(search("脱贫攻坚 精准扶贫").hits()).singleElement()
                .satisfies(h -> assertThat(h.sectionTitle()).isEqualTo("（一）打好脱贫攻坚战"));
        assertThat(search("小康 -脱贫攻坚").hits()).extracting(SearchResult.Hit::reportId)
                .containsExactlyInAnyOrder(GUANGXI.id(), COUNTY.id());
    }

    @Test
    void facetsCountReportsSoEachSingleValuedFacetSumsToReports() throws IOException {
        SearchResult r = search("小康");

        assertThat(r.reports()).isEqualTo(3);
        assertThat(r.total()).isGreaterThan(r.reports());
        for (String facet : List.of("year", "province", "type")) {
            assertThat(r.facets().get(facet).stream().mapToLong(FacetValue::count).sum()).as(facet).isEqualTo(r.reports());
        }
        assertThat(r.facets().get("type")).containsExactly(new FacetValue("政府工作报告", 2), new FacetValue("情况报告", 1));
    }

    @Test
    void aRegionFilterMatchesAnyLevelAndShortNames() throws IOException {
        assertThat(search("", null, "广西").reports()).isEqualTo(1);
        assertThat(search("", null, "广西壮族自治区").reports()).isEqualTo(1);
        assertThat(search("", null, "漯河市").hits()).allSatisfy(h -> assertThat(h.reportId()).isEqualTo(COUNTY.id()));
        assertThat(search("", null, "全国").reports()).isEqualTo(1);
        assertThat(search("小康", "2020-2025", null).reports()).isEqualTo(2);
    }

    @Test
    void aReportShowsAtMostThreeSectionsBestFirst() throws IOException {
        SearchResult r = search("各位代表 OR 小康 脱贫攻坚".replace("OR ", ""));
        assertThat(r.hits()).hasSizeLessThanOrEqualTo(3);
        SearchResult all = search("");
        assertThat(all.hits().stream().filter(h -> h.reportId().equals(NATIONAL.id()))).hasSize(3);
        assertThat(all.reports()).isEqualTo(3);
    }

    @Test
    void snippetsEscapeHtmlAndMarkOnlyMatches() throws IOException {
        SearchResult r = search("边境");

        assertThat(r.hits()).singleElement().satisfies(h ->
                assertThat(h.snippet()).contains("&lt;b&gt;<em>边境</em>&lt;/b&gt;").doesNotContain("<b>"));
    }

    @Test
    void addingAReportAgainReplacesItAndANewTextAtTheSameUrlReplacesTheOld() throws IOException {
        index.add(List.of(NATIONAL));
        index.commit();
        assertThat(index.size()).isEqualTo(3);

        Report revised = report("b.txt", 2025, Region.province("广西壮族自治区"), "政府工作报告", "修订后的报告。");
        index.add(List.of(revised));
        index.commit();

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.report(GUANGXI.id())).isEmpty();
        assertThat(index.report(revised.id())).isPresent();
    }

    @Test
    void aDomainFilterFindsTheSectionsOfThatDomainAndFacetsCountReports() throws IOException {
        SearchResult r = index.search(QuerySyntax.parse("", null, null, null, "统一战线", null, null));

        assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.sectionTitle()).isEqualTo("（二）统一战线"));
        SearchResult all = search("");
        assertThat(all.facets().get("domain")).contains(new FacetValue("脱贫攻坚", 1));
        assertThat(all.facets().get("level")).extracting(FacetValue::value).contains("国家", "县");
        assertThat(all.facets().get("level").stream().mapToLong(FacetValue::count).sum()).isEqualTo(all.reports());
    }

    @Test
    void theUnderstandingComesBackWithItsEvidence() throws IOException {
        Report back = index.report(COUNTY.id()).orElseThrow();

        assertThat(back.understanding()).isNotNull().isEqualTo(COUNTY.understanding());
        assertThat(back.understanding().yearEvidence()).first().satisfies(e -> assertThat(e.rule()).isEqualTo("label"));
        assertThat(back.understanding().adminLevel()).isEqualTo("县");
    }

    @Test
    void aReportComesBackWhole() throws IOException {
        Report back = index.report(NATIONAL.id()).orElseThrow();

        assertThat(back).isEqualTo(NATIONAL);
    }

    @Test
    void onlyCommittedReportsSurviveAClose() throws IOException {
        index.add(List.of(report("d.txt", 2000, Region.UNKNOWN, null, "未提交的报告。")));
        index.close();

        index = LuceneReportIndex.open(dir);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.reports(0, 10).reports()).extracting(e -> e.year()).containsExactly(2025, 2021, 2017);
    }

    @Test
    void sentencesAreFoundByTheirBigramsAndCarryTheirSectionsPlace() throws IOException {
        var found = index.similarSentences("坚持精准扶贫，确保小康路上不落下一人", QuerySyntax.parse(null, null, null, null, null, null), 5);

        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().text()).isEqualTo("坚持精准扶贫，确保小康路上不落一人。");
        assertThat(found.getFirst().year()).isEqualTo(2017);
        assertThat(found.getFirst().sectionPath()).containsExactly("今年的工作", "（一）打好脱贫攻坚战");
        assertThat(found.getFirst().reportTitle()).isEqualTo(NATIONAL.title());
    }

    @Test
    void termsAreCountedPerYearAndYearsWithoutTheTermAreLeftToTheCaller() throws IOException {
        var all = QuerySyntax.parse(null, null, null, null, null, null);

        assertThat(index.termByYear("小康", all)).extracting(t -> t.year() + ":" + t.count() + ":" + t.reports())
                .containsExactly("2017:2:1", "2021:1:1", "2025:1:1");
        assertThat(index.yearTotals(all)).extracting(t -> t.year() + ":" + t.reports()).containsExactly("2017:1", "2021:1", "2025:1");
    }

    static String text(SearchResult.Hit h) {
        return h.snippet().replace("<em>", "").replace("</em>", "");
    }
}
