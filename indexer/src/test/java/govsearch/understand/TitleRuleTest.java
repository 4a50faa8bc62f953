package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import org.junit.jupiter.api.Test;

class TitleRuleTest {

    /** The opening of a city report as copied from its portal: no title line, a salutation first. */
    private static final String NEIJIANG = """
            各位代表：
            现在，我代表内江市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
            一、2023年工作回顾
            过去一年，内江全市上下坚持以习近平新时代中国特色社会主义思想为指导，全市地区生产总值增长6.5%。
            二、2024年工作安排
            2024年是中华人民共和国成立75周年，内江市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。
            """;

    @Test
    void aReportThatOpensWithASalutationIsTitledFromWhatWasRead() {
        Report r = ReportReader.read(Source.of("neijiang.txt", NEIJIANG));
        assertThat(r.title()).isEqualTo("内江市2024年政府工作报告");
        assertThat(r.understanding().titleInferred()).isTrue();
        assertThat(r.understanding().titleEvidence()).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("各位代表："));
    }

    @Test
    void aSalutationIsNeverATitle() {
        for (String opening : new String[]{"各位代表：", "同志们：", "同志们！", "尊敬的各位代表：", "各位委员："}) {
            Report r = ReportReader.read(Source.of("x.txt", NEIJIANG.replace("各位代表：", opening)));
            assertThat(r.title()).as(opening).doesNotContain(opening.substring(0, 2)).isEqualTo("内江市2024年政府工作报告");
        }
    }

    @Test
    void aDateLineOrAFirstHeadingIsNotATitleEither() {
        String dated = "——2024年1月22日在内江市第八届人民代表大会第四次会议上\n" + NEIJIANG;
        assertThat(ReportReader.read(Source.of("d.txt", dated)).title()).isEqualTo("内江市2024年政府工作报告");
        String headed = NEIJIANG.substring(NEIJIANG.indexOf("一、"));
        Report r = ReportReader.read(Source.of("h.txt", headed));
        assertThat(r.title()).doesNotStartWith("一、").contains("内江市");
    }

    @Test
    void aTitleLineAtTheTopIsKept() {
        Report r = ReportReader.read(Source.of("t.txt", "2024年内江市政府工作报告\n" + NEIJIANG));
        assertThat(r.title()).isEqualTo("2024年内江市政府工作报告");
        assertThat(r.understanding().titleInferred()).isFalse();
        Report below = ReportReader.read(Source.of("s.txt", "来源：内江日报\n2024年内江市政府工作报告\n" + NEIJIANG));
        assertThat(below.title()).isEqualTo("2024年内江市政府工作报告");
    }

    @Test
    void aBareReportKindIsMadeSpecific() {
        Report r = ReportReader.read(Source.of("g.txt", "政府工作报告\n" + NEIJIANG));
        assertThat(r.title()).isEqualTo("内江市2024年政府工作报告");
        assertThat(r.understanding().titleInferred()).isTrue();
    }

    @Test
    void aGivenTitleWins() {
        Report r = ReportReader.read(new Source("p.html", NEIJIANG, "内江市政府工作报告（全文）", null, null, null, null));
        assertThat(r.title()).isEqualTo("内江市政府工作报告（全文）");
        assertThat(r.understanding().titleInferred()).isFalse();
    }

    @Test
    void withNothingKnownTheOpeningWordsNameIt() {
        Report r = ReportReader.read(Source.of("n.txt", "同志们：\n今天我们在这里开会，研究部署下一阶段的工作。"));
        assertThat(r.title()).doesNotStartWith("同志们").contains("今天我们在这里开会");
    }

    @Test
    void aTitleLineIndentedWithAnyUnicodeSpaceIsKeptWithoutTheIndent() {
        for (String indent : new String[]{"\u00A0\u00A0", "\u3000\u3000", "\u2002", "\u200B", "\t"}) {
            Report r = ReportReader.read(Source.of("x.txt", indent + "2025年安徽省政府工作报告\r\n" + indent + NEIJIANG));
            assertThat(r.title()).as("indent U+%04X", (int) indent.charAt(0)).isEqualTo("2025年安徽省政府工作报告");
        }
    }

    private static final Region NEIJIANG_CITY = new Region("四川省", "内江市", null);

    /** 60 characters: the longest line still taken for a title. */
    private static final String LONG_TITLE =
            "中共内江市委统战部关于进一步加强新时代民营经济统战工作促进民营经济健康发展和民营经济人士健康成长的调研报告（2024年）";

    @Test
    void aTitleLineHasAtMostSixtyCharacters() {
        assertThat(LONG_TITLE).hasSize(60);
        assertThat(TitleRule.read(null, LONG_TITLE + "\n" + NEIJIANG, 2024, NEIJIANG_CITY, "调研报告").title())
                .isEqualTo(LONG_TITLE);
        String longer = LONG_TITLE.replace("2024年", "2024年度");
        assertThat(TitleRule.read(null, longer + "\n" + NEIJIANG, 2024, NEIJIANG_CITY, "调研报告").title())
                .isEqualTo("内江市2024年调研报告");
    }

    @Test
    void onlyTheTopThreeLinesAreLookedAtForATitle() {
        String text = "来源：内江日报\n作者：本报记者\n政府工作报告\n2024年内江市政府工作报告";
        assertThat(TitleRule.read(null, text, 2023, NEIJIANG_CITY, "政府工作报告").title()).isEqualTo("内江市2023年政府工作报告");
        assertThat(TitleRule.read(null, "来源：内江日报\n政府工作报告", 2023, NEIJIANG_CITY, "政府工作报告").title())
                .as("a text of preamble lines only").isEqualTo("内江市2023年政府工作报告");
    }

    @Test
    void anInferredTitleQuotesUpToFortyCharactersOfTheFirstLine() {
        String forty = "现在，我代表市人民政府，向大会报告过去五年的工作和今后五年的目标任务，请予审议。";
        assertThat(forty).hasSize(40);
        assertThat(TitleRule.read(null, forty, 2024, NEIJIANG_CITY, null).evidence())
                .singleElement().satisfies(e -> assertThat(e.quote()).isEqualTo(forty));
        String fortyTwo = "现在，我代表内江市人民政府，向大会报告过去五年的工作和今后五年的目标任务，请予审议。";
        assertThat(TitleRule.read(null, fortyTwo, 2024, NEIJIANG_CITY, null).evidence())
                .singleElement().satisfies(e -> assertThat(e.quote())
                        .isEqualTo("现在，我代表内江市人民政府，向大会报告过去五年的工作和今后五年的目标任务，请予审…"));
    }

    @Test
    void theOpeningWordsAreTheFirstLineOfFourCharactersOrMoreCutAtSixteen() {
        assertThat(title("同志们：\n大家好！\n今天我们在这里开会，研究部署下一阶段的工作。")).isEqualTo("报告（大家好！）");
        String sixteen = "今天，我们召开全县统战工作会议。";
        assertThat(sixteen).hasSize(16);
        assertThat(title("同志们：\n" + sixteen)).isEqualTo("报告（" + sixteen + "）");
        assertThat(title("同志们：\n今天我们在这里开会，研究部署下一阶段的工作。")).isEqualTo("报告（今天我们在这里开会，研究部署下一…）");
        assertThat(title("同志们：\n好！")).isEqualTo("报告（无标题）");
    }

    private static String title(String text) {
        return TitleRule.read(null, text, null, Region.UNKNOWN, null).title();
    }
}
