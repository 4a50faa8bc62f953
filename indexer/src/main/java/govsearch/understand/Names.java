package govsearch.understand;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Short forms of division names: 广西壮族自治区 → 广西, 恩施土家族苗族自治州 → 恩施, 漯河市 → 漯河. */
final class Names {

    /** Generic suffixes, longest first, so 自治州 goes before 州. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区",
            "省", "市", "州", "盟", "县", "旗", "区");

    /** The 55 minority nationalities as they appear inside autonomous-area names, longest first. */
    private static final List<String> ETHNIC = Stream.of(
                    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白",
                    "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡",
                    "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬",
                    "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
                    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** One-character abbreviations of the provinces (简称), for lookup only, never for scanning text. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("京", "北京市"), Map.entry("津", "天津市"), Map.entry("沪", "上海市"), Map.entry("渝", "重庆市"),
            Map.entry("冀", "河北省"), Map.entry("晋", "山西省"), Map.entry("蒙", "内蒙古自治区"), Map.entry("辽", "辽宁省"),
            Map.entry("吉", "吉林省"), Map.entry("黑", "黑龙江省"), Map.entry("苏", "江苏省"), Map.entry("浙", "浙江省"),
            Map.entry("皖", "安徽省"), Map.entry("闽", "福建省"), Map.entry("赣", "江西省"), Map.entry("鲁", "山东省"),
            Map.entry("豫", "河南省"), Map.entry("鄂", "湖北省"), Map.entry("湘", "湖南省"), Map.entry("粤", "广东省"),
            Map.entry("桂", "广西壮族自治区"), Map.entry("琼", "海南省"), Map.entry("川", "四川省"), Map.entry("蜀", "四川省"),
            Map.entry("贵", "贵州省"), Map.entry("黔", "贵州省"), Map.entry("云", "云南省"), Map.entry("滇", "云南省"),
            Map.entry("藏", "西藏自治区"), Map.entry("陕", "陕西省"), Map.entry("秦", "陕西省"), Map.entry("甘", "甘肃省"),
            Map.entry("陇", "甘肃省"), Map.entry("青", "青海省"), Map.entry("宁", "宁夏回族自治区"),
            Map.entry("新", "新疆维吾尔自治区"), Map.entry("港", "香港特别行政区"), Map.entry("澳", "澳门特别行政区"),
            Map.entry("台", "台湾省"));

    /** Short names of the provinces: 北京, 广西, 内蒙古, 香港 … */
    static final Set<String> PROVINCE_STEMS = ABBREVIATIONS.values().stream()
            .map(Names::stem)
            .collect(Collectors.toUnmodifiableSet());

    private Names() {
    }

    /**
     * The name without its administrative suffix and, for autonomous areas, without the
     * nationalities: 广西壮族自治区 → 广西, 红河哈尼族彝族自治州 → 红河, 克什克腾旗 → 克什克腾.
     * Returns null when fewer than two characters would remain (城区, 沛县).
     */
    static String stem(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    stem = withoutNationalities(stem);
                }
                return stem.length() >= 2 ? stem : null;
            }
        }
        return null;
    }

    private static String withoutNationalities(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ethnic : ETHNIC) {
                String withZu = ethnic + "族";
                if (stem.endsWith(withZu) && stem.length() - withZu.length() >= 2) {
                    stem = stem.substring(0, stem.length() - withZu.length());
                    stripped = true;
                    break;
                }
                if (ethnic.length() >= 2 && stem.endsWith(ethnic) && stem.length() - ethnic.length() >= 2) {
                    stem = stem.substring(0, stem.length() - ethnic.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }
}
