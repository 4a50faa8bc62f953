package govsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.index.SearchResult.FacetValue;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Understanding;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every backend of {@link ReportIndex} must do, with the same expectations for each: the
 * embedded Lucene index and Elasticsearch run this suite (subclasses in their modules).
 */
public abstract class ReportIndexContract implements ExportContract {

    protected ReportIndex index;

    @Override
    public ReportIndex index() {
        return index;
    }

    /** A new, empty index. */
    protected abstract ReportIndex create() throws IOException;

    /** The index {@link #create()} made last, opened again after a close. */
    protected abstract ReportIndex reopen() throws IOException;

    public static final Report NATIONAL = report("a.txt", 2017, Region.NATIONWIDE, "政府工作报告", """
            各位代表：
            一、过去五年的工作
            决胜全面建成小康社会取得决定性进展，脱贫攻坚成效显著。
            二、今年的工作
            （一）打好脱贫攻坚战
            坚持精准扶贫，确保小康路上不落一人。
            （二）统一战线
            巩固和发展最广泛的愛國統一戰線。
            """);
    public static final Report GUANGXI = report("b.txt", 2025, Region.province("广西壮族自治区"), "政府工作报告", """
            各位代表：
            一、2024年工作回顾
            全区小康水平持续提高，<b>边境</b>贸易增长。
            """);
    public static final Report COUNTY = report("c.txt", 2021, new Region("河南省", "漯河市", "舞阳县"), "情况报告", """
            县委统战部工作情况报告
            一、基本情况
            统战部牵头，建成小康示范村。
            """);

    /** Local reports for the region tree: county names repeat (鼓楼区 in Fuzhou and in Nanjing), a city
     *  report without a county, and a county under its province directly (济源市). */
    public static final Report GULOU_FUZHOU = report("e.txt", 2023, new Region("福建省", "福州市", "鼓楼区"), "政府工作报告", """
            各位代表：
            一、过去一年的工作
            全区小康建设稳步推进，巩固和发展最广泛的爱国统一战线，统战工作取得新成效。
            二、今年的工作
            抓好生态环境保护，污染防治攻坚战取得新进展。
            """);
    public static final Report GULOU_NANJING = report("f.txt", 2023, new Region("江苏省", "南京市", "鼓楼区"), "政府工作报告", """
            各位代表：
            一、过去一年的工作
            小康成果持续巩固，科技创新成果丰硕，研发投入继续增长。
            """);
    public static final Report LUOHE = report("h.txt", 2022, new Region("河南省", "漯河市", null), "工作总结", """
            漯河市工作总结
            一、主要工作
            脱贫攻坚成果巩固，防止返贫监测帮扶到位，小康村建设有序推进。
            """);
    public static final Report JIYUAN = report("i.txt", 2022, new Region("河南省", null, "济源市"), "政府工作报告", """
            各位代表：
            一、过去一年的工作
            就业形势稳定，城镇新增就业稳步增加，稳就业举措落实。
            """);
    public static final List<Report> LOCAL = List.of(GULOU_FUZHOU, GULOU_NANJING, LUOHE, JIYUAN);

    /** Reports from a portal's 政府信息公开 pages: issuer, 成文日期 and 发文字号 from the table, each with its evidence. */
    public static final Report NEIJIANG = issued("j.html", "内江市人民政府", "内府发〔2025〕3号", """
            各位代表：
            一、2024年工作回顾
            全市小康成果持续巩固，甜城湖生态修复完成，城镇新增就业稳步增加。
            """);
    public static final Report NEIJIANG_OFFICE = issued("k.html", "内江市人民政府办公室", null, """
            内江市政务公开工作情况报告
            一、基本情况
            全市政务公开标准化规范化建设持续推进，小康成果持续巩固。
            """);

    static Report issued(String url, String issuer, String number, String text) {
        List<govsearch.report.Evidence> evidence = new java.util.ArrayList<>();
        evidence.add(new govsearch.report.Evidence("issuer", "发布机构：" + issuer, -1, issuer, 1));
        evidence.add(new govsearch.report.Evidence("writtenAt", "成文日期：2025年01月20日", -1, "2025年01月20日", 1));
        govsearch.report.Disclosure d = new govsearch.report.Disclosure(issuer, java.time.LocalDate.of(2025, 1, 20), number,
                "00859211X/2025-00003", "综合政务\\其他", "有效", evidence);
        return ReportReader.read(new Source(url, text, null, java.time.LocalDate.of(2025, 2, 3), null, null, null, d));
    }

    public static Report report(String url, int year, Region region, String type, String text) {
        return ReportReader.read(new Source(url, text, null, null, year, region, type));
    }

    @BeforeEach
    void open() throws IOException {
        index = create();
        index.add(List.of(NATIONAL, GUANGXI, COUNTY));
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aRequestPastItsDeadlineOrWhoseClientLeftStopsSayingWhy() throws Exception {
        // issue 15: the request's one deadline (queue time included) holds on every backend
        SearchQuery all = QuerySyntax.parse(null, null, null, null, 0, 1);
        QueryDeadline spent = QueryDeadline.after(java.time.Duration.ofMillis(1));
        Thread.sleep(5);
        assertThatThrownBy(() -> spent.run(() -> index.search(QuerySyntax.parse("小康", null, null, null, 0, 10))))
                .isInstanceOf(QueryTimedOut.class);
        assertThatThrownBy(() -> spent.run(() -> index.termByYear("小康", all))).isInstanceOf(QueryTimedOut.class);

        QueryDeadline left = QueryDeadline.after(java.time.Duration.ofMinutes(1));
        left.cancel();
        assertThatThrownBy(() -> left.run(() -> index.termByYear("小康", all))).isInstanceOf(QueryCancelled.class);

        QueryDeadline generous = QueryDeadline.after(java.time.Duration.ofMinutes(1));
        assertThat(generous.run(() -> index.search(QuerySyntax.parse("小康", null, null, null, 0, 10)).total())).isPositive();
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

    /** Issue 16: a stray quote is searched as if closed at the end, on every backend alike. */
    @Test
    void aQuoteLeftOpenIsSearchedAsIfClosed() throws IOException {
        SearchResult closed = search("\"全面建成小康社会\"");
        SearchResult open = search("\"全面建成小康社会");
        SearchResult title = search("《全面建成小康社会");

        assertThat(closed.total()).isPositive();
        assertThat(open.hits()).isEqualTo(closed.hits());
        assertThat(open.total()).isEqualTo(closed.total());
        assertThat(title.hits()).isEqualTo(closed.hits());
        assertThat(search("小康 -\"决胜全面建成").hits()).extracting(h -> text(h))
                .isNotEmpty().noneMatch(t -> t.contains("决胜全面建成"));
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

    /**
     * Four sections of one report hold 扶贫: the one where it is densest (三、) comes first, and the
     * one where a single 扶贫 sits in a long paragraph (一、) is the one left out.
     */
    @Test
    void aReportShowsAtMostThreeSectionsBestFirst() throws IOException {
        Report poverty = report("p.txt", 2020, Region.province("河南省"), "工作总结", """
                一、总体情况
                今年全省经济运行总体平稳，各项社会事业取得新进展，民生保障持续加强，生态环境持续改善，                营商环境不断优化，改革开放深入推进，社会大局和谐稳定，扶贫工作有序开展。
                二、产业发展
                产业扶贫带动群众增收，扶贫车间吸纳就业。
                三、精准扶贫
                扶贫先扶志，扶贫必扶智。
                四、民生保障
                教育医疗住房保障水平提高，各项扶贫政策落实到位。
                """);
        index.add(List.of(poverty));
        index.commit();

        SearchResult r = search("扶贫");

        List<SearchResult.Hit> shown = r.hits().stream().filter(h -> h.reportId().equals(poverty.id())).toList();
        assertThat(shown).hasSize(3);
        assertThat(shown.getFirst().sectionTitle()).isEqualTo("三、精准扶贫");
        assertThat(shown).extracting(SearchResult.Hit::sectionTitle).doesNotContain("一、总体情况");
        assertThat(shown).extracting(SearchResult.Hit::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Reports come in the order of their best section.
        List<Float> bestOfEachReport = r.hits().stream().collect(java.util.stream.Collectors.groupingBy(
                SearchResult.Hit::reportId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values().stream().map(hits -> hits.getFirst().score()).toList();
        assertThat(bestOfEachReport).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        SearchResult all = search("");
        assertThat(all.hits().stream().filter(h -> h.reportId().equals(NATIONAL.id()))).hasSize(3);
        assertThat(all.reports()).isEqualTo(4);
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
    void anIssuerFromTheDisclosureTableIsAFacetAndAFilterAndComesBackWithItsEvidence() throws IOException {
        index.add(List.of(NEIJIANG, NEIJIANG_OFFICE));
        index.commit();

        SearchResult all = search("");
        assertThat(all.facets().get("issuer")).containsExactly(new FacetValue("内江市人民政府", 1),
                new FacetValue("内江市人民政府办公室", 1));
        SearchResult only = index.search(QuerySyntax.issuer(QuerySyntax.parse("小康", null, null, null, null, null),
                "内江市人民政府"));
        assertThat(only.hits()).extracting(SearchResult.Hit::reportId).containsOnly(NEIJIANG.id());
        assertThat(only.facets().get("issuer")).containsExactly(new FacetValue("内江市人民政府", 1));
        assertThat(index.search(QuerySyntax.issuer(QuerySyntax.parse("", null, null, null, null, null), "内江市"))
                .reports()).as("the issuer as the facet names it, not part of it").isZero();
        assertThatThrownBy(() -> QuerySyntax.issuer(QuerySyntax.parse(null, null, null, null, null, null), "机".repeat(101)))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("issuer"));

        Report back = index.report(NEIJIANG.id()).orElseThrow();
        assertThat(back).isEqualTo(NEIJIANG);
        assertThat(back.understanding().disclosure().writtenAt()).isEqualTo(java.time.LocalDate.of(2025, 1, 20));
        assertThat(back.publishedAt()).as("发布日期, apart from 成文日期").isEqualTo(java.time.LocalDate.of(2025, 2, 3));
        assertThat(back.understanding().disclosure().documentNumber()).isEqualTo("内府发〔2025〕3号");
        assertThat(back.understanding().disclosure().of("issuer").quote()).isEqualTo("发布机构：内江市人民政府");
        assertThat(index.report(NEIJIANG_OFFICE.id()).orElseThrow().understanding().disclosure().documentNumber()).isNull();
        assertThat(index.report(COUNTY.id()).orElseThrow().understanding().disclosure()).isNull();
    }

    @Test
    void theUnderstandingComesBackWithItsEvidence() throws IOException {
        Report back = index.report(COUNTY.id()).orElseThrow();

        assertThat(back.understanding()).isNotNull().isEqualTo(COUNTY.understanding());
        assertThat(back.understanding().yearEvidence()).first().satisfies(e -> assertThat(e.rule()).isEqualTo("label"));
        assertThat(back.understanding().adminLevel()).isEqualTo("县");
    }

    /** Issue 16: each figure keeps the sentence it stands in through the index. */
    @Test
    void figuresComeBackWithTheirSentences() throws IOException {
        Report r = report("f.txt", 2024, Region.NATIONWIDE, "政府工作报告", """
                一、过去一年的工作
                国内生产总值增长5.2%，城镇新增就业1244万人。
                """);
        index.add(List.of(r));
        index.commit();

        assertThat(index.report(r.id()).orElseThrow().understanding().figures())
                .extracting(Understanding.Figure::text, Understanding.Figure::sentence).contains(
                        org.assertj.core.groups.Tuple.tuple("增长5.2%", "国内生产总值增长5.2%，城镇新增就业1244万人。"));
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

        index = reopen();
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.reports(0, 10).reports()).extracting(e -> e.year()).containsExactly(2025, 2021, 2017);
    }

    @Test
    void aQuotedStringMixingDigitsAndCharactersMatchesLiterally() throws IOException {
        assertThat(search("\"2024年工作\"").hits()).extracting(SearchResult.Hit::reportId).containsExactly(GUANGXI.id());
        assertThat(search("\"2024年\"").hits()).singleElement()
                .satisfies(h -> assertThat(h.snippet()).contains("<em>2024年</em>"));
        assertThat(search("\"进展脱贫\"").total()).isZero();
    }

    @Test
    void aLevelFilterKeepsReportsWrittenAtThatLevelAndTheLevelFacetSumsToReports() throws IOException {
        SearchResult all = search("");
        long sum = all.facets().get("level").stream().mapToLong(FacetValue::count).sum();
        assertThat(sum).isEqualTo(all.reports());

        for (FacetValue level : all.facets().get("level")) {
            SearchResult only = index.search(QuerySyntax.level(QuerySyntax.parse(null, null, null, null, null, null), level.value()));
            assertThat(only.reports()).as(level.value()).isEqualTo(level.count());
            assertThat(only.facets().get("level")).containsExactly(new FacetValue(level.value(), level.count()));
        }
        assertThatThrownBy(() -> QuerySyntax.level(QuerySyntax.parse(null, null, null, null, null, null), "村"))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("level"));
    }

    @Test
    void oneQuotedCharacterIsFoundCountedAndMarkedWhereverItStands() throws IOException {
        Report r = report("k.txt", 2020, Region.NATIONWIDE, "工作总结", "一、概况\n康复中心建成，小康，康。安康社区\n");
        index.add(List.of(r));
        index.commit();
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);

        // 康 begins a run (康复), ends one (小康), stands alone (康) and sits inside a run's end (安康)
        assertThat(index.termByYear("康", QuerySyntax.parse("", "2020", null, null, null, null)))
                .containsExactly(new TermYear(2020, 4, 1));
        KwicLines lines = index.concordance("康", QuerySyntax.parse("", "2020", null, null, null, null), 2, 10);
        assertThat(lines.lines()).extracting(KwicLine::match).containsExactly("康", "康", "康", "康");
        assertThat(lines.total()).isEqualTo(4);
        assertThat(lines.lines().getFirst().right()).isEqualTo("复中");
        assertThat(search("\"康\"").hits()).anySatisfy(h -> assertThat(h.snippet())
                .contains("<em>康</em>复中心").contains("小<em>康</em>").contains("安<em>康</em>社区"));
        assertThat(index.termByYear("康复", all)).containsExactly(new TermYear(2020, 1, 1));
    }

    /** Regression: a number after two or more characters sat one position too close in the query. */
    @Test
    void aQuotedStringWithANumberAfterTheCharactersMatchesLiterally() throws IOException {
        Report growth = report("g.txt", 2019, Region.NATIONWIDE, "政府工作报告", "一、经济运行\n国内生产总值增长6.6%，总量突破90万亿元。\n");
        index.add(List.of(growth));
        index.commit();

        assertThat(search("\"增长6.6%\"").hits()).singleElement()
                .satisfies(h -> assertThat(h.snippet()).contains("<em>增长6.6</em>"));
        assertThat(search("\"突破90万亿\"").hits()).extracting(SearchResult.Hit::reportId).containsExactly(growth.id());
        assertThat(search("\"增长6.5%\"").total()).isZero();
    }

    @Test
    void trendsCountSectionsReportsAndOccurrencesPerYear() throws IOException {
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        List<YearTotal> totals = index.yearTotals(all);

        assertThat(totals).extracting(YearTotal::year).containsExactly(2017, 2021, 2025);
        assertThat(totals).allSatisfy(t -> assertThat(t.reports()).isEqualTo(1));
        assertThat(totals.stream().mapToLong(YearTotal::sections).sum()).isEqualTo(search("").total());
        assertThat(totals.stream().mapToLong(YearTotal::chars).sum())
                .isEqualTo(List.of(NATIONAL, GUANGXI, COUNTY).stream()
                        .flatMap(r -> r.sections().stream()).mapToLong(s -> s.content().length()).sum());
        assertThat(index.termByYear("小康", all)).containsExactly(
                new TermYear(2017, 2, 1), new TermYear(2021, 1, 1), new TermYear(2025, 1, 1));
        assertThat(index.termByYear("小康", QuerySyntax.parse("", "2020-2025", null, null, null, null)))
                .extracting(TermYear::year).containsExactly(2021, 2025);
    }

    @Test
    void trendsCountEveryOccurrenceHoweverOftenASectionHoldsItAndWhereOccurrencesOverlap() throws IOException {
        String often = "持续优化营商环境。".repeat(30);
        index.add(List.of(
                report("x.txt", 2019, Region.NATIONWIDE, "政府工作报告", "各位代表：\n一、总体要求\n" + often
                        + "\n哈哈哈哈，笑声一片。\n二、具体任务\n继续优化营商环境，推动5G网络建设，5G网络覆盖全国。"
                        + "全面贯彻落实党中央国务院决策部署优化营商环境。\n"),
                report("y.txt", 2019, Region.province("河南省"), "政府工作报告", "各位代表：\n一、工作回顾\n营商环境明显改善。\n")));
        index.commit();
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);

        assertThat(index.termByYear("营商环境", all)).containsExactly(new TermYear(2019, 33, 2));
        assertThat(index.termByYear("优化营商环境", all)).containsExactly(new TermYear(2019, 32, 1));
        assertThat(index.termByYear("全面贯彻落实党中央国务院决策部署优化营商环境", all)).containsExactly(new TermYear(2019, 1, 1));
        assertThat(index.termByYear("“营商环境”", QuerySyntax.parse("", "2019", "河南", null, null, null)))
                .containsExactly(new TermYear(2019, 1, 1));
        assertThat(index.termByYear("哈哈", all)).containsExactly(new TermYear(2019, 3, 1));
        assertThat(index.termByYear("哈哈哈", all)).containsExactly(new TermYear(2019, 2, 1));
        assertThat(index.termByYear("5G网络", all)).containsExactly(new TermYear(2019, 2, 1));
        assertThat(index.termByYear("营商环境", QuerySyntax.parse("笑声", null, null, null, null, null)))
                .containsExactly(new TermYear(2019, 30, 1));

        List<YearTotal> withTerm = index.yearTotals(QuerySyntax.parse("营商环境", null, null, null, null, null));
        assertThat(withTerm).extracting(YearTotal::year, YearTotal::reports).containsExactly(tuple(2019, 2L));
        assertThat(withTerm.getFirst().sections()).isEqualTo(search("营商环境").total());
        assertThat(index.yearTotals(QuerySyntax.parse("小康", null, null, null, null, null)))
                .extracting(YearTotal::year, YearTotal::reports)
                .containsExactly(tuple(2017, 1L), tuple(2021, 1L),
                        tuple(2025, 1L));
        assertThat(index.yearTotals(all)).filteredOn(t -> t.year() == 2019).singleElement()
                .satisfies(t -> assertThat(t.reports()).isEqualTo(2));
        // Oldest first, whichever year holds most.
        assertThat(index.yearTotals(QuerySyntax.parse("各位代表", null, null, null, null, null)))
                .extracting(YearTotal::year, YearTotal::reports)
                .containsExactly(tuple(2017, 1L), tuple(2019, 2L), tuple(2025, 1L));
    }

    @Test
    void aConcordanceListsEveryOccurrenceInYearOrderWithinItsSentence() throws IOException {
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        KwicLines lines = index.concordance("小康", all, 4, 100);

        assertThat(lines.total()).isEqualTo(4);
        assertThat(lines.lines()).extracting(l -> l.year()).containsExactly(2017, 2017, 2021, 2025);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(l.match()).isEqualTo("小康"));
        assertThat(lines.lines().getFirst().left()).isEqualTo("全面建成");
        assertThat(lines.lines().get(1).left()).isEqualTo("贫，确保");
        assertThat(index.concordance("小康", all, 4, 1)).satisfies(k -> {
            assertThat(k.total()).isEqualTo(4);
            assertThat(k.lines()).hasSize(1);
        });
    }

    public static final Report CITING = report("g.txt", 2019, Region.province("福建省"), "情况报告", """
            统战工作情况报告
            一、学习贯彻
            认真贯彻《中國共產黨統一戰線工作條例》，落实国发〔2019〕5号文件精神。
            二、存在问题
            学习《中华人民共和国宪法》不够深入。组织观看电影《雄狮少年》。
            """);

    private static SearchQuery citing(String q, String cites) {
        return QuerySyntax.cites(QuerySyntax.parse(q, null, null, null, null, null), cites);
    }

    /** Issue #4: cited documents are searchable — by part of a title, or by a document number however bracketed. */
    @Test
    void aCitesFilterKeepsTheSectionsCitingThatDocument() throws IOException {
        index.add(List.of(CITING));
        index.commit();

        SearchResult byTitle = index.search(citing("", "统一战线工作条例"));
        assertThat(byTitle.total()).isEqualTo(1);
        assertThat(byTitle.hits()).singleElement().satisfies(h -> {
            assertThat(h.reportId()).isEqualTo(CITING.id());
            assertThat(h.sectionTitle()).isEqualTo("一、学习贯彻");
        });
        assertThat(byTitle.facets().get("year")).containsExactly(new FacetValue("2019", 1));
        assertThat(index.search(citing("", "《中国共产党统一战线工作条例》")).hits()).extracting(h -> h.sectionTitle())
                .containsExactly("一、学习贯彻");
        assertThat(index.search(citing("", "国发[2019]第5号")).hits()).extracting(h -> h.sectionTitle())
                .containsExactly("一、学习贯彻");
        assertThat(index.search(citing("", "国发〔2019〕51号")).total()).isZero();
        // Issue #14: a film is a work the report names, not a document it cites.
        assertThat(index.search(citing("", "雄狮少年")).total()).isZero();
        assertThat(index.report(CITING.id()).orElseThrow().understanding().works()).extracting(w -> w.title())
                .containsExactly("雄狮少年");
        assertThat(index.search(citing("", "宪法")).hits()).extracting(h -> h.sectionTitle()).containsExactly("二、存在问题");
        assertThat(index.search(citing("学习", "宪法")).total()).isEqualTo(1);
        assertThat(index.search(citing("贯彻", "宪法")).total()).isZero();
        // A star is a character like any other, not a wildcard.
        assertThat(index.search(citing("", "统一*条例")).total()).isZero();
        assertThat(index.yearTotals(citing("", "宪法"))).extracting(YearTotal::year, YearTotal::reports, YearTotal::sections)
                .containsExactly(tuple(2019, 1L, 1L));
    }

    /**
     * Imports run on several threads, so reports reach the index in no fixed order: concordance
     * pages and the sections a comparison samples follow the corpus (year, report id, the report's
     * order), not the order of import.
     */
    @Test
    void concordanceAndComparisonSamplesDoNotDependOnTheOrderOfImport() throws IOException {
        List<Report> corpus = new java.util.ArrayList<>(List.of(NATIONAL, GUANGXI, COUNTY));
        corpus.addAll(LOCAL);
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        WordCounts whole;
        WordCounts sample;
        KwicLines forward;
        try (ReportIndex one = create()) {
            one.add(corpus);
            one.commit();
            forward = one.concordance("小康", all, 4, 100);
            whole = one.wordCounts(all, Long.MAX_VALUE);
            sample = one.wordCounts(all, whole.chars() / 2);
        }
        try (ReportIndex reversed = create()) {
            for (Report r : corpus.reversed()) {
                reversed.add(List.of(r));
                reversed.commit();
            }
            assertThat(reversed.concordance("小康", all, 4, 100)).isEqualTo(forward);
            assertThat(reversed.wordCounts(all, whole.chars() / 2)).isEqualTo(sample);
        }
        assertThat(forward.lines()).hasSize(7)
                .isSortedAccordingTo(java.util.Comparator.comparing((KwicLine l) -> l.year()).thenComparing(KwicLine::reportId));
        assertThat(sample.sampledChars()).isLessThan(whole.chars()).isPositive();
    }

    @Test
    void similarSentencesFindTheStoredSentenceClosestToADraft() throws IOException {
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        List<Sentence> similar = index.similarSentences("坚持精准扶贫，确保不落一人", all, 3);

        assertThat(similar).isNotEmpty();
        assertThat(similar.getFirst().text()).isEqualTo("坚持精准扶贫，确保小康路上不落一人。");
        assertThat(similar.getFirst().sectionPath()).containsExactly("今年的工作", "（一）打好脱贫攻坚战");
        assertThat(index.similarSentences("坚持精准扶贫", QuerySyntax.parse("", "2020-2025", null, null, null, null), 3))
                .allSatisfy(s -> assertThat(s.year()).isGreaterThanOrEqualTo(2020));
    }

    @Test
    void wordCountsReadTheSubCorpusWithIkSmartWords() throws IOException {
        WordCounts all = index.wordCounts(QuerySyntax.parse("", null, null, null, null, null), Long.MAX_VALUE);

        assertThat(all.reports()).isEqualTo(3);
        assertThat(all.sampledChars()).isEqualTo(all.chars());
        assertThat(all.counts()).containsEntry("小康", 2L).containsEntry("全面建成小康社会", 1L).containsEntry("统一战线", 2L);
        WordCounts half = index.wordCounts(QuerySyntax.parse("", null, null, null, null, null), all.chars() / 2);
        assertThat(half.sampledChars()).isLessThan(all.chars());
    }

    @Test
    void badInputIsRefusedWithTheParameterItConcerns() {
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);

        assertThatThrownBy(() -> index.termByYear("，，", all)).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e.param()).isEqualTo("term"));
        assertThatThrownBy(() -> index.concordance("！", all, 10, 10)).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e.param()).isEqualTo("q"));
        assertThatThrownBy(() -> index.similarSentences("……", all, 3)).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e.param()).isEqualTo("text"));
    }

    /**
     * Issue #4: the domain facet said 党外代表人士 6 and filtering by it gave 0 reports. Every value of
     * every facet, applied as its filter, gives exactly as many reports as it counts — with and
     * without words, and with another filter already set.
     */
    @Test
    void everyFacetValueAppliedAsAFilterGivesExactlyItsCount() throws IOException {
        index.add(LOCAL);
        index.commit();
        List<SearchQuery> searches = List.of(
                QuerySyntax.parse("", null, null, null, null, null),
                QuerySyntax.parse("小康", null, null, null, null, null),
                QuerySyntax.parse("小康", "2020-2025", null, null, null, null),
                QuerySyntax.parse("小康", null, null, "政府工作报告", null, null),
                QuerySyntax.parse("", null, "河南省", null, null, null),
                QuerySyntax.parse("", null, null, null, "统一战线", null, null),
                QuerySyntax.level(QuerySyntax.parse("工作", null, null, null, null, null), "县"),
                QuerySyntax.issuer(QuerySyntax.parse("小康", null, null, null, null, null), "内江市人民政府"));
        index.add(List.of(NEIJIANG, NEIJIANG_OFFICE));
        index.commit();

        for (SearchQuery search : searches) {
            SearchResult r = index.search(search);
            assertThat(r.facets()).containsOnlyKeys("year", "province", "city", "county", "type", "level", "domain", "issuer");
            for (var facet : r.facets().entrySet()) {
                for (FacetValue v : facet.getValue()) {
                    if (facet.getKey().equals("domain") && search.domain() != null && !search.domain().equals(v.value())) {
                        continue;   // another domain shares sections with the chosen one; picking it replaces the choice
                    }
                    assertThat(reports(narrowed(search, facet.getKey(), v.value())))
                            .as("%s=%s after %s", facet.getKey(), v.value(), search).isEqualTo(v.count());
                }
            }
        }
    }

    @Test
    void theDomainFacetCountsTheDomainsOfTheMatchingSectionsNotTheWholeReport() throws IOException {
        SearchResult poverty = search("精准扶贫");

        assertThat(NATIONAL.understanding().domains()).extracting(d -> d.domain()).contains("统一战线");
        assertThat(poverty.facets().get("domain")).extracting(FacetValue::value)
                .contains("脱贫攻坚").doesNotContain("统一战线");
    }

    @Test
    void cityAndCountyFacetsArePathsFromTheProvinceDown() throws IOException {
        index.add(LOCAL);
        index.commit();
        SearchResult all = search("");

        assertThat(all.facets().get("province")).contains(new FacetValue("河南省", 3), new FacetValue("福建省", 1));
        assertThat(all.facets().get("city")).containsExactly(new FacetValue("河南省/漯河市", 2),
                new FacetValue("江苏省/南京市", 1), new FacetValue("福建省/福州市", 1));
        assertThat(all.facets().get("county")).containsExactlyInAnyOrder(new FacetValue("河南省/漯河市/舞阳县", 1),
                new FacetValue("河南省/济源市", 1), new FacetValue("福建省/福州市/鼓楼区", 1), new FacetValue("江苏省/南京市/鼓楼区", 1));
    }

    @Test
    void aRegionPathSelectsExactlyThatNodeAndNamesStillMatchAnyLevel() throws IOException {
        index.add(LOCAL);
        index.commit();

        assertThat(reportIds("福建省/福州市/鼓楼区")).containsExactly(GULOU_FUZHOU.id());
        assertThat(reportIds("江苏省/南京市/鼓楼区")).containsExactly(GULOU_NANJING.id());
        assertThat(reportIds("鼓楼区")).containsExactlyInAnyOrder(GULOU_FUZHOU.id(), GULOU_NANJING.id());
        assertThat(reportIds("河南省/漯河市")).containsExactlyInAnyOrder(LUOHE.id(), COUNTY.id());
        assertThat(reportIds("漯河市")).containsExactlyInAnyOrder(LUOHE.id(), COUNTY.id());
        assertThat(reportIds("河南省/济源市")).containsExactly(JIYUAN.id());
        assertThat(reportIds("河南省")).containsExactlyInAnyOrder(LUOHE.id(), COUNTY.id(), JIYUAN.id());
        assertThat(reportIds("江苏省/福州市/鼓楼区")).isEmpty();
        assertThat(reportIds("福建省/鼓楼区")).as("鼓楼区 sits under 福州市, not under the province directly").isEmpty();
        for (String bad : List.of("河南省/", "/漯河市", "河南省//舞阳县", "a/b/c/d")) {
            assertThatThrownBy(() -> search("", null, bad)).as(bad)
                    .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("region"));
        }
    }

    @Test
    void diffusionGivesEachProvinceItsFirstYearReportAndSentence() throws IOException {
        index.add(AdoptionCorpus.reports());
        index.commit();
        AdoptionCorpus.provincesAdoptInTheirYears(index);
    }

    @Test
    void diffusionFollowsCitedDocumentsAndTheCitiesOfAProvince() throws IOException {
        index.add(AdoptionCorpus.reports());
        index.commit();
        AdoptionCorpus.citationsAndCitiesAdoptInTheirYears(index);
    }

    @Test
    void changesCompareAReportWithItsAuthorsReportOfTheYearBefore() throws IOException {
        index.add(AdoptionCorpus.reports());
        index.commit();
        AdoptionCorpus.changesFindTheAuthorsReportOfTheYearBefore(index);
    }

    private List<String> reportIds(String region) throws IOException {
        return search("", null, region).hits().stream().map(SearchResult.Hit::reportId).distinct().toList();
    }

    /** Issue #19: the targets table is read from the stored text, the same on every backend. */
    @Test
    void theTargetsOfStoredReportsAreReadFromTheirText() throws IOException {
        Report anhui = report("t.txt", 2025, Region.province("安徽省"), "政府工作报告", """
                各位代表：
                一、2024年工作回顾
                全年地区生产总值增长5.8%，城镇调查失业率5.2%。
                二、2025年主要目标
                主要预期目标是：全省地区生产总值增长5.5%以上，城镇调查失业率5.5%左右，城镇新增就业68万人左右。
                """);
        index.add(List.of(anhui));
        index.commit();

        var all = govsearch.analytics.TargetTable.compute(index, new govsearch.analytics.TargetTable.Filter(null, null, null, null, null));
        assertThat(all.rows()).extracting(r -> r.reportId(), r -> r.region(), r -> r.year(), r -> r.indicator(), r -> r.kind(),
                        r -> r.low(), r -> r.high(), r -> r.qualifier())
                .containsExactly(
                        tuple(anhui.id(), "安徽省", 2024, "gdp_growth", "outcome", 5.8, 5.8, null),
                        tuple(anhui.id(), "安徽省", 2024, "unemployment_surveyed", "outcome", 5.2, 5.2, null),
                        tuple(anhui.id(), "安徽省", 2025, "gdp_growth", "target", 5.5, null, "以上"),
                        tuple(anhui.id(), "安徽省", 2025, "unemployment_surveyed", "target", 5.5, 5.5, "左右"),
                        tuple(anhui.id(), "安徽省", 2025, "new_urban_jobs", "target", 68.0, 68.0, "左右"));
        assertThat(all.rows().getFirst().quote()).isEqualTo("地区生产总值增长5.8%");

        var gdp2025 = govsearch.analytics.TargetTable.compute(index, new govsearch.analytics.TargetTable.Filter(
                "gdp_growth", "target", YearRange.of(2025), "安徽", "政府工作报告"));
        assertThat(gdp2025.rows()).extracting(r -> r.low()).containsExactly(5.5);
        assertThat(govsearch.analytics.TargetTable.compute(index, new govsearch.analytics.TargetTable.Filter(
                null, null, null, "广西", null)).rows()).as("the Guangxi report sets no targets").isEmpty();
    }

    private long reports(SearchQuery q) throws IOException {
        return index.search(q).reports();
    }

    /** The search with one facet value as its filter, as the search page applies a click. */
    static SearchQuery narrowed(SearchQuery q, String facet, String value) {
        return switch (facet) {
            case "year" -> new SearchQuery(q.words(), q.phrases(), q.excluded(), YearRange.of(Integer.parseInt(value)),
                    q.region(), q.docType(), 0, 10, q.domain(), q.level()).withIssuer(q.issuer());
            case "province", "city", "county" -> new SearchQuery(q.words(), q.phrases(), q.excluded(), q.years(),
                    value, q.docType(), 0, 10, q.domain(), q.level()).withIssuer(q.issuer());
            case "type" -> new SearchQuery(q.words(), q.phrases(), q.excluded(), q.years(), q.region(), value, 0, 10,
                    q.domain(), q.level()).withIssuer(q.issuer());
            case "domain" -> new SearchQuery(q.words(), q.phrases(), q.excluded(), q.years(), q.region(), q.docType(),
                    0, 10, value, q.level()).withIssuer(q.issuer());
            case "level" -> q.withLevel(value);
            case "issuer" -> q.withIssuer(value);
            default -> throw new AssertionError("a facet the search page cannot apply: " + facet);
        };
    }

    static String text(SearchResult.Hit h) {
        return h.snippet().replace("<em>", "").replace("</em>", "");
    }
}
