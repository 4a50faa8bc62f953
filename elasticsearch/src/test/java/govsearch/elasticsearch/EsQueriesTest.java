package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import govsearch.index.QuerySyntax;
import org.junit.jupiter.api.Test;

/** How a literal string becomes tokens of one field, and the queries that count its occurrences. */
class EsQueriesTest {

    @Test
    void aChineseStringIsItsBigramsInARowOnTheBigramField() {
        EsQueries.Literal l = EsQueries.literal("营商环境");

        assertThat(l.field()).isEqualTo("exact2");
        assertThat(l.terms()).containsExactly("营商", "商环", "环境");
        assertThat(l.mixed()).isFalse();
        assertThat(l.selfOverlapping()).isFalse();
    }

    @Test
    void aStringWhoseStartRecursAtItsEndMayOverlapItself() {
        assertThat(EsQueries.literal("哈哈哈").selfOverlapping()).isTrue();
        assertThat(EsQueries.literal("一二一二").selfOverlapping()).isTrue();
        assertThat(EsQueries.literal("改革开放").selfOverlapping()).isFalse();
        // One token cannot overlap itself: each position holds one token of a field.
        assertThat(EsQueries.literal("哈哈").terms()).containsExactly("哈哈");
        assertThat(EsQueries.literal("哈哈").selfOverlapping()).isFalse();
        assertThat(EsQueries.literal("党").field()).isEqualTo("exact");
        assertThat(EsQueries.literal("党").selfOverlapping()).isFalse();
    }

    @Test
    void charactersMixedWithLatinWordsOrNumbersAreSpeltInSingleTokensOnTheUnigramField() {
        EsQueries.Literal l = EsQueries.literal("5G网络");

        assertThat(l.mixed()).isTrue();
        assertThat(l.field()).isEqualTo("exact");
        assertThat(l.terms()).containsExactly("5g", "网", "络");
    }

    @Test
    void atLeastKTimesIsKCopiesInOrderAnyDistanceApart() {
        EsQueries.Literal l = EsQueries.literal("营商环境");

        assertThat(l.atLeast(1).toString()).isEqualTo(l.query().toString());
        Query three = l.atLeast(3);
        assertThat(three.isSpanNear()).isTrue();
        assertThat(three.spanNear().clauses()).hasSize(3)
                .allSatisfy(c -> assertThat(c.spanNear().clauses()).hasSize(3));
        assertThat(three.spanNear().inOrder()).isTrue();
        assertThat(three.spanNear().slop()).isEqualTo(Integer.MAX_VALUE);
        assertThat(EsQueries.literal("小康").atLeast(2).spanNear().clauses())
                .allSatisfy(c -> assertThat(c.isSpanTerm()).isTrue());
    }

    @Test
    void spansCountWhatCannotOverlapIsOnOneFieldAndStaysWithinTheClauseLimit() {
        assertThat(EsQueries.literal("营商环境").countableBySpans(49)).isTrue();
        assertThat(EsQueries.literal("哈哈哈").countableBySpans(49)).isFalse();
        assertThat(EsQueries.literal("5G网络").countableBySpans(49)).isFalse();
        String long21 = "全面贯彻落实党中央国务院决策部署优化营商环境";
        assertThat(EsQueries.literal(long21).terms()).hasSize(21);
        assertThat(EsQueries.literal(long21).countableBySpans(49)).isFalse();
        assertThat(EsQueries.literal(long21.substring(0, 21)).countableBySpans(49)).isTrue();
    }

    @Test
    void nothingToLookForIsNoLiteral() {
        assertThat(EsQueries.literal("，，")).isNull();
    }

    @Test
    void onlyReportFiltersKeepWholeReports() {
        assertThat(EsQueries.wholeReports(QuerySyntax.parse("", "2010-2020", "全国", null, null, null))).isTrue();
        assertThat(EsQueries.wholeReports(QuerySyntax.parse("小康", null, null, null, null, null))).isFalse();
        assertThat(EsQueries.wholeReports(QuerySyntax.parse("-小康", null, null, null, null, null))).isFalse();
        assertThat(EsQueries.wholeReports(QuerySyntax.parse("", null, null, null, null, null).withLevel("省"))).isTrue();
        assertThat(EsQueries.wholeReports(QuerySyntax.parse("", null, null, null, "统一战线", null, null))).isFalse();
    }
}
