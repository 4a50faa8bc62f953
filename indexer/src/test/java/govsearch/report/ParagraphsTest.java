package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapped lines are joined back into the paragraphs they were cut from. Each case is a line
 * break that falls where the text gives two readings, taken from a bundled report wrapped at one
 * width (SectionTreeLayoutTest lays every report out at every width from 30 to 40).
 */
class ParagraphsTest {

    /** 400 characters of running text: 11 full lines at width 36 and a short last one. */
    private static final String FILLER = "政府工作取得新的进展，人民生活继续改善。".repeat(20);

    /** 36 characters, the colon last: wrapped at 36 it is a full line and the list starts the next. */
    private static final String DISCIPLINE = "为了健全民主集中制，还必须坚决反对一切无组织无纪律的行为，重申党的纪律：";

    @Test
    void anInlineListWrappedToALineStartAfterAColonStaysInItsSentence() {
        // cpc-congress-11-1977 at 36: （一） lands at a line start, but （二） follows on the same line.
        String[] paragraphs = {FILLER, DISCIPLINE + "（一）个人服从组织；（二）少数服从多数；（三）下级服从上级；（四）全党服从中央。", FILLER};

        assertThat(Paragraphs.of(wrapped(36, paragraphs))).containsExactly(paragraphs);
    }

    @Test
    void aListWhoseItemsAreParagraphsIsStillCutAfterTheColon() {
        String[] paragraphs = {FILLER, DISCIPLINE, "（一）个人服从组织。", "（二）少数服从多数。", FILLER};

        assertThat(Paragraphs.of(wrapped(36, paragraphs))).containsExactly(paragraphs);
    }

    @Test
    void anAsideAfterTheLastSentenceEndsAParagraphAsTheSentenceDoes() {
        // national-1959 at 38: the full line ends in （长时间地热烈鼓掌） and the next is the heading 二、.
        String[] paragraphs = {FILLER,
                "同志们，今后我们应当在一九五八年的巨大胜利的基础上，沿着一九五八年所开辟的道路，继续跃进，争取一九五九年在各个战线上获得更大的胜利。（长时间地热烈鼓掌）",
                "二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务",
                "一九五九年是我国人民在社会主义建设总路线的指导下，执行发展国民经济第二个五年计划的第二年。", FILLER};

        assertThat(Paragraphs.of(wrapped(38, paragraphs))).containsExactly(paragraphs);
    }

    @Test
    void aBareTitleExactlyOneLineLongIsToldByTheHeadingsNumberedNextToIt() {
        // national-1959 at 31: 二、 fills its line; 三、 is a one-line bare title, 一、 a two-line one;
        // a line starting 一百零七， (a number inside a sentence, not a heading of the list) lies between.
        String[] paragraphs = {FILLER,
                "一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就", FILLER,
                "二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务",
                "一九五九年是我国人民在社会主义建设总路线的指导下，执行发展国民经济第二个五年计划的第二年。",
                "钢的产量一九五八年达到一千一百零八万吨，比一九五七年增长百分之一百零七，即增加了五百七十三万吨；一九五九年还要增长。",
                "三、我们在文化教育战线上的任务", FILLER};

        assertThat(Paragraphs.of(wrapped(31, paragraphs))).containsExactly(paragraphs);
    }

    @Test
    void aNoteMarkWrappedToALineStartStaysInItsSentenceWhereTheNotesUseIt() {
        // cpc-congress-12-1982 at 33: ① after a quotation is the mark of note ① under 注：, no list item.
        String[] paragraphs = {FILLER,
                "同志们！列宁说过，生气勃勃的创造性的社会主义是人民群众自己创造的。①毫无疑义，没有亿万群众的高昂的劳动热忱，社会主义建设事业的蓬勃发展是不可能的。",
                FILLER, "注：", "① 列宁：《全俄中央执行委员会会议》，《列宁全集》第26卷，第269页。"};

        assertThat(Paragraphs.of(wrapped(33, paragraphs))).containsExactly(paragraphs);
    }

    @Test
    void aTextIsReadAsWrappedFromTwelveLinesOfAtLeastTenCharsWithHalfAtTheLongestLength() {
        // Twelve lines, six at the longest length 10 and six shorter: half at the width is enough.
        List<String> half = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            half.add("字".repeat(10));
            half.add("字".repeat(5));
        }
        assertThat(Paragraphs.wrapWidth(half)).isEqualTo(10);
        // One line fewer at the width (5 of 12) and it is a text as written.
        List<String> fewer = new ArrayList<>(half);
        fewer.set(0, "字".repeat(5));
        assertThat(Paragraphs.wrapWidth(fewer)).isEqualTo(-1);
        // Eleven lines say nothing, however equal; twelve lines of 9 chars are too short to be wrapped.
        assertThat(Paragraphs.wrapWidth(java.util.Collections.nCopies(11, "字".repeat(10)))).isEqualTo(-1);
        assertThat(Paragraphs.wrapWidth(java.util.Collections.nCopies(12, "字".repeat(10)))).isEqualTo(10);
        assertThat(Paragraphs.wrapWidth(java.util.Collections.nCopies(12, "字".repeat(9)))).isEqualTo(-1);
    }

    private static String wrapped(int width, String... paragraphs) {
        return SectionTreeLayoutTest.wrap(String.join("\n", paragraphs), width, "\n");
    }
}
