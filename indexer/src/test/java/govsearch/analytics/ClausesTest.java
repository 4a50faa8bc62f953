package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.Clauses.Clause;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clauses of a draft, and which of them a precedent covers, worked by hand. */
class ClausesTest {

    @Test
    void aDraftIsCutAtClausePunctuationAndPiecesOfOneLetterAreLeftOut() {
        assertThat(Clauses.of("坚持以人民为中心的发展思想，扎实推进共同富裕。"))
                .containsExactly("坚持以人民为中心的发展思想", "扎实推进共同富裕");
        // 一 (a numbering) and 的 say nothing alone; quote marks do not cut a clause.
        assertThat(Clauses.of("一、坚持稳中求进；推动“放管服”改革: 的，深化改革,增强活力"))
                .containsExactly("坚持稳中求进", "推动“放管服”改革", "深化改革", "增强活力");
        assertThat(Clauses.of("坚持稳中求进")).containsExactly("坚持稳中求进");
        assertThat(Clauses.of("，。")).isEmpty();
    }

    /**
     * 扎实推进共同富裕 has 7 bigrams: 扎实 实推 推进 进共 共同 同富 富裕. 扎实推动共同富裕 holds 扎实 共同 同富
     * 富裕 (4 of 7, covered); 推动共同富裕 holds 共同 同富 富裕 (3 of 7, not covered).
     */
    @Test
    void aClauseIsCoveredWhenTheSentenceHoldsHalfOfItsBigrams() {
        List<String> clauses = List.of("扎实推进共同富裕");
        assertThat(Clauses.covered(clauses, Phrasing.bigrams("扎实推动共同富裕。")))
                .containsExactly(new Clause("扎实推进共同富裕", true));
        assertThat(Clauses.covered(clauses, Phrasing.bigrams("推动共同富裕。")))
                .containsExactly(new Clause("扎实推进共同富裕", false));
        assertThat(Clauses.recall(Phrasing.bigrams("扎实推进共同富裕"), Phrasing.bigrams("推动共同富裕"))).isEqualTo(3 / 7.0);
        // Folded: traditional characters cover the simplified clause.
        assertThat(Clauses.covered(clauses, Phrasing.bigrams("紮實推進共同富裕")))
                .containsExactly(new Clause("扎实推进共同富裕", true));
    }

    /** Coverage weighs clauses by their letters: 10 of 12 when the long clause is covered, 2 of 12 for the short one. */
    @Test
    void coverageIsTheShareOfTheDraftsLettersInCoveredClauses() {
        assertThat(Clauses.coverage(List.of(new Clause("坚持精准扶贫精准脱贫", true), new Clause("确保", false))))
                .isEqualTo(10 / 12.0);
        assertThat(Clauses.coverage(List.of(new Clause("坚持精准扶贫精准脱贫", false), new Clause("确保", true))))
                .isEqualTo(2 / 12.0);
        assertThat(Clauses.coverage(List.of(new Clause("坚持精准扶贫", true), new Clause("“确保”", true)))).isEqualTo(1.0);
        assertThat(Clauses.coverage(List.of())).isZero();
    }
}
