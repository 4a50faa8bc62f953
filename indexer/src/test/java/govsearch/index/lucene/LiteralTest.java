package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analysis.Folding;
import org.junit.jupiter.api.Test;

class LiteralTest {

    private static int[] in(String literal, String text) {
        return Literal.occurrences(Literal.of(literal), Folding.fold(text));
    }

    @Test
    void aChineseStringIsFoundAtEveryOccurrenceOverlappingOnesIncluded() {
        assertThat(in("哈哈", "哈哈哈，哈哈")).containsExactly(0, 1, 4);
    }

    @Test
    void aLatinWordOrNumberIsNotFoundInsideALongerOne() {
        assertThat(in("GDP", "GDP增长，GDPR，aGDP，GDP")).containsExactly(0, 16);
        assertThat(in("6.5", "增长6.5%，16.5，6.55，6.5")).containsExactly(2, 17);
        assertThat(in("2019年", "2019年和12019年")).containsExactly(0);
    }

    @Test
    void aChineseCharacterNextToALatinWordIsAnEdge() {
        assertThat(in("年", "2019年")).containsExactly(4);
        assertThat(in("gdp增长", "实现GDP增长6%")).containsExactly(2);
    }

    @Test
    void foldingMakesFullWidthTraditionalAndCapitalFormsTheirFoldedForms() {
        assertThat(in("發展", "发展和發展")).containsExactly(0, 3);
        assertThat(in("ＧＤＰ", "gdp与GDP")).containsExactly(0, 4);
    }

    @Test
    void punctuationAroundAStringIsDroppedAndAStringOfNoneIsNothingToLookFor() {
        assertThat(Literal.of("“发展，”")).isEqualTo("发展");
        assertThat(Literal.of("，。 ")).isNull();
        assertThat(Literal.of("")).isNull();
    }
}
