package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * County → city → province, as issue 4 asks: real county names of nine provinces (a 旗 and a 盟 among
 * them), each looked up and each resolved from a sentence of a report that names only the county.
 */
class CountyResolutionTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @ParameterizedTest(name = "{0} → {1} → {2}")
    @CsvSource({
            "舞阳县, 漯河市, 河南省",
            "克什克腾旗, 赤峰市, 内蒙古自治区",
            "海拉尔区, 呼伦贝尔市, 内蒙古自治区",
            "正镶白旗, 锡林郭勒盟, 内蒙古自治区",
            "大新县, 崇左市, 广西壮族自治区",
            "宁乡市, 长沙市, 湖南省",
            "江阴市, 无锡市, 江苏省",
            "曲阜市, 济宁市, 山东省",
            "香格里拉市, 迪庆藏族自治州, 云南省",
            "恩施市, 恩施土家族苗族自治州, 湖北省",
            "额敏县, 塔城地区, 新疆维吾尔自治区"})
    void aCountyHangsOnItsCityAndProvince(String county, String city, String province) {
        Region want = new Region(province, city, county);
        assertThat(gazetteer.lookup(county)).contains(want);
        // A county government's report naming only itself resolves all the way up.
        String text = "过去一年，在" + county + "委、" + county + "政府的坚强领导下，全县（旗、市、区）上下团结奋斗，"
                + county + "地区生产总值增长6%，" + county + "城乡居民收入稳步提高。";
        assertThat(gazetteer.resolve(text)).isEqualTo(want);
    }

    @Test
    void aReportAnonymisedAsXxDistrictCommitteeResolvesFromThePlacesItNames() {
        String text = """
                xx区委关于2023年统一战线工作情况的报告
                今年以来，xx区委认真贯彻中央和自治区党委统战工作部署。组织党外代表人士赴大新县考察边境贸易和
                德天跨国瀑布景区建设，与钦州港片区、河池市开展产业协作对接，推动北部湾经济区与桂西资源富集区联动。
                xx区委统战部牵头召开民营企业座谈会，听取商会意见建议。
                """;
        Resolution r = gazetteer.resolveWithEvidence(text);
        assertThat(r.region().province()).isEqualTo("广西壮族自治区");
        assertThat(r.evidence()).extracting(Resolution.Mention::name).contains("大新县", "钦州", "河池市");
    }

    @Test
    void aNationalReportNamingOnePlaceInPassingStaysNational() {
        // From the report to the twelfth Party congress (1982), once its opening lines are cut: it names
        // 延安 and no other place, speaks of 党中央 and 全国 and never as a local committee (全省, 省委 …).
        String text = """
                自从一九七六年十月粉碎江青反革命集团以来，特别是党的十一届三中全会以来，经过全党全军全国各族人民的艰苦努力，
                我们已经在指导思想上完成了拨乱反正的艰巨任务。党中央认为，全国各族人民团结一致，国民经济得到恢复。
                要继承和发扬延安整风的精神，本着“惩前毖后，治病救人”的方针。党中央号召全党同志，全国人民共同奋斗。
                """;
        assertThat(gazetteer.resolve(text)).isEqualTo(Region.NATIONWIDE);
    }
}
