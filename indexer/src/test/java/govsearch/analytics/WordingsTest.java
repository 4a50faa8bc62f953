package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Wordings of a fixed phrase: whole IK words, never across punctuation, built like the phrase. */
class WordingsTest {

    /**
     * IK smart: 经济|运行|稳|中|向|好，稳中有进。 — the comma and the full stop end a run. In
     * 推进“放管服”改革 the quote marks do: 推进 | 放管服 | 改革.
     */
    @Test
    void runsAreTheWordBoundariesBetweenPunctuation() {
        assertThat(Wordings.runs("经济运行稳中向好，稳中有进。"))
                .containsExactly(new int[]{0, 2, 4, 5, 6, 7, 8}, new int[]{9, 13});
        assertThat(Wordings.runs("推进“放管服”改革"))
                .containsExactly(new int[]{0, 2}, new int[]{3, 6}, new int[]{7, 9});
        // IK reads 2． as one number (the full-width stop folded to .): a run of its own, left out
        assertThat(Wordings.runs("2．基尔特社会主义")).containsExactly(new int[]{2, 4, 5, 9});
        assertThat(Wordings.runs("")).isEmpty();
        assertThat(Wordings.runs("，。“”")).isEmpty();
    }

    /** The share of the phrase's characters held in order, less the share the length differs by. */
    @Test
    void similarityIsTheCommonSubsequenceShareTimesTheLengthMatch() {
        assertThat(Wordings.similarity("稳中求进", "稳中求进")).isEqualTo(1.0);
        assertThat(Wordings.similarity("稳中求进", "稳中有进")).isEqualTo(0.75);
        assertThat(Wordings.similarity("稳中求进", "稳中向好")).isEqualTo(0.5);
        assertThat(Wordings.similarity("全面建成小康社会", "全面建设小康社会")).isEqualTo(0.875);
        // 6 of 8 characters, 2 shorter: 6/8 · (1 − 2/8)
        assertThat(Wordings.similarity("全面建成小康社会", "建成小康社会")).isEqualTo(0.5625);
        assertThat(Wordings.similarity("稳中求进", "坚持稳中求进工作")).isZero();
        assertThat(Wordings.similarity("", "稳")).isZero();
    }

    @Test
    void eachRunGivesItsClosestWordingOfWholeWords() {
        // 稳中向好 (0.5) keeps the first half of 稳中求进; 运行稳中 holds 稳中 too but at neither end.
        assertThat(Wordings.in("稳中求进", "经济运行稳中向好，稳中有进。")).containsExactly("稳中向好", "稳中有进");
        // the quote marks end the wording: never 放管服”改革
        assertThat(Wordings.in("放管服", "推进“放管服”改革")).containsExactly("放管服");
        // 全面|建设|小康社会|的|目标: the span of whole words, not 全面建设小康社会的
        assertThat(Wordings.in("全面建成小康社会", "全面建设小康社会的目标")).containsExactly("全面建设小康社会");
    }

    @Test
    void thePhraseItselfIsAWordingEvenInsideALongerWord() {
        // 坚持改革开放 is one word to IK
        assertThat(Wordings.runs("坚持改革开放")).containsExactly(new int[]{0, 6});
        assertThat(Wordings.in("改革开放", "坚持改革开放")).containsExactly("改革开放");
        assertThat(Wordings.in("改革开放", "堅持改革開放")).containsExactly("改革開放");
    }

    @Test
    void spansSharingOnlyAWordOrNoEndAreNoWordings() {
        // 中国|推进: two characters of 稳中求进 in order, at neither end
        assertThat(Wordings.in("稳中求进", "中国推进")).isEmpty();
        // 实行|双向|开放 and 提高|高质量|人才: one word shared, the rest other words
        assertThat(Wordings.runs("实行双向开放")).containsExactly(new int[]{0, 2, 4, 6});
        assertThat(Wordings.in("改革开放", "实行双向开放")).isEmpty();
        assertThat(Wordings.in("高质量发展", "提高高质量人才")).isEmpty();
        // one word to IK, 3 of 4 characters
        assertThat(Wordings.in("稳中求进", "稳中有进")).containsExactly("稳中有进");
    }

    @Test
    void halvesOfAPhraseOfFourOrMoreLettersAreItsAnchors() {
        assertThat(Wordings.anchors("稳中求进")).containsExactly("稳中", "求进");
        assertThat(Wordings.anchors("全面建成小康社会")).containsExactly("全面建成", "小康社会");
        assertThat(Wordings.anchors("高质量发展")).containsExactly("高质", "量发展");
        assertThat(Wordings.anchors("放管服")).isEmpty();
        assertThat(Wordings.anchors("放管服”改革")).isEmpty();
    }

    /** Random text never throws, and every wording is a piece of it holding only letters and digits. */
    @Test
    void randomTextGivesWordingsThatArePiecesOfItWithoutPunctuation() {
        Random random = new Random(16);
        String alphabet = "稳中求进有向好改革开放，。“”、 a1的发展高质量";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String phrase = List.of("稳中求进", "改革开放", "高质量发展", "好").get(round % 4);
            for (String w : Wordings.in(phrase, text.toString())) {
                assertThat(text.toString()).contains(w);
                assertThat(w.chars().allMatch(Character::isLetterOrDigit)).as(w).isTrue();
            }
        }
    }
}
