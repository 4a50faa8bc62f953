package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

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
}
