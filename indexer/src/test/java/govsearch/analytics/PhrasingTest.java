package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

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
     * 全面建成小康社会 (8 chars) against windows of 5 to 11 characters: 全面建设小康社会 shares 5 of its
     * 7 bigrams with it (全面 面建 小康 康社 社会), Dice 10/14 = 0.714.
     */
    @Test
    void variantsGroupTheClosestPassageOfEachSentenceByWordingWithTheYearsUsed() throws IOException {
        WrittenCounts corpus = new WrittenCounts().sentences(
                sentence("决胜全面建成小康社会取得决定性进展。", "a", 2017),
                sentence("坚持全面建设小康社会。", "b", 2012),
                sentence("全面建设小康社会的目标。", "c", 2013),
                sentence("发展经济。", "d", 2015),                    // nothing close: left out
                sentence("全面建成小康社会", "e", null),              // no year: left out
                sentence("全面建成小康社会。", "f", 2020));

        Phrasing.Variants v = Phrasing.variants(corpus, "全面建成小康社会", ALL);

        assertThat(v.phrase()).isEqualTo("全面建成小康社会");
        assertThat(v.variants()).extracting(Variant::text, Variant::similarity, Variant::total, Variant::firstYear, Variant::years)
                .containsExactly(
                        tuple("全面建设小康社会", 0.714, 2L, 2012, Map.of(2012, 1L, 2013, 1L)),
                        tuple("全面建成小康社会", 1.0, 2L, 2017, Map.of(2017, 1L, 2020, 1L)));
    }

    /**
     * 小康社会 has 3 of the 7 bigrams of 全面建成小康社会: Dice 6/10 = 0.6, just close enough; the window
     * is trimmed of the punctuation at its ends. Windows run from 5 (0.7 × 8) to 11 (1.3 × 8)
     * characters: 全、面、建、成小康社会 (11) holds all seven bigrams. Of wordings first used the same
     * year, the more used comes first.
     */
    @Test
    void variantsTrimPunctuationAcceptDiceFromPointSixAndSpanUpToOnePointThreeTimesThePhrase() throws IOException {
        WrittenCounts corpus = new WrittenCounts().sentences(
                sentence("坚持全面建设小康社会。", "a", 2014),
                sentence("小康社会。", "b", 2014),
                sentence("：小康社会", "c", 2015),
                sentence("全、面、建、成小康社会", "d", 2016));

        assertThat(Phrasing.variants(corpus, "全面建成小康社会", ALL).variants())
                .extracting(Variant::text, Variant::similarity, Variant::years).containsExactly(
                        tuple("小康社会", 0.6, Map.of(2014, 1L, 2015, 1L)),
                        tuple("全面建设小康社会", 0.714, Map.of(2014, 1L)),
                        tuple("全、面、建、成小康社会", 1.0, Map.of(2016, 1L)));
    }

    /** 小康社 and 康社会 each hold 2 of the 3 bigrams of 小康社会 (Dice 0.8): the first, shortest window wins. */
    @Test
    void ofEquallyCloseWindowsTheFirstAndShortestIsTheWording() throws IOException {
        WrittenCounts corpus = new WrittenCounts().sentences(sentence("小康社，康社会", "a", 2019));

        assertThat(Phrasing.variants(corpus, "小康社会", ALL).variants()).extracting(Variant::text, Variant::similarity)
                .containsExactly(tuple("小康社", 0.8));
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
