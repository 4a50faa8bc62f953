package govsearch.index;

import govsearch.report.Region;
import java.util.List;
import java.util.Map;

/**
 * @param total   matching sections
 * @param reports distinct reports with a matching section
 * @param hits    for the requested page of reports, up to 3 sections each, best first
 * @param facets  facet name → values with the number of matching reports
 */
public record SearchResult(long total, long reports, List<Hit> hits, Map<String, List<FacetValue>> facets) {

    public record Hit(String reportId, String sectionId, String reportTitle, String sectionTitle,
                      List<String> sectionPath, Integer year, Region region, String docType, String url,
                      String snippet, float score) {
    }

    public record FacetValue(String value, long count) {
    }
}
