package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Evidence;
import govsearch.report.EvidenceRule;
import govsearch.report.Region;
import org.junit.jupiter.api.Test;

class LevelRuleTest {

    @Test
    void theRegionGivesTheLevel() {
        assertThat(LevelRule.read(Region.NATIONWIDE, "现在，我代表国务院，向大会报告政府工作。").level()).isEqualTo("国家");
        assertThat(LevelRule.read(Region.province("河北省"), "各位代表：").level()).isEqualTo("省");
        assertThat(LevelRule.read(new Region("河南省", "漯河市", null), "各位代表：").level()).isEqualTo("市");
        assertThat(LevelRule.read(new Region("河南省", "漯河市", "舞阳县"), "各位代表：").level()).isEqualTo("县");
        assertThat(LevelRule.read(Region.UNKNOWN, "各位代表：").level()).isNull();
    }

    @Test
    void howTheTextSpeaksOfItsOwnAreaGoesDeeperThanTheRegion() {
        String county = "今年以来，我县统战工作在县委的坚强领导下，全县上下凝心聚力，县委统战部牵头推进。";
        assertThat(LevelRule.read(Region.province("广西壮族自治区"), county).level()).isEqualTo("县");
        String town = "今年以来，我镇在镇党委的领导下，全镇统战工作扎实推进，镇党委书记亲自部署。";
        assertThat(LevelRule.read(Region.UNKNOWN, town).level()).isEqualTo("乡镇/街道");
    }

    @Test
    void aMunicipalitySaysCityOfTheWholeProvinceLevel() {
        String text = "过去一年，全市经济运行稳中向好，市委市政府坚强领导，全市人民团结奋斗。";
        assertThat(LevelRule.read(Region.province("北京市"), text).level()).isEqualTo("省");
    }

    @Test
    void threeSelfReferencesAreEnoughAndTwoAreNot() {
        Region guangxi = Region.province("广西壮族自治区");
        assertThat(LevelRule.read(guangxi, "今年我县粮食丰收，全县上下一心，县委坚强领导。").level()).isEqualTo("县");
        assertThat(LevelRule.read(guangxi, "今年我县粮食丰收，全县上下一心。").level()).isEqualTo("省");
    }

    /** A county's report speaks of the city's party committee too; as often as of its own, it is still the county's. */
    @Test
    void aTieGoesToTheDeeperLevel() {
        String text = "我县认真落实市委部署，全县贯彻市委要求，县委按照市委安排推进。";   // 县: 我县 全县 县委; 市: 市委 ×3
        assertThat(LevelRule.read(Region.UNKNOWN, text).level()).isEqualTo("县");
    }

    @Test
    void speakingOfTheLevelAboveDoesNotLiftACountysReport() {
        String text = "全县认真贯彻市委决策部署，落实市政府工作要求，在市委坚强领导下，完成市政府下达的目标。";
        assertThat(LevelRule.read(new Region("河南省", "漯河市", "舞阳县"), text).level()).isEqualTo("县");
    }

    @Test
    void theEvidenceQuotesTheFirstSelfReferenceAndCountsThemAll() {
        LevelRule.Reading r = LevelRule.read(Region.UNKNOWN, "过去一年，我县经济平稳。全县人民团结奋斗，县委坚强领导。");
        assertThat(r.level()).isEqualTo("县");
        assertThat(r.evidence()).containsExactly(new Evidence(EvidenceRule.SELF_REFERENCE, "我县 ×3", 5, "县", 3));
    }

    @Test
    void aNationalRegionIsEvidenceOfTheNationalLevel() {
        LevelRule.Reading r = LevelRule.read(Region.NATIONWIDE, "各位代表：");
        assertThat(r.evidence()).containsExactly(new Evidence(EvidenceRule.REGION, "全国", -1, "国家", 3));
    }
}
