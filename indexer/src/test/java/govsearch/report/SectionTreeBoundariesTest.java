package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the heading rules, each a case where a rule one char or one line off gives a
 * different tree: the title length of 2 to 30 chars, the full-width digits ０ and ９, 第一、第二 as
 * ordinals in a sentence, the lines an unnumbered heading is told by, a leading zero (01．), and a
 * list started again inside a section ending with it.
 */
class SectionTreeBoundariesTest {

    @Test
    void aListStartedAgainInsideASectionEndsWithThatSection() {
        // The three 民生实事 inside 二、 are a list of their own (text); 三、 continues the report's list
        // and closes it, so 四、 is the report's fourth heading, not that list's fourth item.
        String text = "一、工作回顾\n过去一年，经济回升向好。\n二、今年工作\n今年办好三件民生实事：\n"
                + "一、新建学校十所。\n二、改造老旧小区。\n三、增加养老床位。\n"
                + "三、政府建设\n要建设人民满意的政府。\n四、结束语\n让我们共同奋斗。\n";

        assertThat(SectionTree.parse("r", text)).extracting(Section::number).containsExactly("一、", "二、", "三、", "四、");
    }

    @Test
    void aTitleIsTwoToThirtyCharsLong() {
        assertThat(SectionTree.looksLikeTitle("回顾")).isTrue();
        assertThat(SectionTree.looksLikeTitle("顾")).isFalse();
        assertThat(SectionTree.looksLikeTitle("字".repeat(30))).isTrue();
        assertThat(SectionTree.looksLikeTitle("字".repeat(31))).isFalse();
    }

    @Test
    void fullWidthDigitsFromZeroToNineNumberHeadings() {
        // １． to １０．: ９ is the last full-width digit, and １０ needs ０ folded as well.
        StringBuilder text = new StringBuilder();
        String[] digits = {"１", "２", "３", "４", "５", "６", "７", "８", "９", "１０"};
        for (String d : digits) {
            text.append(d).append("．第").append(d).append("项\n");
        }
        List<Section> s = SectionTree.parse("r", text.toString());

        assertThat(s).extracting(Section::number).containsExactly(
                "１．", "２．", "３．", "４．", "５．", "６．", "７．", "８．", "９．", "１０．");
        assertThat(s.getLast().title()).isEqualTo("第１０项");
    }

    @Test
    void aNumberWithALeadingZeroIsReadAsItsValue() {
        // 01． is 1: the digits are read as a number from 0 up, not as Chinese numerals.
        List<Section> s = SectionTree.parse("r", "01．总体要求\n正文。\n02．主要任务\n正文。\n");

        assertThat(s).extracting(Section::number).containsExactly("01．", "02．");
    }

    @Test
    void ordinals第一第二BeforeANounAreListedInASentenceNotAHeading() {
        String line = "第一、第二产业增加值分别增长3%和5%。";
        List<Section> s = SectionTree.parse("r", "一、经济\n" + line + "\n二、民生\n正文。\n");

        assertThat(s).extracting(Section::number).containsExactly("一、", "二、");
        assertThat(s.getFirst().text()).isEqualTo(line);
    }

    @Test
    void anUnnumberedHeadingFollowsAFinishedSentence() {
        // 工作回顾 follows a line ending in ： (the sentence goes on into it), so it is text; the
        // same line after a line ending in ? heads a section, even when that line holds no 。.
        String afterColon = "各位代表：\n现在，我代表省人民政府作报告。\n主要做法如下：\n工作回顾\n过去一年，经济回升向好。\n";
        assertThat(SectionTree.parse("r", afterColon)).extracting(Section::title).containsExactly("");

        String afterQuestion = "各位代表：\n现在，我代表省人民政府作报告。\n成绩从哪里来?\n工作回顾\n过去一年，经济回升向好。\n";
        assertThat(SectionTree.parse("r", afterQuestion)).extracting(Section::title).containsExactly("", "工作回顾");
    }

    @Test
    void anUnnumberedHeadingIsFollowedByANumberedLineOrASentence() {
        // Followed by （一）稳增长 (numbered, no punctuation) it is a heading; followed by another
        // short line with no sentence in it, it is not.
        String numberedNext = "各位代表：\n现在，我代表省人民政府作报告。\n工作回顾\n（一）稳增长\n正文。\n";
        assertThat(SectionTree.parse("r", numberedNext)).extracting(Section::title).containsExactly("", "工作回顾", "稳增长");

        String shortNext = "各位代表：\n现在，我代表省人民政府作报告。\n工作回顾\n稳增长\n正文。\n";
        assertThat(SectionTree.parse("r", shortNext)).extracting(Section::title).containsExactly("");
    }

    @Test
    void theTitleBlockBeforeTheFirstFullStopHasNoUnnumberedHeadings() {
        // 工作回顾 follows a line ending in ！ and comes before a sentence, but no 。 came before it:
        // it is the title block. A text with no 。 at all is all title block.
        assertThat(SectionTree.parse("r", "奋力拼搏！\n工作回顾\n过去一年，经济回升向好。\n"))
                .extracting(Section::title).containsExactly("");
        assertThat(SectionTree.parse("r", "奋力拼搏！\n工作回顾\n经济回升向好！\n"))
                .extracting(Section::title).containsExactly("");
    }

    @Test
    void aNumberOfValueZeroMarksNoHeading() {
        // No list starts at 0: 0、 and 〇、 open no section, and Paragraphs does not cut a wrapped line
        // that starts so (it asks looksNumbered), where 1、 and 一、 do.
        assertThat(SectionTree.looksNumbered("0、其他事项")).isFalse();
        assertThat(SectionTree.looksNumbered("〇、其他事项")).isFalse();
        assertThat(SectionTree.looksNumbered("（0）其他事项")).isFalse();
        assertThat(SectionTree.looksNumbered("1、其他事项")).isTrue();
        assertThat(SectionTree.looksNumbered("一、其他事项")).isTrue();
    }

    @Test
    void aFullStopThatOpensALineEndsTheTitleBlock() {
        // The 。 of 作报告 fell to the start of the next line, which is not joined back (the text is
        // not read as wrapped): that line still holds the first 。, so the title block ends before it
        // and 工作回顾 after the ? line heads a section.
        String text = "各位代表：\n现在，我代表省人民政府作报告\n。成绩从哪里来?\n工作回顾\n过去一年，经济回升向好。\n";
        assertThat(SectionTree.parse("r", text)).extracting(Section::title).containsExactly("", "工作回顾");
    }

    @Test
    void aListAboveEveryOpenHeadingOpensAtTheTopAndOneOfAnOpenRungIsText() {
        // Started at 1. (rung 2), （一） (rung 1) is above everything open: a new top level.
        assertThat(SectionTree.parse("r", "1.要点\n正文。\n（一）上一级\n正文。\n"))
                .extracting(Section::number).containsExactly("1.", "（一）");
        // Under （一） → 1., 第一， is of （一）'s rung (1): not above all, not under 1.: text.
        List<Section> s = SectionTree.parse("r", "（一）做法\n1.要点\n第一，不是新的顶层\n2.第二个要点\n");
        assertThat(s).extracting(Section::number).containsExactly("（一）", "1.", "2.");
    }

    @Test
    void aListStartedAgainInsideASectionDoesNotHideTheNextHeadingOfTheReport() {
        // The inner 一、养老 has no 二、; 三、下一步 continues the report's 二、, not the inner list.
        List<Section> s = SectionTree.parse("r", "一、回顾\n正文。\n二、安排\n实事：\n一、养老\n三、下一步\n正文。\n");
        assertThat(s).extracting(Section::number).containsExactly("一、", "二、", "三、");
    }

    @Test
    void anAppendixLineIsAtMostThirtySixCharsAndItsTitleOnTheNextLineAtMostForty() {
        // 附件1： + 32 chars is 36: an appendix; one char more and it is a line of text.
        String at36 = "附件1：" + "字".repeat(32);
        assertThat(SectionTree.parse("r", "一、工作\n正文。\n" + at36 + "\n内容。\n"))
                .extracting(Section::number).containsExactly("一、", "附件1");
        assertThat(SectionTree.parse("r", "一、工作\n正文。\n" + at36 + "字\n内容。\n"))
                .extracting(Section::number).containsExactly("一、");

        // A bare 附件1 takes the next line as its title when that line is at most 40 chars.
        String title40 = "字".repeat(40);
        assertThat(SectionTree.parse("r", "一、工作\n正文。\n附件1\n" + title40 + "\n内容。\n").getLast().title())
                .isEqualTo(title40);
        assertThat(SectionTree.parse("r", "一、工作\n正文。\n附件1\n" + title40 + "字\n内容。\n").getLast().title())
                .isEmpty();
    }
}
