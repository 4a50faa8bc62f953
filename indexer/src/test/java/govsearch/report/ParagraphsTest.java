package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapped lines are joined back into the paragraphs they were cut from. Each case is a line
 * break that falls where the text gives two readings: the first five taken from a bundled report
 * wrapped at one width (SectionTreeLayoutTest lays every report out at every width from 30 to 40),
 * the rest one unwrapping rule each, on lines wrapped at 14 by hand (docs/pit-survivors.md names the
 * mutant each one kills).
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

    // The rules one at a time, on lines wrapped at 14 by hand after FILLER (29 lines, 28 of them
    // full), so every text below reads as wrapped at 14 whatever its own lines are.

    @Test
    void aFullLineEndingASentenceEndsItsParagraphBeforeANumberedHeading() {
        assertThat(unwrapped(
                "过去一年，各地区各部门攻坚克",
                "难，经济社会发展取得新成就。",
                "二、二〇二四年工作任务"))
                .containsExactly("过去一年，各地区各部门攻坚克难，经济社会发展取得新成就。", "二、二〇二四年工作任务");
    }

    @Test
    void anAsideOfUpToTwelveCharsAfterASentenceEndsTheParagraphAsTheSentenceDoes() {
        // 全体起立，长时间热烈鼓掌: 12 chars between the brackets, the longest aside.
        assertThat(unwrapped(
                "同志们，让我们团结奋斗，争取",
                "更大的胜利，谱写新的篇章吧！",
                "（全体起立，长时间热烈鼓掌）",
                "二、二〇二四年工作任务"))
                .containsExactly("同志们，让我们团结奋斗，争取更大的胜利，谱写新的篇章吧！（全体起立，长时间热烈鼓掌）",
                        "二、二〇二四年工作任务");
    }

    @Test
    void anAsideHoldingItsOwnFullStopOrColonAfterASentenceEndsTheParagraph() {
        // （见附件。） and （注：初步数） are asides after a sentence, as （鼓掌） is: what follows starts anew.
        assertThat(unwrapped(
                "全年经济增长百分之五，城镇新",
                "增就业一千万人。（见附件。）",
                "二、二〇二四年工作任务",
                "全年粮食产量六千九百亿公斤，",
                "增长百分之一。（注：初步数）",
                "三、深化改革开放"))
                .containsExactly("全年经济增长百分之五，城镇新增就业一千万人。（见附件。）", "二、二〇二四年工作任务",
                        "全年粮食产量六千九百亿公斤，增长百分之一。（注：初步数）", "三、深化改革开放");
    }

    @Test
    void anAsideHoldingABracketedNumberIsOneAsideToo() {
        // The scan back from the last ） passes the pair inside (（一）) to the bracket that opens the aside.
        assertThat(unwrapped(
                "全年经济增长百分之五，城镇就",
                "业基本稳定。（见附表（一））",
                "二、二〇二四年工作任务"))
                .containsExactly("全年经济增长百分之五，城镇就业基本稳定。（见附表（一））", "二、二〇二四年工作任务");
    }

    @Test
    void aTextCutOffAfterAFullHeadingLineLeavesTheHeadingAloneAsItsNeighbourShows() {
        // A longer title is full lines with no sentence, then a short line; a text that ends first
        // finishes no title, so 二、 stands alone as the bare 一、 says, and the cut line is its own.
        assertThat(unwrapped(
                "一、二〇二三年工作回顾",
                "全年经济增长百分之五点二。",
                "二、今年经济社会发展总体要求",
                "政策取向坚持稳中求进工作总基"))
                .containsExactly("一、二〇二三年工作回顾", "全年经济增长百分之五点二。", "二、今年经济社会发展总体要求",
                        "政策取向坚持稳中求进工作总基");
    }

    @Test
    void aBracketThatIsNoAsideAfterASentenceLeavesItsLineGoingOn() {
        // 一、二季度 at a line start is a number inside a sentence; only a paragraph's end lets it be a heading.
        assertThat(unwrapped(
                "财政收入比上年增长（按现价）", // not after a sentence end
                "一、二季度增速加快。",
                "主要指标增速（注：按可比价）", // a colon inside: a note, not an aside
                "一、二季度增速加快。",
                "经济增长百分之五（按可比价格", // more than 12 chars in the brackets
                "计算，不含港澳台地区的数据）",
                "一、二季度增速加快。"))
                .containsExactly("财政收入比上年增长（按现价）一、二季度增速加快。",
                        "主要指标增速（注：按可比价）一、二季度增速加快。",
                        "经济增长百分之五（按可比价格计算，不含港澳台地区的数据）一、二季度增速加快。");
    }

    @Test
    void aBracketThatOpensItsParagraphIsNoAsideAfterASentence() {
        // The whole paragraph so far is the bracket: there is no sentence before it to end.
        assertThat(unwrapped(
                "（以上数据均按可比价格计算）",
                "，下同。"))
                .containsExactly("（以上数据均按可比价格计算），下同。");
    }

    @Test
    void aShortTitleAfterASentenceEndStartsItsOwnParagraph() {
        assertThat(unwrapped(
                "过去一年，各地区各部门攻坚克",
                "难，经济社会发展取得新成就。",
                "二〇二四年工作总体部署",
                "今年要坚持稳中求进。"))
                .containsExactly("过去一年，各地区各部门攻坚克难，经济社会发展取得新成就。", "二〇二四年工作总体部署",
                        "今年要坚持稳中求进。");
    }

    @Test
    void aFullLineAfterASentenceEndGoesOnWithTheParagraphThoughItLooksLikeATitle() {
        // Fourteen chars with no punctuation: short, it would be a title; full, it is the next sentence.
        assertThat(unwrapped(
                "过去一年，各地区各部门攻坚克",
                "难，经济社会发展取得新成就。",
                "全年国内生产总值增长百分之五",
                "点二。"))
                .containsExactly("过去一年，各地区各部门攻坚克难，经济社会发展取得新成就。全年国内生产总值增长百分之五点二。");
    }

    @Test
    void aShortLineEndingTheTextIsNoTitleSoAnAsideWrappedThereStaysWithItsSentence() {
        // A title has a body under it; the last line has none.
        assertThat(unwrapped(
                "同志们，让我们团结奋斗，争取",
                "更大的胜利，谱写新的篇章吧！",
                "（热烈鼓掌）"))
                .containsExactly("同志们，让我们团结奋斗，争取更大的胜利，谱写新的篇章吧！（热烈鼓掌）");
    }

    @Test
    void anInlineListWhoseSecondNumberIsWrappedToTheNextLineStaysInItsSentence() {
        // （一） lands at a line start after the colon; （二） follows ； on the next line, not at its start.
        assertThat(unwrapped(
                "必须重申党的四条纪律，就是：",
                "（一）党员个人必须服从党的组",
                "织；（二）少数服从多数。"))
                .containsExactly("必须重申党的四条纪律，就是：（一）党员个人必须服从党的组织；（二）少数服从多数。");
        // The same with a full stop before the next number: 。第二， goes on the list as ；（二） does.
        assertThat(unwrapped(
                "今年要着力抓好这两方面工作：",
                "第一，扩大国内需求，增强消费",
                "的作用。第二，深化改革。"))
                .containsExactly("今年要着力抓好这两方面工作：第一，扩大国内需求，增强消费的作用。第二，深化改革。");
    }

    @Test
    void aTextMayEndOnAFullLine() {
        // A numbered full line last, after a sentence end: its own paragraph, whatever it would have gone on with.
        assertThat(unwrapped(
                "过去一年，各地区各部门攻坚克",
                "难，经济社会发展取得新成就。",
                "三、坚持以高质量发展为首要任"))
                .containsExactly("过去一年，各地区各部门攻坚克难，经济社会发展取得新成就。", "三、坚持以高质量发展为首要任");
        // A numbered full line and a full line without a sentence end, last: no title is seen to finish,
        // and with no neighbour to tell it a bare title the two lines are one paragraph.
        assertThat(unwrapped(
                "三、坚持以高质量发展为首要任",
                "务，推进中国式现代化建设进程"))
                .containsExactly("三、坚持以高质量发展为首要任务，推进中国式现代化建设进程");
    }

    @Test
    void aFullHeadingLineIsABareTitleWhereTheHeadingBeforeItIsOneEvenWithLowerRungsBetween() {
        // 一、 is a one-line bare title; the （一） under it is of a lower rung and does not hide it from 二、.
        assertThat(unwrapped(
                "一、二〇二三年工作回顾",
                "（一）经济回升向好",
                "全年经济增长百分之五点二。",
                "二、今年经济社会发展总体要求",
                "今年是中华人民共和国成立七十",
                "五周年。"))
                .containsExactly("一、二〇二三年工作回顾", "（一）经济回升向好", "全年经济增长百分之五点二。",
                        "二、今年经济社会发展总体要求", "今年是中华人民共和国成立七十五周年。");
    }

    @Test
    void aNumberOfAnotherKindOnTheSameRungEndsTheListThatSettlesANeighbour() {
        // （四） ends the 第一，第二 under （三）: the bare 第一， there is no neighbour of the 第二， under （四）,
        // whose own 第一， fills its line and settles nothing, so 第二， is read as a run-in paragraph.
        assertThat(unwrapped(
                "（三）着力扩大国内需求",
                "第一，积极扩大有效投资",
                "这是稳增长的关键。",
                "（四）深化重点领域改革",
                "第一，坚持和落实两个毫不动摇",
                "，促进民营经济发展壮大。",
                "第二，深化国资国企改革，提高",
                "核心竞争力。"))
                .containsExactly("（三）着力扩大国内需求", "第一，积极扩大有效投资", "这是稳增长的关键。", "（四）深化重点领域改革",
                        "第一，坚持和落实两个毫不动摇，促进民营经济发展壮大。", "第二，深化国资国企改革，提高核心竞争力。");
    }

    @Test
    void aRunInHeadingNearerInNumberHidesABareTitleFurtherAway() {
        // 三、's nearest lower neighbour is 二、, a run-in heading (its title ends with 。 on its first line),
        // so 一、 being a bare title says nothing about 三、.
        assertThat(unwrapped(
                "一、坚持创新驱动",
                "创新是发展的第一动力。",
                "二、扩大内需。着力扩大消费和",
                "有效投资。",
                "三、深化改革扩大开放，推动高",
                "质量发展。"))
                .containsExactly("一、坚持创新驱动", "创新是发展的第一动力。", "二、扩大内需。着力扩大消费和有效投资。",
                        "三、深化改革扩大开放，推动高质量发展。");
    }

    @Test
    void headingLinesThatFillTheirLinesSettleNothingAboutTheirNeighbours() {
        // Neither 一、 nor 二、 is known to be a one-line title, so 二、 goes on as a paragraph.
        assertThat(unwrapped(
                "一、坚持科技创新引领产业创新",
                "，加快发展新质生产力。",
                "二、坚持扩大内需和深化改革相",
                "互促进，增强发展动力。"))
                .containsExactly("一、坚持科技创新引领产业创新，加快发展新质生产力。", "二、坚持扩大内需和深化改革相互促进，增强发展动力。");
    }

    @Test
    void aFullHeadingLineWithASpaceInItIsNoBareTitle() {
        // 一、 and 三、 are bare titles, but a line with a space (增长 5.2%) is running text.
        assertThat(unwrapped(
                "一、经济运行总体平稳",
                "全年经济增长百分之五点二。",
                "二、生产总值增长 5.2%，",
                "居民收入同步增长。",
                "三、就业物价总体稳定"))
                .containsExactly("一、经济运行总体平稳", "全年经济增长百分之五点二。", "二、生产总值增长 5.2%，居民收入同步增长。",
                        "三、就业物价总体稳定");
    }

    @Test
    void aFullHeadingLineWhoseNextLineStartsWithACommaGoesOnWithItsSentence() {
        assertThat(unwrapped(
                "一、经济运行总体平稳",
                "全年经济增长百分之五点二。",
                "二、国内生产总值实现较快增长",
                "，居民收入同步增长。",
                "三、就业物价总体稳定"))
                .containsExactly("一、经济运行总体平稳", "全年经济增长百分之五点二。", "二、国内生产总值实现较快增长，居民收入同步增长。",
                        "三、就业物价总体稳定");
    }

    @Test
    void bodyTextWhoseSentenceEndIsWrappedToALineStartIsNoTitleGoingOn() {
        // Under the bare title 二、, the body's first line is full and its 。 starts the next line:
        // that is a sentence, not the end of a two-line title.
        assertThat(unwrapped(
                "一、经济运行总体平稳",
                "全年经济增长百分之五点二。",
                "二、今年经济社会发展总体要求",
                "今年是深化改革开放的关键之年",
                "。我们要坚定信心。"))
                .containsExactly("一、经济运行总体平稳", "全年经济增长百分之五点二。", "二、今年经济社会发展总体要求",
                        "今年是深化改革开放的关键之年。我们要坚定信心。");
    }

    @Test
    void circledNumbersStartListItemsWhereNoNotesAreNumberedWithThem() {
        assertThat(unwrapped(
                "必须重申党的四条纪律，就是：",
                "①个人服从组织。",
                "②少数服从多数。"))
                .containsExactly("必须重申党的四条纪律，就是：", "①个人服从组织。", "②少数服从多数。");
    }

    @Test
    void notesNumbered1Point2PointMarkNoReferencesInTheBody() {
        // Only ① ② … under 注： make the same marks in the body references; 1. in the body stays a list item.
        assertThat(unwrapped(
                "必须重申党的四条纪律，就是：",
                "1.个人服从组织。",
                "2.少数服从多数。",
                "注：",
                "1.本报告数据未经审计。"))
                .containsExactly("必须重申党的四条纪律，就是：", "1.个人服从组织。", "2.少数服从多数。", "注：", "1.本报告数据未经审计。");
    }

    /** FILLER wrapped at 14, then {@code lines} as given; the paragraphs found after FILLER's. */
    private static List<String> unwrapped(String... lines) {
        for (String line : lines) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(14);
        }
        List<String> paragraphs = Paragraphs.of(wrapped(14, FILLER) + String.join("\n", lines));
        assertThat(paragraphs.getFirst()).isEqualTo(FILLER);
        return paragraphs.subList(1, paragraphs.size());
    }

    private static String wrapped(int width, String... paragraphs) {
        return SectionTreeLayoutTest.wrap(String.join("\n", paragraphs), width, "\n");
    }
}
