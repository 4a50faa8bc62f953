package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Section;
import govsearch.report.SectionTree;
import govsearch.report.Understanding.DomainScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainRuleTest {

    @Test
    void aSectionGetsTheDomainsItsKeywordsName() {
        Section united = new Section("r-1", "（三）", "巩固和发展最广泛的爱国统一战线", 2, List.of(), """
                坚持和完善中国共产党领导的多党合作和政治协商制度，支持民主党派和无党派人士更好履行职能。
                做好党外代表人士队伍建设，加强党外知识分子和新的社会阶层人士统战工作。""");
        List<DomainScore> domains = DomainRule.ofSection(united);

        assertThat(domains).extracting(DomainScore::domain).first().isEqualTo("统一战线");
        assertThat(domains).hasSizeLessThanOrEqualTo(DomainRule.MAX_DOMAINS);
        assertThat(domains).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void sectionsCanHaveSeveralDomainsAndTheReportRollsThemUp() {
        List<Section> sections = SectionTree.parse("r", """
                一、打赢脱贫攻坚战
                坚持精准扶贫，贫困人口减少1386万人，易地扶贫搬迁280万人，贫困县摘帽，扶贫资金投入增加。
                二、加强生态环境保护
                打好污染防治攻坚战，推进生态文明建设，大气污染防治取得成效，节能减排目标完成，碳达峰稳步推进。
                三、稳定和扩大就业
                城镇新增就业1100万人，做好高校毕业生、农民工就业创业工作，失业率控制在5.5%以内。""");
        assertThat(DomainRule.ofSection(sections.get(0))).extracting(DomainScore::domain).contains("脱贫攻坚");
        assertThat(DomainRule.ofSection(sections.get(1))).extracting(DomainScore::domain).first().isEqualTo("生态环境");
        assertThat(DomainRule.ofSection(sections.get(2))).extracting(DomainScore::domain).first().isEqualTo("就业");
        assertThat(DomainRule.ofReport(sections)).extracting(DomainScore::domain)
                .contains("脱贫攻坚", "生态环境", "就业");
    }

    @Test
    void aSingleWordInPassingIsNoDomain() {
        Section s = new Section("r-2", "", "", 0, List.of(), "会议强调，要坚定信心，团结奋斗，确保完成全年目标，同时关注教育。".repeat(3));
        assertThat(DomainRule.ofSection(s)).extracting(DomainScore::domain).doesNotContain("统一战线");
    }

    @Test
    void theLexiconNamesTheDomainsOfTheIssue() {
        assertThat(DomainRule.domains()).contains("经济发展", "三农/乡村振兴", "脱贫攻坚", "生态环境", "教育", "科技创新",
                "医疗卫生", "社会保障", "就业", "安全生产", "党的建设", "统一战线", "民族宗教", "港澳台侨", "非公有制经济",
                "党外代表人士", "新的社会阶层", "党外知识分子");
    }

    /** Text with no keyword of any domain, to bring a text to a known length. */
    private static String padding(int chars) {
        return "，".repeat(chars);
    }

    private static Section section(String text) {
        return new Section("r-4", "", "", 0, List.of(), text);
    }

    @Test
    void aScoreIsTheKeywordWeightPerThousandCharactersAndShortTextsCountAsThreeHundred() {
        // 扶贫 weighs 3 (domains.tsv): 3 per 300 chars is 10 per 1,000; 3 + 2 (党员) per 1,000 chars is 3 and 2.
        assertThat(DomainRule.score("扶贫")).containsExactly(new DomainScore("脱贫攻坚", 10.0));
        assertThat(DomainRule.score("党员" + "扶贫" + padding(996)))
                .containsExactly(new DomainScore("脱贫攻坚", 3.0), new DomainScore("党的建设", 2.0));
        // 2 × 3 per 900 chars = 6.666… per 1,000, to two decimals.
        assertThat(DomainRule.score("扶贫" + padding(896) + "扶贫")).containsExactly(new DomainScore("脱贫攻坚", 6.67));
    }

    @Test
    void aSectionDomainNeedsAScoreOfSixAndTwoHitsExactlyEnough() {
        Section twoHitsSixPerThousand = section("扶贫" + padding(996) + "扶贫");   // 2 × 3 per 1,000 chars
        assertThat(DomainRule.ofSection(twoHitsSixPerThousand)).containsExactly(new DomainScore("脱贫攻坚", 6.0));
    }

    @Test
    void aSectionGetsAtMostThreeDomainsTheBestFirstThenByName() {
        // Four domains, each two hits of weight 3 in a short text: 20 each, so the order is by name.
        Section four = section("扶贫，扶贫，统战，统战，就业，就业，党建，党建。");
        assertThat(DomainRule.ofSection(four)).extracting(DomainScore::domain).containsExactly("党的建设", "就业", "统一战线");
    }

    @Test
    void aReportDomainNeedsAScoreOfFourOverTheWholeText() {
        // One section of 749 chars and its line end: 750 chars. 扶贫 (3) is 4 per 1,000 exactly; 党员 (2) is 2.67.
        List<Section> report = List.of(section("扶贫" + "党员" + padding(745)));
        assertThat(DomainRule.ofReport(report)).containsExactly(new DomainScore("脱贫攻坚", 4.0));
    }
}
