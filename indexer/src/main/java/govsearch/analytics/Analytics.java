package govsearch.analytics;

import govsearch.analytics.CorpusStats.Kinds;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.List;

/**
 * The counts a backend provides for trends, comparisons, concordances and precedent phrasing.
 * Every method takes the search filters (year, region, type, and q, which narrows the sub-corpus to
 * the sections it matches). A term is matched literally, character for character after folding, as
 * a quoted string is in search.
 */
public interface Analytics {

    /** Reports, sections and characters per year of the filtered sub-corpus; years without documents absent. */
    List<YearTotal> yearTotals(SearchQuery filters) throws IOException;

    /**
     * The report types and author levels of the filtered sub-corpus. A backend that cannot tell
     * answers none, and trends then neither report their mix nor split by them.
     */
    default Kinds kinds(SearchQuery filters) throws IOException {
        return Kinds.NONE;
    }

    /** Occurrences of a term per year (only years where it occurs). */
    List<TermYear> termByYear(String term, SearchQuery filters) throws IOException;

    /** Word (IK smart) frequencies of the sub-corpus, reading at most {@code maxChars} of it, evenly sampled. */
    WordCounts wordCounts(SearchQuery filters, long maxChars) throws IOException;

    /**
     * Keyword-in-context lines for a term, context cut at the sentence. Collects at most {@code limit}
     * lines in index order; {@code total} counts all occurrences.
     */
    KwicLines concordance(String term, SearchQuery filters, int width, int limit) throws IOException;

    /**
     * Lines {@code [from, from + size)} of a term's concordance in the given order: corpus order for
     * {@link Concordance.Sort#year}; by context, the first {@link Concordance#sortedLines} lines in
     * corpus order sorted by their folded context (ties in corpus order). {@code total} counts all.
     */
    default KwicLines concordancePage(String term, SearchQuery filters, int width, Concordance.Sort sort, int from, int size)
            throws IOException {
        return concordancePage(term, filters, width, sort, false, from, size);
    }

    /** As above; {@code descending}: newest year first (lines without a year last), or contexts Z to A. */
    default KwicLines concordancePage(String term, SearchQuery filters, int width, Concordance.Sort sort, boolean descending,
                                      int from, int size) throws IOException {
        int sorted = Concordance.sortedLines(this);
        boolean newestFirst = sort == Concordance.Sort.year && descending;
        KwicLines found = concordance(term, filters, width, sort == Concordance.Sort.year && !descending
                ? (int) Math.min(sorted, (long) from + size) : sorted);
        List<govsearch.analytics.CorpusStats.KwicLine> lines = new java.util.ArrayList<>(found.lines());
        if (newestFirst && found.total() > lines.size()) {
            // Lines are read oldest first: past what is read, read again from the newest years only.
            lines = new java.util.ArrayList<>(concordance(term, filters.withYears(Concordance.newest(this, term, filters)),
                    width, sorted).lines());
        }
        Concordance.sortByContext(lines, sort, descending);
        return new KwicLines(found.total(), from >= lines.size() ? List.of()
                : List.copyOf(lines.subList(from, Math.min(lines.size(), from + size))));
    }

    /**
     * Each filler of a wildcard with how often it stands in the sub-corpus ({@link Wildcard#fillersAt}
     * at every occurrence of its anchor).
     */
    default java.util.Map<String, Long> fillers(Wildcard wildcard, SearchQuery filters) throws IOException {
        return Wildcard.fillersFromLines(this, wildcard, filters);
    }

    /** A section's year, report, id, report title and text. */
    interface SectionText {
        void accept(int year, String reportId, String sectionId, String reportTitle, String text) throws IOException;
    }

    /** Every section of the sub-corpus that has a year, with its text, in corpus order. */
    default void eachSection(SearchQuery filters, SectionText sink) throws IOException {
        throw new UnsupportedOperationException("this backend cannot read every section's text");
    }

    /**
     * For first appearances, without reading the text: of the given strings (folded Han strings of
     * {@link FirstUses#MIN_LENGTH} to {@link FirstUses#MAX_LENGTH} characters, every prefix of one
     * that is that long among them), each that no section of {@code before} holds and some section of
     * {@code after} does, with its occurrences there (overlapping ones each), the distinct years of
     * those sections and the last. False when the backend has no index to answer from; {@link
     * FirstUses} then reads the sections' text.
     */
    default boolean laterUses(SearchQuery before, SearchQuery after, List<String> strings, FirstUses.LaterUse sink)
            throws IOException {
        return false;
    }

    /** Stored sentences sharing most character bigrams with the draft, best candidates first. */
    List<Sentence> similarSentences(String draft, SearchQuery filters, int candidates) throws IOException;
}
