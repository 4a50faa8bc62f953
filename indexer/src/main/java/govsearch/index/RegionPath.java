package govsearch.index;

import govsearch.report.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of the province → city → county tree, written as its names from the province down,
 * joined by {@value #SEPARATOR}: 河南省/漯河市, 河南省/漯河市/舞阳县. County names repeat across the
 * country (鼓楼区 in four cities), so the city and county facets give paths, and a path as the
 * region filter selects exactly that node. A county that belongs to its province directly
 * (北京市/东城区, 河南省/济源市) has two names, like a city: within one province a city and such a
 * county never share a name.
 *
 * @param names two or three names, province first
 */
public record RegionPath(List<String> names) {

    public static final char SEPARATOR = '/';

    public RegionPath {
        names = List.copyOf(names);
        if (names.size() < 2 || names.size() > 3) {
            throw new IllegalArgumentException("a region path has two or three names: " + names);
        }
    }

    /** Whether a region filter value is a path rather than a name (广西, 漯河市, 全国). */
    public static boolean isPath(String region) {
        return region != null && region.indexOf(SEPARATOR) >= 0;
    }

    /** Reads a region filter value that {@link #isPath is a path}; names no part empty, at most three. */
    public static RegionPath parse(String region) {
        List<String> names = new ArrayList<>();
        for (String name : region.split(String.valueOf(SEPARATOR), -1)) {
            String n = name.strip();
            if (n.isEmpty()) {
                throw new BadQuery("region", "region path '" + BadQuery.echo(region) + "' has an empty part; write it as 省/市 or 省/市/县",
                        "地区“" + BadQuery.echo(region) + "”中有空的一级：请写成 省/市 或 省/市/县。");
            }
            names.add(n);
        }
        if (names.size() > 3) {
            throw new BadQuery("region", "region path '" + BadQuery.echo(region) + "' has more than three parts (省/市/县)",
                    "地区“" + BadQuery.echo(region) + "”超过三级（省/市/县）。");
        }
        return new RegionPath(names);
    }

    /** The city's node of a region, 河南省/漯河市; null when the region names no city. */
    public static String city(Region region) {
        return region.province() == null || region.city() == null ? null : join(region.province(), region.city());
    }

    /** The county's node of a region, 河南省/漯河市/舞阳县 or 北京市/东城区; null when it names no county. */
    public static String county(Region region) {
        if (region.province() == null || region.county() == null) {
            return null;
        }
        return region.city() == null ? join(region.province(), region.county())
                : join(region.province(), region.city(), region.county());
    }

    public String province() {
        return names.getFirst();
    }

    /** The second name: a city, or a county directly under the province. */
    public String second() {
        return names.get(1);
    }

    /** The county under the city of {@link #second()}; null for a two-name path. */
    public String county() {
        return names.size() == 3 ? names.get(2) : null;
    }

    @Override
    public String toString() {
        return String.join(String.valueOf(SEPARATOR), names);
    }

    private static String join(String... names) {
        return String.join(String.valueOf(SEPARATOR), names);
    }
}
