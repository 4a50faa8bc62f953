package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14, places: the reports of prefecture-level cities, which name their city by its short name
 * (视察东营, 在东营召开), name their province and neighbours too, and follow national sessions and bodies
 * (全国人民代表大会, 国务院) without being national. The excerpts are written in the style of the
 * held-out city reports the issue measured (their opening, their turns of phrase), not copied.
 */
class CityReportResolutionTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    /** Read only as 山东省, with 海口 ×2 from 黄河入海口 and 陆海口岸, before this was fixed. */
    static final String DONGYING = """
            各位代表：
            现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
            一、过去五年工作回顾
            过去五年，是东营发展史上极不平凡的五年。习近平总书记亲临视察东营，作出“要把黄河三角洲保护好”的重要指示，\
            为我们指明了前进方向。全国盐碱地综合利用现场推进会在东营召开，黄河口国家公园创建取得重大进展。全市地区生产总值\
            迈上3500亿元台阶，年均增长6%。黄河入海口生态保护扎实推进，湿地修复面积累计188平方公里；东营港吞吐量突破7000万吨，\
            陆海口岸功能不断完善。推广东营、滨州盐碱地综合利用经验，深度融入省会经济圈，与济南、淄博共建产业园区。\
            在全省率先完成市级机构改革，市委、市政府决策部署全面落实。
            二、今后五年的目标任务
            坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党中央、国务院决策部署和省委、省政府工作要求，\
            奋力谱写中国式现代化东营篇章。全市上下要坚定信心、真抓实干。
            """;

    @Test
    void aCityNamedByItsShortNameInItsOwnReportIsThatCity() {
        Resolution r = gazetteer.resolveWithEvidence(DONGYING);

        assertThat(r.region()).isEqualTo(new Region("山东省", "东营市", null));
        assertThat(r.evidence()).extracting(Resolution.Mention::name).contains("东营").doesNotContain("海口", "广东");
    }

    @Test
    void aShortNameInsideALongerWordGivesNoEvidence() {
        assertThat(names("黄河入海口湿地保护，陆海口岸开放。")).doesNotContain("海口");
        assertThat(names("推广东营经验。")).containsExactly("东营");
        assertThat(names("沿海南部地区加快发展。")).doesNotContain("海南");
        assertThat(names("优化广东营商环境。")).containsExactly("广东");
        assertThat(names("确保社会长治久安，推动世界大同。")).isEmpty();
        // a word that starts inside the name and goes beyond it, and one that ends the text
        assertThat(names("建设粤东营销网络。")).isEmpty();
        assertThat(names("拓展粤东营销")).isEmpty();
        // a listed word of four characters, around a name in a place's context (落户朝阳)
        assertThat(names("招商引资项目落户朝阳产业园。")).isEmpty();
    }

    @Test
    void aShortNameInsideAnotherPlacesFullNameGivesNoEvidence() {
        assertThat(names("辽东营口市港口群")).containsExactly("营口市");
    }

    @Test
    void anEverydayWordThatIsACitysShortNameCountsWhereItNamesAPlace() {
        assertThat(names("全国文明城市创建推进会在长治召开。")).containsExactly("长治");
        assertThat(names("习近平总书记视察大同，日照港扩能改造。")).containsExactly("大同", "日照");
    }

    @Test
    void aCityReportThatFollowsTheNationalSessionIsStillLocal() {
        String yancheng = """
                各位代表：现在，我代表市人民政府向大会报告工作，请予审议。
                习近平总书记参加十四届全国人民代表大会第二次会议江苏代表团审议时强调，要因地制宜发展新质生产力。\
                我们坚决贯彻党中央、国务院决策部署，全市地区生产总值增长5.9%。盐城黄海湿地保护持续加强，\
                盐城港大丰港区开放，全市新增就业6.2万人，市委、市政府十件民生实事全部完成。
                """;

        assertThat(gazetteer.resolve(yancheng)).isEqualTo(new Region("江苏省", "盐城市", null));
    }

    @Test
    void aLocalGovernmentThatNamesNoPlaceIsUnknownNotNational() {
        String noPlace = """
                各位代表：现在，我代表市人民政府向大会报告工作。
                一年来，我们认真落实党中央、国务院决策部署和全国人民代表大会的要求，全市经济稳中有进，\
                全市城乡居民收入分别增长5%和6.5%，市委、市政府交办事项全部完成，全市社会大局安定。
                """;

        assertThat(gazetteer.resolve(noPlace)).isEqualTo(Region.UNKNOWN);
    }

    @Test
    void eachPhraseTheIssueQuotesNamesDongyingAndAReportSpeakingSoIsDongying() {
        assertThat(names("习近平总书记亲临视察东营。")).containsExactly("东营");
        assertThat(names("全国盐碱地综合利用现场推进会在东营召开。")).containsExactly("东营");
        assertThat(names("在东营市委、市政府的坚强领导下。")).containsExactly("东营市");
        String byCommittee = """
                各位代表：现在，我代表市人民政府向大会报告工作，请予审议。
                一年来，在东营市委的坚强领导下，全市上下团结奋斗，全市地区生产总值增长6%，全市新增就业3万人。
                """;
        assertThat(gazetteer.resolve(byCommittee)).isEqualTo(new Region("山东省", "东营市", null));
    }

    /**
     * A city report speaks as a city (全市 six times, more than five and more than it says 全省); it
     * names its province and its neighbours too, and the city it names most is its own though that is
     * less than half the province's weight: 江苏省 3 × 3.0 + 南京 1.8 + 苏州 1.8 + 盐城 2 × 1.8 = 16.2.
     */
    static final String YANCHENG_VOICE = """
            各位代表：
            过去一年，全市经济稳中有进。全市上下深入落实江苏省沿海发展战略，对接南京、苏州的产业转移，全市新增就业6万人。\
            盐城黄海湿地保护加强，全市城乡面貌改善，盐城港开放扩大，全市社会大局稳定。\
            江苏省沿海地区发展规划、江苏省生态保护规划在全市落地。
            """;

    @Test
    void aCitySpeakingAsACityIsTheCityItNamesMostWhateverItsShareOfTheProvince() {
        assertThat(gazetteer.resolve(YANCHENG_VOICE)).isEqualTo(new Region("江苏省", "盐城市", null));
    }

    @Test
    void fiveSelfReferencesAsACityAreNotYetACitysVoice() {
        String five = YANCHENG_VOICE.replace("在全市落地", "落地");

        assertThat(gazetteer.resolve(five)).as("盐城 3.6 of 16.2 is under half").isEqualTo(Region.province("江苏省"));
    }

    @Test
    void aCityVoiceNamingTwoCitiesEquallyAndNotItselfStaysAtTheProvince() {
        String tie = YANCHENG_VOICE.replace("盐城黄海", "南京黄海").replace("盐城港", "苏州港");

        assertThat(gazetteer.resolve(tie)).isEqualTo(Region.province("江苏省"));
    }

    private List<String> names(String text) {
        return gazetteer.resolveWithEvidence(text).evidence().stream().map(Resolution.Mention::name).toList();
    }
}
