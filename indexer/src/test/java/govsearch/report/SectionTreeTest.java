package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionTreeTest {

    @Test
    void the2019NationalReportHasThreePartsWithTenPointsUnderTheThird() {
        List<Section> sections = SectionTree.parse("r", Corpus.text("national/national-2019.txt"));

        assertThat(sections.getFirst().level()).isZero();
        assertThat(sections.getFirst().text()).startsWith("各位代表：");
        assertThat(sections.stream().filter(s -> s.level() == 1).map(Section::number))
                .containsExactly("一、", "二、", "三、");
        assertThat(sections.stream().filter(s -> s.level() == 1).map(Section::title))
                .containsExactly("2018年工作回顾", "2019年经济社会发展总体要求和政策取向", "2019年政府工作任务");
        List<Section> underThird = sections.stream()
                .filter(s -> s.level() == 2 && s.path().equals(List.of("2019年政府工作任务"))).toList();
        assertThat(underThird).extracting(Section::number).containsExactly(
                "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）");
        assertThat(underThird.getFirst().title()).isEqualTo("继续创新和完善宏观调控，确保经济运行在合理区间");
    }

    @Test
    void theLadderNestsChineseThenParenthesisedThenArabicNumbers() {
        String text = """
                各位代表：
                一、总体情况
                （一）基本做法
                1.建立机制。正文甲。
                （1）细则一
                （2）细则二
                2.完善制度
                （二）存在问题
                二、下一步打算
                """;
        List<Section> s = SectionTree.parse("r", text);

        assertThat(s).extracting(Section::number).containsExactly("", "一、", "（一）", "1.", "（1）", "（2）", "2.", "（二）", "二、");
        assertThat(s).extracting(Section::level).containsExactly(0, 1, 2, 3, 4, 4, 3, 2, 1);
        assertThat(s.get(5).path()).containsExactly("总体情况", "基本做法", "建立机制");
        assertThat(s.get(3).title()).isEqualTo("建立机制");
        assertThat(s.get(3).text()).isEqualTo("正文甲。");
        assertThat(s).extracting(Section::id).startsWith("r-0", "r-1", "r-2");
    }

    @Test
    void aReportMayStartAtTheSecondRungAndUseHalfWidthParentheses() {
        List<Section> s = SectionTree.parse("r", "(一)第一项\n1、要点\n(二)第二项\n");

        assertThat(s).extracting(Section::number).containsExactly("(一)", "1、", "(二)");
        assertThat(s).extracting(Section::level).containsExactly(1, 2, 1);
    }

    @Test
    void ordinalHeadingsLikeDiYiNestUnderTheChapterTheyOpen() {
        List<Section> s = SectionTree.parse("r", "一、主要任务\n第一，稳定宏观经济政策。继续实施积极的财政政策。\n第二，保持稳增长与调结构的平衡。\n二、保障措施\n");

        assertThat(s).extracting(Section::number).containsExactly("一、", "第一，", "第二，", "二、");
        assertThat(s).extracting(Section::level).containsExactly(1, 2, 2, 1);
        assertThat(s.get(1).title()).isEqualTo("稳定宏观经济政策");
        assertThat(s.get(1).text()).isEqualTo("继续实施积极的财政政策。");
    }

    @Test
    void numbersThatDoNotContinueAListStayInTheText() {
        String text = "一、经济运行\n1.5万亿元的专项债券已经下达。\n三、这一行不是标题\n——经济运行保持在合理区间。\n——经济结构不断优化。\n第三世界国家的发展\n";
        List<Section> s = SectionTree.parse("r", text);

        assertThat(s).hasSize(1);
        assertThat(s.getFirst().text()).isEqualTo(
                "1.5万亿元的专项债券已经下达。\n三、这一行不是标题\n——经济运行保持在合理区间。\n——经济结构不断优化。\n第三世界国家的发展");
    }

    @Test
    void aTextWithoutHeadingsIsOnePreamble() {
        List<Section> s = SectionTree.parse("r", "只有一段话。\n\n又一段。");

        assertThat(s).singleElement().satisfies(only -> {
            assertThat(only.level()).isZero();
            assertThat(only.text()).isEqualTo("只有一段话。\n又一段。");
            assertThat(only.content()).isEqualTo(only.text());
        });
    }

    @Test
    void randomTextNeverThrowsAndEverySectionKeepsItsText() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "一二三十、（）()1234567890.．，。：第部分章——\n\r \t\u00A0\u3000\u200B①②１２附件注名词解释正文ab";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(300);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int width = 8 + random.nextInt(12);
            StringBuilder wrapped = new StringBuilder();
            for (int start = 0; start < text.length(); start += width) {
                wrapped.append(text, start, Math.min(text.length(), start + width)).append('\n');
            }
            for (String laidOut : List.of(text, wrapped.toString())) {
                for (Section section : SectionTree.parse("r", laidOut)) {
                    assertThat(section.level()).isBetween(0, 7);
                    assertThat(section.content()).isNotBlank();
                }
            }
            // Every character of the text is in some section's content, in order, but the spaces and
            // line breaks between them, the punctuation that closes a heading's title, and lines holding
            // nothing but a page number (print furniture, dropped on purpose).
            List<Section> sections = SectionTree.parse("r", text);
            String kept = sections.stream().map(Section::content).collect(java.util.stream.Collectors.joining());
            assertThat(withoutSpacesAndClosingPunctuation(kept)).as("%s", text)
                    .isEqualTo(withoutSpacesAndClosingPunctuation(withoutPageNumberLines(text)));
        }
    }

    private static String withoutPageNumberLines(String s) {
        return java.util.Arrays.stream(s.split("\\R"))
                .filter(line -> !Paragraphs.strip(line).matches("[-—－–]?\\s*[0-9０-９]{1,4}\\s*[-—－–]?"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String withoutSpacesAndClosingPunctuation(String s) {
        return s.replaceAll("[\\s\\p{Z}\\u200B\\uFEFF。！？；：:;，,]", "");
    }

    @Test
    void aHeadingThatContinuesNoListIsText() {
        // （三） with no （二） before it, and 二、 opening a report, are not headings.
        List<Section> s = SectionTree.parse("r", "二、不是标题\n一、经济运行\n（三）也不是标题\n");

        assertThat(s).extracting(Section::number, Section::title, Section::text).containsExactly(
                tuple("", "", "二、不是标题"), tuple("一、", "经济运行", "（三）也不是标题"));
    }

    @Test
    void anOrdinalListOpenedInsideAParenthesisedSectionSitsUnderIt() {
        // A new list opens under the innermost heading: 第一， after （一） is the first item of （一）.
        List<Section> s = SectionTree.parse("r", "一、主要任务\n（一）稳增长\n第一，扩大内需\n");

        assertThat(s).extracting(Section::number, Section::level).containsExactly(
                tuple("一、", 1), tuple("（一）", 2), tuple("第一，", 3));
        assertThat(s.get(2).path()).containsExactly("主要任务", "稳增长");
    }

    @Test
    void aTitleLosesTheColonOrCommaItEndsWithAndATitleSentenceItsFullStop() {
        List<Section> s = SectionTree.parse("r", "一、主要做法：\n（一）稳增长，\n（二）促改革。正文在这里。\n");

        assertThat(s).extracting(Section::title, Section::text).containsExactly(
                tuple("主要做法", ""), tuple("稳增长", ""), tuple("促改革", "正文在这里。"));
        assertThat(SectionTree.splitTitle("。正文")).containsExactly("", "正文");
        assertThat(SectionTree.splitTitle("标题；")).containsExactly("标题", "");
    }

    @Test
    void aSectionsBodyIsRecoveredFromItsContentAndHeading() {
        for (Section s : List.of(
                new Section("r-0", "", "", 0, List.of(), "各位代表：\n现在作报告。"),
                new Section("r-1", "一、", "过去五年的工作", 1, List.of(), ""),
                new Section("r-2", "（一）", "打好脱贫攻坚战", 2, List.of("今年的工作"), "\n坚持精准扶贫。\n"),
                new Section("r-3", "第一，", "", 1, List.of(), "一、不是标题"))) {
            assertThat(Section.body(s.number(), s.title(), s.content())).as(s.id()).isEqualTo(s.text());
        }
    }

    @Test
    void numbersInFullAndHalfWidthAndCircledDigitsAreHeadingsKeptAsPrinted() {
        List<Section> s = SectionTree.parse("r", "一．总体情况\n(一)做法\n１．建立机制\n①细则一\n②细则二\n２．完善制度\n二．下一步\n");

        assertThat(s).extracting(Section::number).containsExactly("一．", "(一)", "１．", "①", "②", "２．", "二．");
        assertThat(s).extracting(Section::level).containsExactly(1, 2, 3, 4, 4, 3, 1);
    }

    @Test
    void decimalsAndQuantitiesAreNeverHeadings() {
        List<Section> s = SectionTree.parse("r", "一、科技\n8.6个重大科技专项全部启动。\n1.5万亿元专项债券已经下达。\n二、民生\n");

        assertThat(s).extracting(Section::number).containsExactly("一、", "二、");
        assertThat(s.getFirst().text()).isEqualTo("8.6个重大科技专项全部启动。\n1.5万亿元专项债券已经下达。");
    }

    @Test
    void aListThatStartsAgainInsideASectionIsTextToItsEnd() {
        String text = "一、回顾\n正文。\n二、安排\n今年办好十件民生实事：\n一、养老服务\n二、就业帮扶\n三、教育提质\n四、医疗保障\n";
        List<Section> s = SectionTree.parse("r", text);

        assertThat(s).extracting(Section::number).containsExactly("一、", "二、");
        assertThat(s.getLast().text()).endsWith("三、教育提质\n四、医疗保障");
    }

    @Test
    void aNewListOpensUnderTheInnermostHeadingNeverInTheMiddleOfTheLadder() {
        List<Section> s = SectionTree.parse("r", "一、总体\n1.要点\n（一）不是新的第二级\n2.第二个要点\n二、下一步\n");

        assertThat(s).extracting(Section::number).containsExactly("一、", "1.", "2.", "二、");
        assertThat(s.get(1).text()).isEqualTo("（一）不是新的第二级");
    }

    @Test
    void shortUnnumberedLinesHeadTheTopLevelOnlyWhereThereIsNo一二Ladder() {
        String text = "2025年政府工作报告\n各位代表：\n现在，我代表省人民政府作报告。\n2024年工作回顾\n过去一年，经济回升向好。\n（一）稳增长\n正文。\n2025年工作安排\n今年要做好以下工作。\n（一）扩内需\n正文。\n";
        List<Section> s = SectionTree.parse("r", text);

        assertThat(s).extracting(Section::number).containsExactly("", "", "（一）", "", "（一）");
        assertThat(s).extracting(Section::title).containsExactly("", "2024年工作回顾", "稳增长", "2025年工作安排", "扩内需");
        assertThat(s).extracting(Section::level).containsExactly(0, 1, 2, 1, 2);

        List<Section> numbered = SectionTree.parse("r", "一、回顾\n正文。\n小标题一行\n正文。\n二、安排\n正文。\n");
        assertThat(numbered).extracting(Section::title).containsExactly("回顾", "安排");
    }

    @Test
    void notesAndAttachmentsAtTheEndAreOneAppendixSectionEach() {
        String text = "一、工作\n正文。\n附件1\n2025年十件民生实事\n一、养老\n二、就业\n附件2 名词解释\n1.“两重”：国家重大战略。\n2.“两新”：设备更新。\n";
        List<Section> s = SectionTree.parse("r", text);

        assertThat(s).extracting(Section::number).containsExactly("一、", "附件1", "附件2");
        assertThat(s).extracting(Section::title).containsExactly("工作", "2025年十件民生实事", "名词解释");
        assertThat(s).extracting(Section::level).containsExactly(1, 1, 1);
        assertThat(s.get(2).text()).isEqualTo("1.“两重”：国家重大战略。\n2.“两新”：设备更新。");
        assertThat(SectionTree.parse("r", "一、工作\n正文。\n名词解释\n1.甲：乙。\n")).extracting(Section::title)
                .containsExactly("工作", "名词解释");
    }

    @Test
    void indentsOfEveryUnicodeSpaceAndCrlfGiveTheSameTreeAndContent() {
        String plain = "各位代表：\n一、回顾\n正文甲。\n（一）稳增长\n正文乙。\n二、安排\n正文丙。\n";
        List<Section> expected = SectionTree.parse("r", plain);
        for (String indent : List.of("\u00A0\u00A0", "\u3000\u3000", "\u2002", "\u2003", "\u2009", "\u200B", "\t", "  ")) {
            String laidOut = indent + plain.replace("\n", "\r\n\r\n" + indent);
            assertThat(SectionTree.parse("r", laidOut)).as("indent U+%04X", (int) indent.charAt(0)).isEqualTo(expected);
        }
    }

    /** A hostile wrapped text, every line a full numbered line with no sentence end, is read once over. */
    @Test
    void aLongWrappedTextOfNumberedLinesIsReadWithoutLookingAtEveryLineForEachLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("1.甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥\n");
        }
        List<Section> s = SectionTree.parse("r", text.toString());

        assertThat(s).isNotEmpty();
        assertThat(s.getFirst().number()).isEqualTo("1.");
    }
}
