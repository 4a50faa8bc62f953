package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.index.ReportIndexContract;
import govsearch.report.Region;
import govsearch.report.Report;
import org.junit.jupiter.api.Test;

/** Two outlines compared heading by heading: same, reworded, added, gone. */
class OutlinesTest {

    static Report report(int year, String text) {
        return ReportIndexContract.report("o-" + year + ".txt", year, Region.NATIONWIDE, "政府工作报告", text);
    }

    static final Report LAST = report(2024, """
            各位代表：
            一、2023年工作回顾
            经济回升向好。
            二、2024年政府工作任务
            （一）深入实施科教兴国战略，强化高质量发展的基础支撑
            加强基础研究。
            （二）坚定不移深化改革，增强发展内生动力
            深化国资国企改革。
            （三）加强生态文明建设，推进绿色低碳发展
            推进污染防治。
            """);
    static final Report THIS = report(2025, """
            各位代表：
            一、2024年工作回顾
            经济运行总体平稳。
            二、2025年政府工作任务
            （一）大力提振消费，全方位扩大国内需求
            实施提振消费专项行动。
            （二）深入实施科教兴国战略，提升国家创新体系整体效能
            加快建设高质量教育体系。
            （三）加强生态文明建设，推进绿色低碳发展
            持续深入推进蓝天保卫战。
            """);

    @Test
    void eachHeadingIsSameRewordedAddedOrGone() {
        Outlines.Comparison c = Outlines.compare(THIS, LAST);

        assertThat(c.current()).extracting(Outlines.Heading::title, Outlines.Heading::mark).containsExactly(
                tuple("2024年工作回顾", "same"),
                tuple("2025年政府工作任务", "same"),
                tuple("大力提振消费，全方位扩大国内需求", "added"),
                tuple("深入实施科教兴国战略，提升国家创新体系整体效能", "reworded"),
                tuple("加强生态文明建设，推进绿色低碳发展", "same"));
        assertThat(c.previous()).extracting(Outlines.Heading::mark)
                .containsExactly("same", "same", "reworded", "gone", "same");
        assertThat(c.added()).isEqualTo(1);
        assertThat(c.gone()).isEqualTo(1);
        assertThat(c.reworded()).isEqualTo(1);
    }

    @Test
    void aMatchedHeadingNamesItsPartner() {
        Outlines.Comparison c = Outlines.compare(THIS, LAST);
        Outlines.Heading science = c.current().get(3);
        Outlines.Heading partner = c.previous().stream().filter(h -> h.sectionId().equals(science.match())).findFirst().orElseThrow();
        assertThat(partner.title()).startsWith("深入实施科教兴国战略");
        assertThat(partner.match()).isEqualTo(science.sectionId());
        assertThat(c.current().get(2).match()).isNull();
    }

    @Test
    void yearsAndNumbersDoNotMakeAHeadingNew() {
        assertThat(Outlines.key("一、2024年工作回顾")).isEqualTo(Outlines.key("一、2023年工作回顾"));
        assertThat(Outlines.dice("工作回顾", "工作回顾")).isEqualTo(1.0);
        assertThat(Outlines.dice("", "工作")).isZero();
    }
}
