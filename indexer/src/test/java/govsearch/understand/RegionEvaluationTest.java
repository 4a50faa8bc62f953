package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.report.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Resolves the 31 provincial government work reports of 2025 in {@code corpus/provincial-2025/}
 * (found through the system property {@code corpus.dir}, else {@code ../corpus} from the module)
 * and checks that each comes out as its province, at province level.
 */
class RegionEvaluationTest {

    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("anhui", "安徽省"), Map.entry("beijing", "北京市"), Map.entry("chongqing", "重庆市"),
            Map.entry("fujian", "福建省"), Map.entry("gansu", "甘肃省"), Map.entry("guangdong", "广东省"),
            Map.entry("guangxi", "广西壮族自治区"), Map.entry("guizhou", "贵州省"), Map.entry("hainan", "海南省"),
            Map.entry("hebei", "河北省"), Map.entry("heilongjiang", "黑龙江省"), Map.entry("henan", "河南省"),
            Map.entry("hubei", "湖北省"), Map.entry("hunan", "湖南省"), Map.entry("jiangsu", "江苏省"),
            Map.entry("jiangxi", "江西省"), Map.entry("jilin", "吉林省"), Map.entry("liaoning", "辽宁省"),
            Map.entry("neimenggu", "内蒙古自治区"), Map.entry("ningxia", "宁夏回族自治区"), Map.entry("qinghai", "青海省"),
            Map.entry("shaanxi", "陕西省"), Map.entry("shandong", "山东省"), Map.entry("shanghai", "上海市"),
            Map.entry("shanxi", "山西省"), Map.entry("sichuan", "四川省"), Map.entry("tianjin", "天津市"),
            Map.entry("xinjiang", "新疆维吾尔自治区"), Map.entry("xizang", "西藏自治区"), Map.entry("yunnan", "云南省"),
            Map.entry("zhejiang", "浙江省"));

    @Test
    void everyProvincialReportOf2025ResolvesToItsProvince() throws IOException {
        Path dir = Path.of(System.getProperty("corpus.dir", "../corpus")).resolve("provincial-2025");
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        PROVINCES.forEach((file, province) -> {
            try {
                String text = Files.readString(dir.resolve(file + "-2025.txt"));
                Resolution r = Gazetteer.get().resolveWithEvidence(text);
                if (!r.region().equals(Region.province(province))) {
                    wrong.add(file + ": " + r.region() + " " + r.evidence().subList(0, Math.min(5, r.evidence().size())));
                }
            } catch (IOException e) {
                wrong.add(file + ": " + e);
            }
        });
        System.out.printf("region of provincial 2025 reports: %d/%d right%n",
                PROVINCES.size() - wrong.size(), PROVINCES.size());
        assertThat(wrong).isEmpty();
    }
}
