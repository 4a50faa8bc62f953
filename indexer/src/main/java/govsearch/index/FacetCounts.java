package govsearch.index;

import govsearch.index.SearchResult.FacetValue;
import govsearch.report.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a search, counted the same way on every backend: each matching report once under
 * each of its values, so that a value applied as its filter gives exactly its count. City and
 * county values are {@link RegionPath}s (河南省/漯河市, 河南省/漯河市/舞阳县): county names repeat.
 * A report's domains are those of its matching sections — what the domain filter keeps.
 */
public final class FacetCounts {

    /** The facets of every search result, in this order. */
    public static final List<String> FACETS = List.of("year", "province", "city", "county", "type", "level", "domain",
            "issuer");

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

    public FacetCounts() {
        FACETS.forEach(f -> counts.put(f, new HashMap<>()));
    }

    /** Counts one matching report. */
    public void add(Integer year, Region region, String docType, String level, Collection<String> domains) {
        add(year, region, docType, level, domains, null);
    }

    /** Counts one matching report, with who issued it (its page's 发布机构 / 发文机关), or null. */
    public void add(Integer year, Region region, String docType, String level, Collection<String> domains, String issuer) {
        count("issuer", issuer);
        count("year", year == null ? null : String.valueOf(year));
        count("province", region.province());
        count("city", RegionPath.city(region));
        count("county", RegionPath.county(region));
        count("type", docType);
        count("level", level);
        domains.stream().distinct().forEach(d -> count("domain", d));
    }

    private void count(String facet, String value) {
        count(facet, value, 1);
    }

    /** Adds reports under one value of a facet: for a backend that counts them itself. */
    public void count(String facet, String value, long reports) {
        if (value != null) {
            counts.get(facet).merge(value, reports, Long::sum);
        }
    }

    /** Facet → values; years in order, every other facet most reports first, then by value. */
    public Map<String, List<FacetValue>> facets() {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        counts.forEach((facet, byValue) -> {
            List<FacetValue> values = new ArrayList<>();
            byValue.forEach((v, c) -> values.add(new FacetValue(v, c)));
            values.sort(facet.equals("year") ? Comparator.comparing(FacetValue::value)
                    : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
            out.put(facet, values);
        });
        return out;
    }
}
