package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.Phrasing.Match;
import govsearch.analytics.Phrasing.Segment;
import govsearch.analytics.Phrasing.Variant;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precedent phrasing worked by hand. The draft 坚持精准扶贫 has the bigrams 坚持 持精 精准 准扶 扶贫;
 * 坚持精准脱贫 has 坚持 持精 精准 准脱 脱贫: 3 shared of 5 + 5, Dice = 2·3/10 = 0.6.
 */
class PhrasingTest {

    static final SearchQuery ALL = QuerySyntax.parse("", null, null, null, null, null);

    static Sentence sentence(String text, String reportId, Integer year) {
        return new Sentence(text, reportId, "s1", "政府工作报告", List.of("今年的工作"), year, null);
    }

    @Test
    void bigramsAreOfFoldedLettersAndDigitsSkippingPunctuation() {
        assertThat(Phrasing.bigrams("坚持精准扶贫，确保")).containsOnly(entry("坚持", 1), entry("持精", 1), entry("精准", 1),
                entry("准扶", 1), entry("扶贫", 1), entry("贫确", 1), entry("确保", 1));
        assertThat(Phrasing.bigrams("小康小康")).containsOnly(entry("小康", 2), entry("康小", 1));
        assertThat(Phrasing.bigrams("統一 ５Ｇ")).containsOnly(entry("统一", 1), entry("一5", 1), entry("5g", 1));
        assertThat(Phrasing.bigrams("党。")).containsOnly(entry("党", 1));
        assertThat(Phrasing.bigrams("，。")).isEmpty();
    }

    @Test
    void diceIsTwiceTheSharedBigramsOverAllBigramsCountingRepeats() {
        assertThat(Phrasing.dice(Phrasing.bigrams("坚持精准扶贫"), Phrasing.bigrams("坚持精准脱贫"))).isEqualTo(0.6);
        assertThat(Phrasing.dice(Phrasing.bigrams("坚持精准扶贫"), Phrasing.bigrams("堅持精準扶貧。"))).isEqualTo(1.0);
        // 小康小康: 小康×2 康小×1; 小康: 小康×1 — min(2,1) = 1 shared of 3 + 1: 2·1/4.
        assertThat(Phrasing.dice(Phrasing.bigrams("小康小康"), Phrasing.bigrams("小康"))).isEqualTo(0.5);
        assertThat(Phrasing.dice(Phrasing.bigrams("小康"), Phrasing.bigrams("扶贫"))).isZero();
        assertThat(Phrasing.dice(Map.of(), Map.of())).isZero();
    }

    @Test
    void theDiffMarksThePrecedentsCharactersThatAlignWithTheDraft() {
        assertThat(Phrasing.diff("坚持精准扶贫", "坚持精准脱贫")).containsExactly(
                new Segment("坚持精准", true), new Segment("脱", false), new Segment("贫", true));
        assertThat(Phrasing.diff("确保不落一人", "确保小康路上不落一人。")).containsExactly(
                new Segment("确保", true), new Segment("小康路上", false), new Segment("不落一人", true),
                new Segment("。", false));
        // Draft characters the precedent lacks leave no trace; folding aligns traditional with simplified.
        assertThat(Phrasing.diff("坚持精准扶贫工作", "坚持扶贫")).containsExactly(new Segment("坚持扶贫", true));
        assertThat(Phrasing.diff("统一战线", "統一戰線")).containsExactly(new Segment("統一戰線", true));
        assertThat(Phrasing.diff("小康", "扶贫")).containsExactly(new Segment("扶贫", false));
        assertThat(Phrasing.diff("扶贫工作", "精准扶贫")).containsExactly(new Segment("精准", false), new Segment("扶贫", true));
        assertThat(Phrasing.diff("小康", "")).isEmpty();
    }

    /**
     * Where two alignments are equally long (精准 or 扶贫 of 扶贫精准 against the draft 精准扶贫), the
     * draft's characters are consumed first: the precedent's earlier run is marked as different.
     */
    @Test
    void ofEquallyLongAlignmentsTheLaterRunOfThePrecedentIsMarkedSame() {
        assertThat(Phrasing.diff("扶贫精准", "精准扶贫")).containsExactly(new Segment("精准", true), new Segment("扶贫", false));
    }

    @Test
    void precedentsRankByDiceThenLaterYearFirstOnceEachWithTheirDiff() throws IOException {
        WrittenCounts corpus = new WrittenCounts().sentences(
                sentence("坚持精准脱贫。", "r1", 2018),              // 0.6
                sentence("坚持精准扶贫。", "r2", 2017),              // 1.0
                sentence("坚持精准扶贫。", "r3", 2019),              // 1.0, later
                sentence("坚持精准扶贫。", "r2", 2017),              // the same sentence of r2 again
                sentence("精准扶贫精准脱贫。", "r4", null),          // 精准×2 准扶 扶贫 贫精 准脱 脱贫: 2·3/12 = 0.5
                sentence("坚持精准扶。", "r5", 2016));               // 4 of 5 + 4: 8/9 = 0.889

        Phrasing.Result top = Phrasing.compute(corpus, "  坚持精准扶贫 ", ALL, 3);
        Phrasing.Result all = Phrasing.compute(corpus, "坚持精准扶贫", ALL, 10);

        assertThat(top.text()).isEqualTo("坚持精准扶贫");
        assertThat(corpus.asked).containsExactly("坚持精准扶贫", "坚持精准扶贫");
        assertThat(top.matches()).extracting(Match::reportId, Match::score).containsExactly(
                tuple("r3", 1.0), tuple("r2", 1.0), tuple("r5", 0.889));
        assertThat(all.matches()).extracting(Match::reportId).containsExactly("r3", "r2", "r5", "r1", "r4");
        assertThat(all.matches().get(3).diff()).containsExactly(new Segment("坚持精准", true), new Segment("脱", false),
                new Segment("贫", true), new Segment("。", false));
        assertThat(all.matches().getFirst()).extracting(Match::sentence, Match::year, Match::sectionPath)
                .containsExactly("坚持精准扶贫。", 2019, List.of("今年的工作"));
    }

    /**
     * The draft 坚持精准扶贫，确保不落一人 has two clauses of 6 letters and 11 bigrams (坚持 持精 精准 准扶 扶贫
     * 贫确 确保 保不 不落 落一 一人).
     * <ul>
     * <li>要确保不落一人，扎实推进精准扶贫工作。 covers both: all of 确保不落一人, and 精准 准扶 扶贫 (3 of 5) of
     * 坚持精准扶贫; it shares 8 of its 16 bigrams with the draft: Dice 16/27 = 0.593.</li>
     * <li>坚持精准扶贫。 covers the first clause only (coverage 6/12): Dice 2·5/16 = 0.625; so does 确保不落一人。
     * the second, from a later year.</li>
     * <li>坚持扶贫。 holds 坚持 扶贫 (2 of 5) of the first: no clause, Dice 2·2/14 = 0.286.</li>
     * </ul>
     */
    @Test
    void aSentenceCoveringEveryClauseRanksAboveMoreSimilarOnesCoveringOne() throws IOException {
        WrittenCounts corpus = new WrittenCounts().sentences(
                sentence("坚持扶贫。", "d", 2021),
                sentence("坚持精准扶贫。", "a", 2018),
                sentence("要确保不落一人，扎实推进精准扶贫工作。", "b", 2016),
                sentence("确保不落一人。", "c", 2020));

        Phrasing.Result r = Phrasing.compute(corpus, "坚持精准扶贫，确保不落一人", ALL, 10);

        assertThat(r.clauses()).containsExactly("坚持精准扶贫", "确保不落一人");
        assertThat(r.matches()).extracting(Match::reportId, Match::coverage, Match::score).containsExactly(
                tuple("b", 1.0, 0.593), tuple("c", 0.5, 0.625), tuple("a", 0.5, 0.625), tuple("d", 0.0, 0.286));
        assertThat(r.matches()).extracting(m -> m.clauses().stream().map(Clauses.Clause::covered).toList()).containsExactly(
                List.of(true, true), List.of(false, true), List.of(true, false), List.of(false, false));
        assertThat(r.matches().getFirst().clauses()).extracting(Clauses.Clause::text).containsExactly("坚持精准扶贫", "确保不落一人");
    }

    /**
     * Wordings of 稳中求进 by year, each counted once per sentence: the sentences most like it and the
     * concordance lines of its halves (here the same lines for both) are read once each. The earliest
     * first, then the most used, then the most similar.
     */
    @Test
    void variantsCountEachWordingOncePerSentenceWithTheYearsUsed() throws IOException {
        WrittenCounts corpus = new WrittenCounts().sentences(
                sentence("坚持稳中求进工作总基调。", "a", 2012),
                sentence("经济运行稳中向好，稳中有进。", "b", 2017),
                sentence("发展经济。", "d", 2015),                    // nothing close
                sentence("稳中求进。", "e", null))                    // no year: left out
                .kwic(new KwicLines(3, List.of(
                        new KwicLine("经济运行", "稳中", "向好，稳中有进。", "b", "s1", 2017, null, "政府工作报告"),   // read above
                        new KwicLine("物价", "稳中", "有降，稳中有降。", "f", "s9", 2021, null, "政府工作报告"),
                        new KwicLine("做到", "稳中", "求进。", "g", "s2", 2013, null, "政府工作报告"))));

        Phrasing.Variants v = Phrasing.variants(corpus, "稳中求进", ALL);

        assertThat(v.phrase()).isEqualTo("稳中求进");
        assertThat(corpus.asked).containsExactly("稳中求进", "稳中", "求进");
        assertThat(v.variants()).extracting(Variant::text, Variant::similarity, Variant::total, Variant::firstYear, Variant::years)
                .containsExactly(
                        tuple("稳中求进", 1.0, 2L, 2012, Map.of(2012, 1L, 2013, 1L)),
                        tuple("稳中有进", 0.75, 1L, 2017, Map.of(2017, 1L)),
                        tuple("稳中向好", 0.5, 1L, 2017, Map.of(2017, 1L)),
                        tuple("稳中有降", 0.5, 1L, 2021, Map.of(2021, 1L)));
    }

    /** Of the wordings, the 30 most similar are kept: 40 of 稳中X进 (0.75) push out 稳中向好 (0.5), used more. */
    @Test
    void atMostThirtyVariantsTheMostSimilarKept() throws IOException {
        List<Sentence> many = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(sentence("稳中向好。", "good" + i, 1990));
        }
        String middles = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土东南西北春夏秋冬山川河海天";
        for (int i = 0; i < 40; i++) {
            many.add(sentence("稳中" + middles.charAt(i) + "进。", "r" + i, 2000 + i));
        }
        List<Variant> kept = Phrasing.variants(new WrittenCounts().sentences(many.toArray(Sentence[]::new)), "稳中求进", ALL)
                .variants();
        assertThat(kept).hasSize(30).allSatisfy(v -> assertThat(v.similarity()).isEqualTo(0.75));
        assertThat(kept).extracting(Variant::firstYear).isSorted();
    }

    @Test
    void anEmptyOrOverlongDraftOrPhraseIsRefusedNamingIt() throws IOException {
        assertThat(Phrasing.variants(new WrittenCounts(), "字".repeat(50), ALL).variants()).isEmpty();
        assertThatThrownBy(() -> Phrasing.compute(new WrittenCounts(), " ", ALL, 3))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("text"));
        assertThatThrownBy(() -> Phrasing.compute(new WrittenCounts(), "字".repeat(501), ALL, 3))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("text"));
        assertThatThrownBy(() -> Phrasing.variants(new WrittenCounts(), null, ALL))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("phrase"));
        assertThatThrownBy(() -> Phrasing.variants(new WrittenCounts(), "字".repeat(51), ALL))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("phrase"));
        assertThat(Phrasing.checked("text", " " + "字".repeat(500) + " ")).hasSize(500);
    }
}
