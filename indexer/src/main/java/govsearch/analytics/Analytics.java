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

    /** Stored sentences sharing most character bigrams with the draft, best candidates first. */
    List<Sentence> similarSentences(String draft, SearchQuery filters, int candidates) throws IOException;
}
