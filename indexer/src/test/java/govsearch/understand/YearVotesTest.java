package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Evidence;
import org.junit.jupiter.api.Test;

/**
 * How YearRule weighs its clues once it has them: each clue votes its weight for a year, the year
 * with the most weight wins, and its confidence is its share of all the weight times 1 − e^(−w/4),
 * halved when the named events rule the year out. Expected values worked by hand from the weights
 * (review 6, plan 3, session 7, date 8, document number 6).
 */
class YearVotesTest {

    /**
     * The first three plans named count, no more: two for 2019 and one for 2020 give 2019; a fourth,
     * for 2020, would tie the two years and the later would win.
     */
    @Test
    void onlyTheFirstThreePlansVote() {
        YearRule.Reading r = YearRule.extract("",
                "做好2020年的重点工作。2019年的总体要求是稳中求进。2019年的主要任务是深化改革。2020年工作安排如下。");

        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.evidence()).extracting(Evidence::rule).containsExactly("plan", "plan", "plan");
    }

    @Test
    void aPlanAfterATargetWordIsATargetNotThisYearsPlan() {
        assertThat(YearRule.read("", "力争到2025年的主要预期目标全面完成。")).isNull();
    }

    /**
     * The review says 2016 (6), the plan 2018 (3); the nineteenth congress (2017) rules 2016 out, so
     * the plan wins: 3 / 3 × (1 − e^(−0.75)) = 0.528.
     */
    @Test
    void aYearTheNamedEventsRuleOutLosesToAWeakerOne() {
        YearRule.Reading r = YearRule.extract("", "一、2015年工作回顾\n全面贯彻党的十九大精神。2018年主要预期目标是经济平稳增长。");

        assertThat(r.year()).isEqualTo(2018);
        assertThat(r.earliest()).isEqualTo(2017);
        assertThat(r.confidence()).isEqualTo(0.528);
    }

    /**
     * The review says 2017 (6), the plan 2018 (3), the congress allows 2017: nothing is ruled out and
     * the heavier vote wins: 6 / 9 × (1 − e^(−1.5)) = 0.518, not halved.
     */
    @Test
    void aYearAsEarlyAsTheNamedEventsAllowIsNotRuledOut() {
        YearRule.Reading r = YearRule.extract("", "一、2016年工作回顾\n全面贯彻党的十九大精神。2018年主要预期目标是经济平稳增长。");

        assertThat(r.year()).isEqualTo(2017);
        assertThat(r.confidence()).isEqualTo(0.518);
    }

    /** With nothing else to choose, a ruled-out year is kept at half its confidence: 1 × (1 − e^(−1.5)) / 2 = 0.388. */
    @Test
    void theOnlyYearIsKeptThoughRuledOutAtHalfTheConfidence() {
        YearRule.Reading r = YearRule.extract("", "一、2015年工作回顾\n全面贯彻党的十九大精神。");

        assertThat(r.year()).isEqualTo(2016);
        assertThat(r.earliest()).isEqualTo(2017);
        assertThat(r.confidence()).isEqualTo(0.388);
    }

    /**
     * The session (7 for 2016) is as strong as a date and stays although a cited document of 2017
     * rules 2016 out; it beats the plan for 2017 (3): 7 / 10 × (1 − e^(−1.75)) / 2 = 0.289.
     */
    @Test
    void aSessionStaysAgainstTheNamedEvents() {
        String text = "——在第十二届全国人民代表大会第四次会议上\n各位代表：\n" + "过去一年，我们坚持稳中求进工作总基调。".repeat(10)
                + "根据国发〔2017〕5号文件精神，做好2017年重点工作。";
        YearRule.Reading r = YearRule.extract("", text);

        assertThat(r.year()).isEqualTo(2016);
        assertThat(r.earliest()).isEqualTo(2017);
        assertThat(r.confidence()).isEqualTo(0.289);
    }

    /**
     * A document number in the header (6) and the signature's date (8), both 2003: the evidence is
     * listed strongest first, whatever order the rules found it in; 14 / 14 × (1 − e^(−3.5)) = 0.970.
     */
    @Test
    void theEvidenceIsListedStrongestFirst() {
        String text = "统发〔2003〕5号\n关于加强统一战线工作的情况报告\n" + "一是加强思想政治引领。".repeat(40)
                + "\n中共××县委统战部\n2003年12月20日";
        YearRule.Reading r = YearRule.extract("", text);

        assertThat(r.year()).isEqualTo(2003);
        assertThat(r.confidence()).isEqualTo(0.97);
        assertThat(r.evidence()).extracting(Evidence::rule).containsExactly("closing-date", "document-number", "earliest");
        assertThat(r.evidence().get(1).quote()).isEqualTo("统发〔2003〕5号");
    }

    @Test
    void aTextThatNamesNoDatedEventHasNoEarliestYear() {
        YearRule.Reading r = YearRule.extract("", "到2035年基本实现社会主义现代化。1998年全市生产总值增长8%。");

        assertThat(r.year()).isEqualTo(1998);
        assertThat(r.earliest()).isNull();
    }

    /** The latest year named as past, not the first or the smallest; a low confidence: 1 − e^(−0.25) = 0.221. */
    @Test
    void asALastResortTheLatestPastYear() {
        YearRule.Reading r = YearRule.extract("", "1996年全市生产总值增长8%，1998年增长9%，1997年增长7%。");

        assertThat(r.year()).isEqualTo(1998);
        assertThat(r.confidence()).isEqualTo(0.221);
        assertThat(r.evidence()).extracting(Evidence::rule).containsExactly("latest-year");
    }

    /** A year as late as the named events allow is still the latest past year, not a guess from the events. */
    @Test
    void theLatestPastYearMayBeTheEarliestTheEventsAllow() {
        YearRule.Reading r = YearRule.extract("", "面对突如其来的疫情，2020年全市经济保持稳定。坚决打赢新冠肺炎疫情防控阻击战。");

        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.evidence()).extracting(Evidence::rule).contains("latest-year").doesNotContain("earliest-possible");
    }

    /** Years are read from 1900 to 2099, both included. */
    @Test
    void theYearsReadRunFrom1900To2099() {
        assertThat(YearRule.read("1900年工作报告", "各位代表：")).isEqualTo(1900);
        assertThat(YearRule.read("2099年工作报告", "各位代表：")).isEqualTo(2099);
        assertThat(YearRule.read("", "一、2099年工作回顾\n过去一年，全市经济平稳增长。")).as("2100 is out of range").isNull();
    }
}
