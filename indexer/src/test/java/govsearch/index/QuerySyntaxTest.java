package govsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.report.Region;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void wordsPhrasesExclusionsAndYearsAreSeparated() {
        SearchQuery q = QuerySyntax.parse("脱贫攻坚 \"全面建成小康社会\" -扶贫 -“精准 扶贫” year=2015-2020", null, null, null, null, null);

        assertThat(q.words()).containsExactly("脱贫攻坚");
        assertThat(q.phrases()).containsExactly("全面建成小康社会");
        assertThat(q.excluded()).containsExactly("扶贫", "精准 扶贫");
        assertThat(q.years()).isEqualTo(new YearRange(2015, 2020));
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(10);
    }

    /** Issue 16: a stray quote mark does not fail the search; the phrase runs to the end of q. */
    @Test
    void aQuoteLeftOpenIsClosedAtTheEndOfTheQuery() {
        SearchQuery q = QuerySyntax.parse("脱贫攻坚 \"全面建成 小康", null, null, null, null, null);
        assertThat(q.words()).containsExactly("脱贫攻坚");
        assertThat(q.phrases()).containsExactly("全面建成 小康");
        assertThat(QuerySyntax.unclosedQuote("脱贫攻坚 \"全面建成 小康")).isEqualTo("\"");

        assertThat(QuerySyntax.parse("-“扶贫 小康", null, null, null, null, null).excluded()).containsExactly("扶贫 小康");
        assertThat(QuerySyntax.unclosedQuote("-“扶贫 小康")).isEqualTo("“");
        assertThat(QuerySyntax.parse("《政府工作报告", null, null, null, null, null).phrases()).containsExactly("政府工作报告");
        assertThat(QuerySyntax.unclosedQuote("学习《政府工作报告")).isEqualTo("《");
        assertThat(QuerySyntax.parse("小康\"", null, null, null, null, null).phrases()).isEmpty();
        assertThat(QuerySyntax.unclosedQuote("小康\"")).isEqualTo("\"");
    }

    @Test
    void closedQuotesAndTitleMarksAreExactPhrases() {
        SearchQuery q = QuerySyntax.parse("《政府工作报告》 “全面建成”小康 \"a\"", null, null, null, null, null);
        assertThat(q.phrases()).containsExactly("政府工作报告", "全面建成", "a");
        assertThat(q.words()).containsExactly("小康");
        // a " inside 《…》 is part of the title; only 》 closes it
        assertThat(QuerySyntax.parse("《关于\"双减\"的意见》", null, null, null, null, null).phrases())
                .containsExactly("关于\"双减\"的意见");
        assertThat(QuerySyntax.unclosedQuote("《政府工作报告》 “全面建成”小康")).isNull();
        assertThat(QuerySyntax.unclosedQuote(null)).isNull();
    }

    @Test
    void aCitesFilterIsWrittenAsTheIndexWritesCitedDocuments() {
        SearchQuery q = QuerySyntax.parse("", null, null, null, null, null);

        assertThat(QuerySyntax.cites(q, " 《中國共產黨統一戰線工作條例》 ").cites()).isEqualTo("中国共产党统一战线工作条例");
        assertThat(QuerySyntax.cites(q, "国发[2019]第05号").cites()).isEqualTo("国发〔2019〕5号");
        assertThat(QuerySyntax.cites(q, "统发【2003】5 号").cites()).isEqualTo("统发〔2003〕5号");
        assertThat(QuerySyntax.cites(q, "  ")).isSameAs(q);
        assertThatThrownBy(() -> QuerySyntax.cites(q, "《》")).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e.param()).isEqualTo("cites"));
        assertThatThrownBy(() -> QuerySyntax.cites(q, "条".repeat(101))).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e).hasMessageContaining("100"));
    }

    @Test
    void theYearParameterAndYearInTheQueryIntersect() {
        SearchQuery q = QuerySyntax.parse("小康 year=2010-2020", "2015-2025", " 广西 ", "", 2, 20);

        assertThat(q.years()).isEqualTo(new YearRange(2015, 2020));
        assertThat(q.region()).isEqualTo("广西");
        assertThat(q.docType()).isNull();
        assertThat(q.page()).isEqualTo(2);
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        assertThat(QuerySyntax.parse("  ", null, null, null, null, null).matchesEverything()).isTrue();
        assertThat(QuerySyntax.parse(null, null, null, null, null, null).matchesEverything()).isTrue();
    }

    @Test
    void badInputNamesTheParameter() {
        assertBad(() -> QuerySyntax.parse("字".repeat(501), null, null, null, null, null), "q", "500");
        assertBad(() -> QuerySyntax.parse("小康 year=20x0", null, null, null, null, null), "q", "year");
        assertBad(() -> QuerySyntax.parse(null, "2020-2010", null, null, null, null), "year", "ends before");
        assertBad(() -> QuerySyntax.parse(null, "去年", null, null, null, null), "year", "2015");
        assertBad(() -> QuerySyntax.parse(null, "20155", null, null, null, null), "year", "2015");
        assertBad(() -> QuerySyntax.parse(null, null, null, null, -1, null), "page", "page");
        assertBad(() -> QuerySyntax.parse(null, null, null, null, null, 0), "size", "between 1 and 100");
        assertBad(() -> QuerySyntax.parse(null, null, null, null, null, 101), "size", "between 1 and 100");
        assertBad(() -> QuerySyntax.parse("year=2010", "2015", null, null, null, null), "year", "overlap");
        assertBad(() -> QuerySyntax.parse(null, null, "河南省//舞阳县", null, null, null), "region", "empty part");
        assertBad(() -> QuerySyntax.parse(null, null, "/漯河市", null, null, null), "region", "empty part");
        assertBad(() -> QuerySyntax.parse(null, null, "中国/河南省/漯河市/舞阳县", null, null, null), "region", "three");
    }

    @Test
    void aRegionIsANameAsGivenOrAPathWrittenWithoutSpaces() {
        assertThat(QuerySyntax.parse(null, null, " 漯河 ", null, null, null).region()).isEqualTo("漯河");
        assertThat(QuerySyntax.parse(null, null, " 河南省 / 漯河市 /舞阳县", null, null, null).region())
                .isEqualTo("河南省/漯河市/舞阳县");
    }

    @Test
    void aRegionsCityAndCountyNodesArePathsFromTheProvinceDown() {
        Region wuyang = new Region("河南省", "漯河市", "舞阳县");
        Region jiyuan = new Region("河南省", null, "济源市");

        assertThat(RegionPath.city(wuyang)).isEqualTo("河南省/漯河市");
        assertThat(RegionPath.county(wuyang)).isEqualTo("河南省/漯河市/舞阳县");
        assertThat(RegionPath.city(jiyuan)).isNull();
        assertThat(RegionPath.county(jiyuan)).isEqualTo("河南省/济源市");
        assertThat(RegionPath.city(Region.NATIONWIDE)).isNull();
        assertThat(RegionPath.county(Region.UNKNOWN)).isNull();
        assertThat(RegionPath.parse("河南省/济源市")).satisfies(p -> {
            assertThat(p.province()).isEqualTo("河南省");
            assertThat(p.second()).isEqualTo("济源市");
            assertThat(p.county()).isNull();
        });
    }

    private static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String param, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadQuery.class, e -> {
            assertThat(e.param()).isEqualTo(param);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
