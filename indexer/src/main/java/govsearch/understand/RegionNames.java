package govsearch.understand;

import govsearch.report.Region;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The names a region filter should match: each level's full name and its short form (广西壮族自治区 → 广西). */
public final class RegionNames {

    private static final List<String> SUFFIXES = List.of(
            "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市", "地区", "盟", "自治州", "县", "区", "旗");

    private RegionNames() {
    }

    public static Set<String> aliases(Region region) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[]{region.province(), region.city(), region.county()}) {
            if (name != null) {
                names.add(name);
                names.add(shortName(name));
            }
        }
        return names;
    }

    public static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
