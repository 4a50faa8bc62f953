package govsearch.analytics;

import govsearch.report.Region;
import java.util.List;
import java.util.Map;

/** What a backend counts for the analytics; the measures built on them live beside it in this package. */
public final class CorpusStats {

    private CorpusStats() {
    }

    /** One year of a (filtered) sub-corpus. */
    public record YearTotal(int year, long reports, long sections, long chars) {
    }

    /**
     * The report types and author levels a sub-corpus holds, most reports first: the groups a trend
     * can be split into, and whose mix over the years it reports.
     */
    public record Kinds(List<String> types, List<String> levels) {

        public static final Kinds NONE = new Kinds(List.of(), List.of());

        public Kinds {
            types = List.copyOf(types);
            levels = List.copyOf(levels);
        }
    }

    /** Occurrences of a term in one year, and how many reports it occurs in. */
    public record TermYear(int year, long count, long reports) {
    }

    /** Word frequencies of a sub-corpus. {@code sampledChars < chars} when only part of it was read. */
    public record WordCounts(long reports, long sections, long chars, long sampledChars, long tokens,
                             Map<String, Long> counts) {
    }

    /** One occurrence of a string with the text around it, inside its sentence. */
    public record KwicLine(String left, String match, String right, String reportId, String sectionId,
                           Integer year, Region region, String reportTitle) {
    }

    public record KwicLines(long total, List<KwicLine> lines) {
    }

    /** A stored sentence, found as a candidate precedent for a draft. */
    public record Sentence(String text, String reportId, String sectionId, String reportTitle,
                           List<String> sectionPath, Integer year, Region region) {
    }
}
