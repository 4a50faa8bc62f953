package govsearch.index;

import govsearch.analytics.Analytics;
import govsearch.report.Report;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where reports are kept and searched, one document per section. The embedded Lucene index is the
 * default; an Elasticsearch cluster is the other implementation of the same contract.
 */
public interface ReportIndex extends Analytics, Closeable {

    /**
     * Adds reports, replacing any report with the same id or the same url. Not visible to search,
     * and not durable, until {@link #commit()}.
     */
    void add(List<Report> reports) throws IOException;

    /** Makes everything added so far durable and searchable. */
    void commit() throws IOException;

    /**
     * Writes one buffer of added reports ahead of the next {@link #commit()}, on the calling
     * thread, so that several threads can share what a commit would do on one; false when there
     * was nothing to write. Nothing becomes searchable or durable before the commit.
     */
    default boolean flushBuffer() throws IOException {
        return false;
    }

    /** Whether a report with this id is committed (lets a re-run import skip what it already did). */
    boolean contains(String reportId) throws IOException;

    SearchResult search(SearchQuery query) throws IOException;

    /**
     * Every section the query matches, not only a page's best three per report, handed to the sink
     * one at a time in corpus order (year, none last; report id; the report's order), a page of
     * sections at a time, so that an export never holds them all.
     */
    default void eachMatch(SearchQuery query, MatchSink sink) throws IOException {
        throw new UnsupportedOperationException("this backend cannot export every match");
    }

    /** One matching section of {@link #eachMatch}: its hit, its author's level and the sentence of its first match. */
    interface MatchSink {
        void accept(SearchResult.Hit hit, String adminLevel, String sentence) throws IOException;
    }

    /**
     * Every concordance line of a term, not only the first {@link govsearch.analytics.Concordance#MAX_LINES}:
     * the lines {@link #concordance} makes, in its order, handed to the sink one at a time; as many
     * as its total counts.
     */
    default void eachLine(String term, SearchQuery filters, int width, LineSink sink) throws IOException {
        throw new UnsupportedOperationException("this backend cannot export every concordance line");
    }

    /** One line of {@link #eachLine}: its section (as a hit without a snippet), the author's level and the line. */
    interface LineSink {
        void accept(SearchResult.Hit section, String adminLevel, String left, String match, String right) throws IOException;
    }

    /** The types and levels of the reports the filters keep, as the search facets count them (same on every backend). */
    @Override
    default govsearch.analytics.CorpusStats.Kinds kinds(SearchQuery filters) throws IOException {
        SearchQuery one = new SearchQuery(filters.words(), filters.phrases(), filters.excluded(), filters.years(),
                filters.region(), filters.docType(), 0, 1, filters.domain(), filters.level(), filters.cites());
        var facets = search(one).facets();
        return new govsearch.analytics.CorpusStats.Kinds(values(facets.get("type")), values(facets.get("level")));
    }

    private static List<String> values(List<SearchResult.FacetValue> facet) {
        return facet == null ? List.of() : facet.stream().map(SearchResult.FacetValue::value).toList();
    }

    Optional<Report> report(String id) throws IOException;

    ReportList reports(int page, int size) throws IOException;

    /** Number of committed reports. */
    int size() throws IOException;

    /** Changes whenever committed content changes; caches key on it. */
    long generation();
}
