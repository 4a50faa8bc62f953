package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import org.junit.jupiter.api.Test;

/**
 * When {@link Gazetteer#resolveWithEvidence} reads a text as national though it names places, and
 * when a local signature or a local voice (全市, 市委 … five times) keeps it local. Each case sits on
 * the boundary of its rule, counted by hand.
 */
class NationalOrLocalTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void theStateCouncilReportNamingOneProvinceIsStillNational() {
        String text = """
                各位代表：
                现在，我代表国务院，向大会报告政府工作，请予审议。
                过去一年，海南自由贸易港建设扎实推进。
                """;
        Resolution r = gazetteer.resolveWithEvidence(text);

        assertThat(r.region()).isEqualTo(Region.NATIONWIDE);
        assertThat(r.confidence()).isEqualTo(0.9);
    }

    /** A city report that quotes the national session in its opening: five self-references make it local, four do not. */
    @Test
    void fiveSelfReferencesMakeALocalVoiceFourDoNot() {
        String opening = "习近平总书记参加十四届全国人民代表大会第二次会议江苏代表团审议时强调，要因地制宜发展新质生产力。\n";
        String five = opening + "全市上下团结奋斗，全市地区生产总值增长5.9%。盐城黄海湿地保护持续加强，盐城港开放扩大，"
                + "全市新增就业6.2万人，全市居民收入增长6%，全市社会大局安定。";
        String four = five.replace("全市社会大局安定", "社会大局安定");

        // 江苏 1.8 + 盐城 2 × 1.8 = 5.4; 盐城 3.6 is at least half of it
        assertThat(gazetteer.resolve(five)).isEqualTo(new Region("江苏省", "盐城市", null));
        assertThat(gazetteer.resolve(four)).isEqualTo(Region.NATIONWIDE);
    }

    @Test
    void aProvincialSignatureKeepsATextThatQuotesTheNationalSessionLocal() {
        String text = """
                河北省人民政府省长 王正谱
                各位代表：
                过去一年，我们认真贯彻十四届全国人民代表大会第二次会议精神，石家庄、唐山加快发展。
                """;
        assertThat(gazetteer.resolve(text)).isEqualTo(Region.province("河北省"));
    }

    @Test
    void aSignatureOnASharedDistrictNameKeepsTheTextLocalToo() {
        // 鼓楼区 is in 南京, 徐州, 福州 and 开封: decided by 南京市 named before it, and signed (区长)
        String text = """
                南京市鼓楼区人民政府区长 张三
                各位代表：
                过去一年，我们认真贯彻十四届全国人民代表大会第二次会议精神，全区经济稳步增长。
                """;
        assertThat(gazetteer.resolve(text)).isEqualTo(new Region("江苏省", "南京市", "鼓楼区"));
    }

    @Test
    void hongKongAndMacaoNamedMoreThanTheProvinceDoNotTakeAProvincialReport() {
        String text = """
                各位代表：
                过去一年，全省经济稳步增长。深化粤港澳大湾区建设，香港、澳门与广东合作更加紧密，
                香港、澳门青年来粤创业，香港高校在粤办学。
                """;
        assertThat(gazetteer.resolve(text)).isEqualTo(Region.province("广东省"));
    }

    @Test
    void aNationalTextSpreadOverProvincesIsNationalWithConfidenceOneHalf() {
        Resolution r = gazetteer.resolveWithEvidence("国务院近日批复，支持广东、浙江、江苏、山东开展试点。");

        assertThat(r.region()).isEqualTo(Region.NATIONWIDE);
        assertThat(r.confidence()).isEqualTo(0.5);
    }

    @Test
    void aProvinceWithThreeFifthsOfTheWeightIsNoSpreadAndWins() {
        // 广东省 3 × 3.0 = 9 of 9 + 浙江省 2 × 3.0 = 15: a share of exactly 0.6 is not below 0.6
        String text = "国务院批复同意广东省、浙江省开展试点。广东省先行先试，浙江省总结经验，广东省扩大范围。";
        assertThat(gazetteer.resolve(text)).isEqualTo(Region.province("广东省"));
    }

    /**
     * 延安市委、市政府 are two self-references; a text that says 全国 four times as often (8) is
     * national, one that says it 7 times is 延安's.
     */
    @Test
    void aTextSpeakingNationallyFourTimesAsOftenAsLocallyIsNational() {
        String local = "延安市委、市政府认真学习党的二十大精神。";
        String nationally = "全国各族人民团结奋斗，";

        assertThat(gazetteer.resolve(local + nationally.repeat(8))).isEqualTo(Region.NATIONWIDE);
        assertThat(gazetteer.resolve(local + nationally.repeat(7))).isEqualTo(new Region("陕西省", "延安市", null));
    }
}
