package govsearch.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import govsearch.analytics.Sentences;
import govsearch.index.ExportRows;
import govsearch.index.ReportIndex.LineSink;
import govsearch.index.ReportIndex.MatchSink;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.lucene.Snippets.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exports on Elasticsearch: every matching section, or every concordance line, in corpus
 * order — the rows and order of the Lucene backend. Pages of {@value #PAGE} sections by
 * {@code search_after} inside one point in time, so the export reads one consistent view of the
 * index (a commit during it changes nothing) and holds one page at a time.
 */
final class EsExports {

    static final int PAGE = 1000;
    /** Long enough for the writer of one page to hand its rows on; each page renews it. */
    private static final String KEEP_ALIVE = "2m";
    private static final List<String> FIELDS = List.of("reportId", "sectionId", "title", "number", "sectionTitle",
            "path", "year", "province", "city", "county", "docType", "url", "content", "adminLevel");

    private final ElasticsearchClient client;
    private final String index;

    EsExports(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    void eachMatch(SearchQuery q, MatchSink sink) throws IOException {
        each(EsQueries.of(q), d -> {
            String content = (String) d.get("content");
            List<Span> spans = new Matches(content).of(q);
            sink.accept(section(d), level(d), ExportRows.sentence(content, spans));
        });
    }

    /** The lines {@link ElasticsearchReportIndex#concordance} makes, every one of them. */
    void eachLine(Query sectionsWithTerm, String term, int width, LineSink sink) throws IOException {
        each(sectionsWithTerm, d -> {
            String text = (String) d.get("content");
            SearchResult.Hit section = section(d);
            String level = level(d);
            for (Span span : new Matches(text).literal(term)) {
                int start = Math.max(Sentences.sentenceStart(text, span.start()), span.start() - width);
                int end = Math.min(Sentences.sentenceEnd(text, span.end() - 1), span.end() + width);
                sink.accept(section, level, text.substring(start, span.start()), text.substring(span.start(), span.end()),
                        text.substring(span.end(), Math.max(span.end(), end)));
            }
        });
    }

    private interface SectionSink {
        void accept(Map<String, Object> section) throws IOException;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void each(Query query, SectionSink sink) throws IOException {
        String pit = Calls.read("export", () -> client.openPointInTime(o -> o.index(index)
                .keepAlive(k -> k.time(KEEP_ALIVE)))).id();
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                String id = pit;
                SearchResponse<Map> r = Calls.read("export", () -> client.search(s -> {
                    s.pit(p -> p.id(id).keepAlive(k -> k.time(KEEP_ALIVE))).query(query).size(PAGE)
                            .trackTotalHits(t -> t.enabled(false)).sort(ElasticsearchReportIndex.IN_CORPUS_ORDER)
                            .source(src -> src.filter(f -> f.includes(FIELDS)));
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, Map.class));
                if (r.pitId() != null) {
                    pit = r.pitId();
                }
                List<Hit<Map>> hits = r.hits().hits();
                for (Hit<Map> h : hits) {
                    sink.accept(h.source());
                }
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.getLast().sort();
            }
        } finally {
            close(pit);
        }
    }

    /** Frees the point in time now rather than when its keep-alive runs out; a failure to do so only waits for that. */
    private void close(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | RuntimeException e) {
            // the cluster drops it after KEEP_ALIVE
        }
    }

    private static SearchResult.Hit section(Map<String, Object> d) {
        List<String> path = new ArrayList<>();
        Object p = d.get("path");
        if (p instanceof List<?> l) {
            l.forEach(x -> path.add(String.valueOf(x)));
        } else if (p != null) {
            path.add(p.toString());
        }
        Object year = d.get("year");
        return new SearchResult.Hit((String) d.get("reportId"), (String) d.get("sectionId"), (String) d.get("title"),
                d.get("number") + "" + d.get("sectionTitle"), path, year == null ? null : ((Number) year).intValue(),
                new govsearch.report.Region((String) d.get("province"), (String) d.get("city"), (String) d.get("county")),
                (String) d.get("docType"), (String) d.get("url"), "", 0f);
    }

    private static String level(Map<String, Object> d) {
        Object level = d.get("adminLevel");
        return level == null ? "" : level.toString();
    }
}
