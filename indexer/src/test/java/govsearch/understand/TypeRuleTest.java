package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Evidence;
import govsearch.report.EvidenceRule;
import org.junit.jupiter.api.Test;

class TypeRuleTest {

    @Test
    void theMostSpecificKindNamedInTheTitleWins() {
        assertThat(TypeRule.read("2025年河北省政府工作报告")).isEqualTo("政府工作报告");
        assertThat(TypeRule.read("第十三届全国人民代表大会第二次会议关于政府工作报告的决议")).isEqualTo("决议");
        assertThat(TypeRule.read("2020年县委统战部工作情况报告")).isEqualTo("情况报告");
        assertThat(TypeRule.read("关于农村电商发展的调研报告")).isEqualTo("调研报告");
        assertThat(TypeRule.read("决胜全面建成小康社会 (十九大)")).isEqualTo("党代会报告");
        assertThat(TypeRule.read("春天的故事")).isNull();
    }

    @Test
    void withoutATitleTheOpeningTells() {
        assertThat(type("各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。")).isEqualTo("政府工作报告");
        assertThat(type("现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员提出意见。")).isEqualTo("政府工作报告");
        assertThat(type("——2019年3月5日在第十三届全国人民代表大会第二次会议上")).isEqualTo("政府工作报告");
        assertThat(type("同志们：\n现在，我代表第十六届中央委员会向大会作报告。")).isEqualTo("党代会报告");
        assertThat(type("同志们！\n中国共产党第九次全国代表大会，将是一次在我党历史上有深远影响的代表大会。")).isEqualTo("党代会报告");
        assertThat(type("现将我县2020年统战工作情况报告如下：")).isEqualTo("情况报告");
        assertThat(type("为摸清全县民营经济发展现状，县委统战部调研组深入12家企业开展了专题调研。")).isEqualTo("调研报告");
        assertThat(type("现将2021年度工作总结如下：")).isEqualTo("工作总结");
        assertThat(type("根据部门整体支出绩效自评工作安排，现将有关情况报告如下。")).isEqualTo("绩效报告");
    }

    @Test
    void aResolutionIsNotTheReportItApproves() {
        String text = "第十三届全国人民代表大会第二次会议听取和审议了国务院总理李克强所作的政府工作报告。会议同意报告提出的2019年总体要求，决定批准这个报告。";
        TypeRule.Reading r = TypeRule.extract(text, text);
        assertThat(r.type()).isEqualTo("决议");
        assertThat(r.evidence()).singleElement().extracting(Evidence::rule).isEqualTo("structure");
    }

    @Test
    void titleAndStructureAgreeingIsSurerThanEitherAlone() {
        TypeRule.Reading both = TypeRule.extract("2025年河北省政府工作报告", "现在，我代表省人民政府向大会报告工作。");
        TypeRule.Reading shape = TypeRule.extract("", "现在，我代表省人民政府向大会报告工作。");
        assertThat(both.confidence()).isGreaterThan(shape.confidence());
        assertThat(TypeRule.extract("", "今年以来，我们做了很多工作。").type()).isNull();
    }

    /** 60 characters: the longest first line still read as a title. */
    private static final String LONG_TITLE =
            "中共内江市委统战部关于进一步加强新时代民营经济统战工作促进民营经济健康发展和民营经济人士健康成长的调研报告（2024年）";

    @Test
    void aFirstLineOfUpToSixtyCharactersIsATitleAndALongerOneASentence() {
        assertThat(LONG_TITLE).hasSize(60);
        assertThat(TypeRule.extract(LONG_TITLE, "").type()).isEqualTo("调研报告");
        assertThat(TypeRule.extract(LONG_TITLE.replace("2024年", "2024年度"), "").type()).isNull();
    }

    @Test
    void surveysAreKnownByTheirTitleWithoutTheWordsResearchReport() {
        assertThat(TypeRule.read("关于全县民营经济发展情况的调查报告")).isEqualTo("调研报告");
        assertThat(TypeRule.read("关于城市更新的调研与思考")).isEqualTo("调研报告");
        assertThat(TypeRule.read(null)).isNull();
    }

    /** The closing formula 特此报告 is looked for in the last lines only; the opening formulas in the first. */
    @Test
    void aClosingFormulaCountsAtTheEndOfTheText() {
        String body = "全县上下团结一心，扎实推进各项工作，经济社会发展取得新成效。".repeat(15);   // 450 chars, no formula
        String text = body + "特此报告。";
        TypeRule.Reading r = TypeRule.extract(null, text);
        assertThat(r.type()).isEqualTo("情况报告");
        assertThat(r.evidence()).containsExactly(new Evidence(EvidenceRule.STRUCTURE, "特此报告", 450, "情况报告", 5));
        assertThat(TypeRule.extract(null, "特此报告。" + body).type()).isNull();
        assertThat(TypeRule.extract(null, body + "现将有关情况报告如下。").type()).as("an opening formula past the opening").isNull();
    }

    @Test
    void aTitleAloneIsSureAndAStructureThatDisagreesLowersItsConfidence() {
        TypeRule.Reading alone = TypeRule.extract("2025年河北省政府工作报告", "今年以来，我们做了很多工作。");
        assertThat(alone.type()).isEqualTo("政府工作报告");
        assertThat(alone.confidence()).isEqualTo(0.95);
        TypeRule.Reading disagreeing = TypeRule.extract("2025年河北省政府工作报告",
                "会议听取和审议了省长所作的政府工作报告，决定批准这个报告。");
        assertThat(disagreeing.type()).isEqualTo("政府工作报告");
        assertThat(disagreeing.confidence()).isEqualTo(0.7);
    }

    private static String type(String text) {
        return TypeRule.extract(null, text).type();
    }
}
