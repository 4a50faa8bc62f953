package govsearch.index.lucene;

import govsearch.analytics.Sentences;
import govsearch.index.ExportRows;
import govsearch.index.ReportIndex.LineSink;
import govsearch.index.ReportIndex.MatchSink;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult.Hit;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * The exports on the embedded index: every matching section, or every concordance line, in
 * corpus order — a page of sections at a time by {@code searchAfter}, as Elasticsearch pages by
 * {@code search_after}, so that memory holds one page whatever the number of matches.
 */
final class LuceneExports {

    /** Sections per page: a page's sort values are all an export holds. */
    static final int PAGE = 10_000;

    /** Year (none last), report id, the report's order: the order of the concordance and of Elasticsearch. */
    private static final Sort IN_CORPUS_ORDER;

    static {
        SortField year = new SortField(Fields.YEAR, SortField.Type.INT);
        year.setMissingValue(Integer.MAX_VALUE);
        IN_CORPUS_ORDER = new Sort(year, new SortField(Fields.REPORT_ID, SortField.Type.STRING),
                new SortField(Fields.ORDINAL, SortField.Type.LONG));
    }

    private LuceneExports() {
    }

    static void eachMatch(IndexSearcher s, SearchQuery q, MatchSink sink, int page) throws IOException {
        Query query = LuceneQueries.of(q);
        Weight weight = q.matchesEverything() ? null : s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        each(s, query, page, (doc, d, level) -> {
            List<Snippets.Span> spans = LuceneReportIndex.spans(s, weight, doc, d.get(Fields.TEXT));
            sink.accept(LuceneReportIndex.hit(d, spans), level, ExportRows.sentence(d.get(Fields.TEXT), spans));
        });
    }

    /** The lines {@link LuceneAnalytics#concordance} makes, every one of them. */
    static void eachLine(IndexSearcher s, String term, SearchQuery filters, int width, LineSink sink, int page)
            throws IOException {
        Query literal = LuceneAnalytics.literal("q", term);
        Weight matcher = s.createWeight(s.rewrite(literal), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        each(s, LuceneAnalytics.both(literal, filters), page, (doc, d, level) -> {
            String text = d.get(Fields.TEXT);
            Hit section = LuceneReportIndex.hit(d, List.of());
            for (int[] span : LuceneAnalytics.offsets(matcher, leaves, doc, text)) {
                int from = Math.max(Sentences.sentenceStart(text, span[0]), span[0] - width);
                int to = Math.min(Sentences.sentenceEnd(text, span[1] - 1), span[1] + width);
                sink.accept(section, level, text.substring(from, span[0]), text.substring(span[0], span[1]),
                        text.substring(span[1], Math.max(span[1], to)));
            }
        });
    }

    private interface SectionSink {
        void accept(int doc, Document shown, String adminLevel) throws IOException;
    }

    private static void each(IndexSearcher s, Query query, int page, SectionSink sink) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StoredFields stored = s.storedFields();
        FieldDoc after = null;
        while (true) {
            TopFieldDocs top = s.searchAfter(after, query, page, IN_CORPUS_ORDER, false);
            for (ScoreDoc hit : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                // a fresh iterator per section: the page is in corpus order, not in doc id order
                SortedDocValues levels = DocValues.getSorted(leaf.reader(), Fields.ADMIN_LEVEL);
                String level = levels.advanceExact(hit.doc - leaf.docBase) ? levels.lookupOrd(levels.ordValue()).utf8ToString() : "";
                sink.accept(hit.doc, stored.document(hit.doc, Fields.SHOWN), level);
            }
            if (top.scoreDocs.length < page) {
                return;
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
    }
}
