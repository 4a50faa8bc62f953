package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import govsearch.analytics.Comparison.Result;
import govsearch.analytics.Comparison.Shared;
import govsearch.analytics.Comparison.Side;
import govsearch.analytics.Comparison.Term;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyness worked by hand. G² is Dunning's log-likelihood as the UCREL log-likelihood calculator
 * (Rayson &amp; Garside 2000, https://ucrel.lancs.ac.uk/llwizard.html) computes it for a word seen
 * a times in c tokens and b times in d tokens:
 *
 * <pre>
 * E1 = c(a+b)/(c+d)   E2 = d(a+b)/(c+d)   G² = 2·(a·ln(a/E1) + b·ln(b/E2)),  0·ln 0 = 0
 *
 *  a   b   c     d     E1    E2    G²
 *  40  10  1000  1000  25    25    2·(40·ln 1.6 + 10·ln 0.4) = 2·(18.80015 − 9.16291)  = 19.27448
 *  30  10  1000  1000  20    20    2·(30·ln 1.5 + 10·ln 0.5) = 2·(12.16395 − 6.93147)  = 10.46496  (&lt; 10.83)
 *  12   0  1000  1000   6     6    2·(12·ln 2)                                         = 16.63553
 *   3   0  1000  1000   1.5   1.5  2·(3·ln 2)                                          =  4.15888  (&lt; 10.83)
 *  10   0  1000  3000   2.5   7.5  2·(10·ln 4)                                         = 27.72589
 * </pre>
 *
 * Simple maths (Kilgarriff 2009, Sketch Engine) with N = 1 is (fpm₁ + 1)/(fpm₂ + 1), the rates
 * per million characters of the part actually read (sampledChars).
 */
class ComparisonTest {

    static final SearchQuery LEFT = QuerySyntax.parse("", "2015-2019", null, null, null, null);
    static final SearchQuery RIGHT = QuerySyntax.parse("", "2020-2024", null, null, null, null);

    /**
     * Left: 1 000 tokens read from 500 000 of its 1 000 000 characters; right: 1 000 tokens from all
     * of its 1 000 000. Per million: 脱贫攻坚 40/0.5 = 80 vs 10/1 = 10; 乡村振兴 10/0.5 = 20 vs 40;
     * 共同富裕 30/0.5 = 60 vs 10; 新型城镇化 12/0.5 = 24 vs 0; 小康 3/0.5 = 6 vs 0.
     */
    static final WordCounts L = new WordCounts(2, 4, 1_000_000, 500_000, 1000, Map.of(
            "脱贫攻坚", 40L, "乡村振兴", 10L, "共同富裕", 30L, "新型城镇化", 12L, "小康", 3L,
            "我们", 60L, "2020年", 50L, "二〇二〇年", 50L, "党", 50L, "GDP", 50L));
    static final WordCounts R = new WordCounts(3, 6, 1_000_000, 1_000_000, 1000, Map.of(
            "脱贫攻坚", 10L, "乡村振兴", 40L, "共同富裕", 10L, "统一战线", 2L));

    @Test
    void logLikelihoodMatchesTheWorkedTable() {
        assertThat(Comparison.logLikelihood(40, 10, 1000, 1000)).isCloseTo(19.27448, within(1e-5));
        assertThat(Comparison.logLikelihood(30, 10, 1000, 1000)).isCloseTo(10.46496, within(1e-5));
        assertThat(Comparison.logLikelihood(12, 0, 1000, 1000)).isCloseTo(16.63553, within(1e-5));
        assertThat(Comparison.logLikelihood(3, 0, 1000, 1000)).isCloseTo(4.15888, within(1e-5));
        assertThat(Comparison.logLikelihood(10, 0, 1000, 3000)).isCloseTo(27.72589, within(1e-5));
    }

    @Test
    void logLikelihoodIsSymmetricAndZeroForEqualRates() {
        assertThat(Comparison.logLikelihood(10, 40, 1000, 1000)).isCloseTo(19.27448, within(1e-5));
        assertThat(Comparison.logLikelihood(0, 10, 3000, 1000)).isCloseTo(27.72589, within(1e-5));
        assertThat(Comparison.logLikelihood(10, 30, 1000, 3000)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void keywordsRankBySimpleMathsAmongSignificantDifferences() {
        Side left = Comparison.side(L, R, null);

        // 新型城镇化 (24+1)/(0+1) = 25 ranks above 脱贫攻坚 (80+1)/(10+1) = 7.364 though its G² is smaller.
        assertThat(left.terms()).extracting(Term::term, Term::score, Term::logLikelihood, Term::count, Term::perMillion)
                .containsExactly(tuple("新型城镇化", 25.0, 16.64, 12L, 24.0), tuple("脱贫攻坚", 7.364, 19.27, 40L, 80.0));
    }

    @Test
    void anOverusedWordBelowTheSignificanceThresholdDoesNotRank() {
        // 共同富裕: 30 against 10 in equal corpora, G² = 10.46 < 10.83; 小康 3 against 0, G² = 4.16.
        assertThat(Comparison.side(L, R, null).terms()).extracting(Term::term).doesNotContain("共同富裕", "小康");
    }

    @Test
    void eachSideRanksOnlyTheWordsItUsesMore() {
        Side right = Comparison.side(R, L, 12.5);

        // 乡村振兴 on the right: G² 19.27, (40+1)/(20+1) = 1.952. 脱贫攻坚 and 共同富裕 are used less there.
        assertThat(right.terms()).extracting(Term::term, Term::score, Term::logLikelihood, Term::perMillion)
                .containsExactly(tuple("乡村振兴", 1.952, 19.27, 40.0));
        assertThat(right).extracting(Side::reports, Side::sections, Side::chars, Side::sampledChars, Side::termPerMillion)
                .containsExactly(3L, 6L, 1_000_000L, 1_000_000L, 12.5);
    }

    @Test
    void overuseComparesRatesPerTokenNotRawCounts() {
        // 20 in 1 000 tokens (2 %) against 60 in 4 000 (1.5 %) is overuse though 20 < 60:
        // E1 = 1000·80/5000 = 16, E2 = 64, G² = 2·(20·ln 1.25 + 60·ln 0.9375) = 1.18 — not significant;
        // 60 in 1 000 against 60 in 4 000: E1 = 24, E2 = 96, G² = 2·(60·ln 2.5 + 60·ln 0.625) = 53.55.
        WordCounts small = new WordCounts(1, 1, 10_000, 10_000, 1000, Map.of("改革开放", 60L));
        WordCounts big = new WordCounts(1, 1, 40_000, 40_000, 4000, Map.of("改革开放", 60L));

        assertThat(Comparison.side(small, big, null).terms()).extracting(Term::term, Term::logLikelihood)
                .containsExactly(tuple("改革开放", 53.55));
        assertThat(Comparison.side(big, small, null).terms()).isEmpty();
        assertThat(Comparison.logLikelihood(20, 60, 1000, 4000)).isCloseTo(1.18, within(0.005));
    }

    @Test
    void wordsSeenFewerThanThreeTimesNeverRank() {
        // 2 against 0 in 10 000 tokens each would be G² = 2·2·ln 2 = 2.77 anyway; in 10 against
        // 10 000 tokens it would be huge, but two sightings are too few to call a keyword.
        WordCounts rare = new WordCounts(1, 1, 100, 100, 10, Map.of("统一战线", 2L));
        WordCounts none = new WordCounts(1, 1, 1_000_000, 1_000_000, 100_000, Map.of());
        WordCounts three = new WordCounts(1, 1, 100, 100, 10, Map.of("统一战线", 3L));

        assertThat(Comparison.side(rare, none, null).terms()).isEmpty();
        assertThat(Comparison.side(three, none, null).terms()).extracting(Term::term).containsExactly("统一战线");
    }

    @Test
    void stopWordsNumbersSingleCharactersAndNonHanWordsNeverRank() {
        assertThat(Comparison.ranks("脱贫攻坚")).isTrue();
        assertThat(Comparison.ranks("党")).isFalse();
        assertThat(Comparison.ranks("我们")).isFalse();
        assertThat(Comparison.ranks("2020年")).isFalse();
        assertThat(Comparison.ranks("二〇二〇年")).isFalse();
        assertThat(Comparison.ranks("第一")).isFalse();
        assertThat(Comparison.ranks("GDP")).isFalse();
        assertThat(Comparison.ranks("5G网络")).isFalse();
        assertThat(Comparison.ranks("一带一路")).isTrue();
        assertThat(Comparison.ranks("G20峰会")).isFalse();
        assertThat(Comparison.ranks("APP应用")).isTrue();
        assertThat(Comparison.side(L, new WordCounts(0, 0, 0, 0, 0, Map.of()), null).terms()).extracting(Term::term)
                .doesNotContain("我们", "2020年", "二〇二〇年", "党", "GDP");
    }

    @Test
    void sharedWordsAreThoseBothSidesUseAtLeastThreeTimesMostCommonOnTheRarerSideFirst() {
        // min(left, right) per million: 乡村振兴 min(20, 40) = 20, 共同富裕 min(60, 10) = 10,
        // 脱贫攻坚 min(80, 10) = 10 — ties by the word.
        List<Shared> shared = Comparison.shared(L, R);

        assertThat(shared).extracting(Shared::term, Shared::leftPerMillion, Shared::rightPerMillion)
                .containsExactly(tuple("乡村振兴", 20.0, 40.0), tuple("共同富裕", 60.0, 10.0), tuple("脱贫攻坚", 80.0, 10.0));
    }

    @Test
    void aWordIsSharedFromThreeSightingsOnEachSideRankedByItsRateOnTheRarerSide() {
        // Per million (1 000 000 characters each): 乡村振兴 min(3, 3) = 3, 共同富裕 min(50, 4) = 4,
        // 脱贫攻坚 min(5, 100) = 5; 统一战线 and 小康 are seen twice on one side.
        WordCounts left = new WordCounts(1, 1, 1_000_000, 1_000_000, 1000,
                Map.of("乡村振兴", 3L, "共同富裕", 50L, "脱贫攻坚", 5L, "统一战线", 2L, "小康", 9L));
        WordCounts right = new WordCounts(1, 1, 1_000_000, 1_000_000, 1000,
                Map.of("乡村振兴", 3L, "共同富裕", 4L, "脱贫攻坚", 100L, "统一战线", 9L, "小康", 2L));

        assertThat(Comparison.shared(left, right)).extracting(Shared::term).containsExactly("脱贫攻坚", "共同富裕", "乡村振兴");
    }

    @Test
    void aFailingSideFailsTheComparisonWithTheBackendsOwnError() {
        IOException lost = new IOException("index is gone");
        BadQuery refused = new BadQuery("region", "no such region");

        WrittenCounts counts = new WrittenCounts().words(Map.of(LEFT, L, RIGHT, R));

        // The left side is read on another thread, the right on the caller's: each failure comes out as itself.
        for (SearchQuery side : List.of(LEFT, RIGHT)) {
            assertThatThrownBy(() -> Comparison.compute(counts.broken(side, lost), LEFT, RIGHT, null)).isSameAs(lost);
            assertThatThrownBy(() -> Comparison.compute(counts.broken(side, refused), LEFT, RIGHT, null)).isSameAs(refused);
        }
    }

    @Test
    void atMostAHundredKeywordsAndAHundredSharedWords() {
        Map<String, Long> many = new java.util.HashMap<>();
        for (int i = 0; i < 150; i++) {
            many.put("词" + (char) ('甲' + i), 50L);
        }
        WordCounts rich = new WordCounts(1, 1, 100_000, 100_000, 10_000, many);
        WordCounts poor = new WordCounts(1, 1, 100_000, 100_000, 10_000, Map.of());

        // Equal scores rank by the word: the first hundred in character order.
        assertThat(Comparison.side(rich, poor, null).terms()).hasSize(100).extracting(Term::term)
                .isSorted().startsWith("词甲").doesNotContain("词" + (char) ('甲' + 100));
        assertThat(Comparison.shared(rich, rich)).hasSize(100).extracting(Shared::term)
                .isSorted().doesNotContain("词" + (char) ('甲' + 100));
    }

    @Test
    void computeComparesBothSidesAndGivesTheTermsRatePerMillionCharactersOfEachWholeSide() throws IOException {
        // 小康: 7 + 3 = 10 occurrences in the left's 1 000 000 characters (all of it, not the part
        // sampled for words) = 10 per million; none on the right.
        WrittenCounts corpus = new WrittenCounts().words(Map.of(LEFT, L, RIGHT, R))
                .terms(Map.of("小康", List.of(new TermYear(2016, 7, 2), new TermYear(2018, 3, 1))));

        Result r = Comparison.compute(corpus, LEFT, RIGHT, "小康");

        assertThat(r.left().termPerMillion()).isEqualTo(10.0);
        assertThat(r.term()).isEqualTo("小康");
        assertThat(r.left().terms()).extracting(Term::term).containsExactly("新型城镇化", "脱贫攻坚");
        assertThat(r.right().terms()).extracting(Term::term).containsExactly("乡村振兴");
        assertThat(r.shared()).extracting(Shared::term).containsExactly("乡村振兴", "共同富裕", "脱贫攻坚");
        assertThat(r.keyness()).contains("simple maths (N=1)").contains("10.83");
        assertThat(Comparison.compute(corpus, LEFT, RIGHT, null).left().termPerMillion()).isNull();
    }

    @Test
    void contentWordsLeaveOutFunctionWordsNumeralsUnitsAndAspectParticles() {
        assertThat(List.of("整个", "某些", "因此", "进行了", "存在着", "三千", "万元", "百分之", "两亿"))
                .noneMatch(Comparison::ranks);
        assertThat(List.of("治理整顿", "四人帮", "两国", "个人", "一带一路")).allMatch(Comparison::ranks);
    }

    @Test
    void allWordsKeepsEveryWordOfTwoOrMoreCharactersWithAHanCharacter() {
        assertThat(List.of("整个", "进行了", "三千", "2020年")).allMatch(w -> Comparison.ranks(w, Comparison.Words.ALL));
        assertThat(List.of("的", "GDP")).noneMatch(w -> Comparison.ranks(w, Comparison.Words.ALL));
        assertThat(Comparison.Words.parse(null)).isEqualTo(Comparison.Words.CONTENT);
        assertThat(Comparison.Words.parse("ALL")).isEqualTo(Comparison.Words.ALL);
        assertThat(Comparison.Words.parse("some")).isNull();
    }

    static CorpusStats.KwicLine line(String left, String match) {
        return new CorpusStats.KwicLine(left, match, "", "r", "s", 1990, null, null);
    }

    /** 方面 and 全面 are IK dictionary words; 个面, 一个面, 辆面 and 这辆面 are not. */
    @Test
    void aWordIsAFragmentWhereMostOfItsOccurrencesContinueADictionaryWord() {
        assertThat(Comparison.mostlyFragment("面的", List.of(line("各方", "面的"), line("要全", "面的"), line("一个", "面的"))))
                .isTrue();
        assertThat(Comparison.mostlyFragment("面的", List.of(line("各方", "面的"), line("这辆", "面的"), line("一个", "面的"))))
                .isFalse();
        assertThat(Comparison.mostlyFragment("面的", List.of())).isFalse();
    }

    /**
     * The edges of the rule above: exactly half is not most; the word before may be two characters
     * long (委员 + 会 = 委员会, while 员会 is no word); a line with no left context spans nothing.
     */
    @Test
    void halfIsNotMostAndTheWordBeforeMayBeTwoCharactersLong() {
        assertThat(Comparison.mostlyFragment("面的", List.of(line("经济方", "面的"), line("全", "面的"), line("人民", "面的"))))
                .as("2 of 3 lines inside 方面, 全面").isTrue();
        assertThat(Comparison.mostlyFragment("面的", List.of(line("经济方", "面的"), line("人民", "面的"))))
                .as("1 of 2 is not more than half").isFalse();
        assertThat(Comparison.mostlyFragment("面的", List.of(line(null, "面的"), line("", "面的"))))
                .as("no context before").isFalse();
        assertThat(Comparison.mostlyFragment("面的", List.of())).isFalse();
        assertThat(Comparison.mostlyFragment("会的", List.of(line("委员", "会的"))))
                .as("two characters before: 委员会").isTrue();
    }
}
