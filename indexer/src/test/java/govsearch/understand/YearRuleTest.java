package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearRuleTest {

    @Test
    void aYearInTheTitleIsTheReportsYear() {
        assertThat(YearRule.read("2025年河北省政府工作报告", "各位代表：")).isEqualTo(2025);
    }

    @Test
    void theDeliveryDateInTheOpeningLinesCounts() {
        assertThat(YearRule.read("政府工作报告", "——2019年3月5日在第十三届全国人民代表大会第二次会议上\n各位代表："))
                .isEqualTo(2019);
        assertThat(YearRule.read("统战工作情况报告", "二〇二六年一月二十七日\n今年以来")).isEqualTo(2026);
    }

    @Test
    void aReviewOfLastYearMakesItNextYearsReport() {
        assertThat(YearRule.read("政府工作报告", "各位代表：\n一、2018年工作回顾\n过去一年")).isEqualTo(2019);
    }

    @Test
    void unknownStaysUnknown() {
        assertThat(YearRule.read("统战情况报告", "今年以来，我县统战工作取得新进展。")).isNull();
    }
}
