package govsearch.index;

import govsearch.analytics.Trend;
import govsearch.index.lucene.Snippets;
import govsearch.report.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows of the two exports — matching sections and concordance lines — as cells, the same
 * on either backend and in either file format, and as CSV lines. Plain cells (no HTML) so that
 * Stata, R or Excel read them as they are.
 */
public final class ExportRows {

    /** The columns of a section export: what a search hit shows, with the sentence of its first match. */
    public static final List<String> SECTION_COLUMNS = List.of("reportId", "reportTitle", "year", "region", "type",
            "level", "sectionPath", "sentence", "url");

    /** The columns of a concordance export: the section's columns with the line instead of a sentence. */
    public static final List<String> LINE_COLUMNS = List.of("reportId", "reportTitle", "year", "region", "type",
            "level", "sectionPath", "left", "term", "right", "url");

    /** Where the year stands in both: a spreadsheet writes it as a number. */
    public static final int YEAR_COLUMN = 2;

    private ExportRows() {
    }

    public static List<String> section(SearchResult.Hit hit, String adminLevel, String sentence) {
        List<String> cells = source(hit, adminLevel);
        cells.add(sentence);
        cells.add(hit.url());
        return cells;
    }

    public static List<String> line(SearchResult.Hit section, String adminLevel, String left, String match, String right) {
        List<String> cells = source(section, adminLevel);
        cells.add(left);
        cells.add(match);
        cells.add(right);
        cells.add(section.url());
        return cells;
    }

    private static List<String> source(SearchResult.Hit hit, String adminLevel) {
        List<String> cells = new ArrayList<>(11);
        cells.add(hit.reportId());
        cells.add(hit.reportTitle());
        cells.add(hit.year() == null ? "" : hit.year().toString());
        cells.add(regionPath(hit.region()));
        cells.add(hit.docType());
        cells.add(adminLevel);
        cells.add(sectionPath(hit));
        return cells;
    }

    /** 河南省/漯河市/舞阳县: the region from the province down, as the region facet writes it. */
    static String regionPath(Region r) {
        return r == null ? "" : Stream.of(r.province(), r.city(), r.county())
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining("/"));
    }

    /** The headings above the section and its own, joined by " > ". */
    static String sectionPath(SearchResult.Hit hit) {
        List<String> path = new ArrayList<>(hit.sectionPath() == null ? List.of() : hit.sectionPath());
        if (hit.sectionTitle() != null && !hit.sectionTitle().isBlank()) {
            path.add(hit.sectionTitle());
        }
        return String.join(" > ", path);
    }

    /** One CSV line, RFC 4180 quoted, formula-guarded as the trend export is ({@link Trend#csvCell}). */
    public static String csv(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(i == 0 ? "" : ",").append(Trend.csvCell(cell == null ? "" : cell));
        }
        return sb.append('\n').toString();
    }

    /** The sentence around the first match, or the text's first sentence when nothing was asked. */
    public static String sentence(String text, List<Snippets.Span> spans) {
        if (text == null) {
            return "";
        }
        int at = spans.stream().mapToInt(Snippets.Span::start).min().orElse(0);
        String ends = "。！？；!?;\n";
        int from = at;
        while (from > 0 && ends.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.min(at, text.length());
        while (to < text.length() && ends.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }
}
