package govsearch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DedupTest {

    static final String REPORT = """
            2020年，县委统战部在县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、服务大局，凝心聚力、团结奋进，各项工作取得了新的成效。
            一、主要工作开展情况
            （一）加强思想政治引领。组织全县党外代表人士开展专题学习12次，举办党外干部培训班2期，参训人员达160余人次。
            （二）推进多党合作事业。支持各民主党派开展参政议政，全年共提交调研报告8篇、社情民意信息35条。
            （三）做好民族宗教工作。深入开展民族团结进步创建活动，全县宗教活动场所安全隐患排查实现全覆盖。""";

    @Test
    void aRepostWithOneFigureChangedIsWithinThreeBits() {
        long a = SimHash.of(REPORT);
        long b = SimHash.of(REPORT.replace("12次", "13次"));
        assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(SimHash.NEAR);
    }

    @Test
    void differentReportsAreFarApart() {
        String other = "今年以来，我镇统战工作在县委统战部的指导下，紧紧围绕镇党委、政府中心工作，充分发挥统一战线凝聚人心、汇聚力量的作用。"
                + "一、强化组织领导。镇党委把统战工作纳入重要议事日程，成立了由党委书记任组长的统战工作领导小组。"
                + "二、服务经济发展。引导非公有制经济人士投身乡村振兴，全镇民营企业参与行动，投入帮扶资金300余万元。";
        assertThat(SimHash.distance(SimHash.of(REPORT), SimHash.of(other))).isGreaterThan(10);
    }

    @Test
    void theFirstUrlIsTheReportsAndLaterCopiesAreItsAliases() {
        Dedup d = new Dedup();
        assertThat(d.offer("http://a.cn/1.html", REPORT).verdict()).isEqualTo(Dedup.Verdict.NEW);
        assertThat(d.offer("http://b.cn/x.html", "  " + REPORT.replace("，", ",") + "\n")).isEqualTo(
                new Dedup.Decision(Dedup.Verdict.EXACT, "http://a.cn/1.html"));
        assertThat(d.offer("http://c.cn/y.html", REPORT.replace("12次", "13次"))).isEqualTo(
                new Dedup.Decision(Dedup.Verdict.NEAR, "http://a.cn/1.html"));
        assertThat(d.offer("http://a.cn/1.html", REPORT).verdict()).isEqualTo(Dedup.Verdict.NEW);

        assertThat(d.urls()).containsOnlyKeys("http://a.cn/1.html");
        assertThat(d.urls().get("http://a.cn/1.html")).containsExactly("http://a.cn/1.html", "http://b.cn/x.html", "http://c.cn/y.html");
        assertThat(d.reports()).isEqualTo(1);
        assertThat(d.exactDuplicates() + d.nearDuplicates()).isEqualTo(2);
    }

    @Test
    void shortTextsAreMatchedExactlyOnly() {
        Dedup d = new Dedup();
        d.offer("http://a.cn/1", "市政府工作报告摘要");
        assertThat(d.offer("http://a.cn/2", "区政府工作报告摘要").verdict()).isEqualTo(Dedup.Verdict.NEW);
    }
}
