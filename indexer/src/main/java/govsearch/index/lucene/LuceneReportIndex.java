package govsearch.index.lucene;

import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.index.FacetCounts;
import govsearch.index.QueryDeadline;
import govsearch.index.ReportIndex;
import govsearch.index.ReportList;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.SearchResult.FacetValue;
import govsearch.index.SearchResult.Hit;
import govsearch.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded default: a Lucene index on disk, one document per section. Searches see what was
 * last committed; an import killed half way leaves the previous commit intact.
 */
public final class LuceneReportIndex implements ReportIndex, govsearch.analytics.Concordance.LargeSorts {

    private static final Sort BY_ORDINAL = new Sort(new SortField(Fields.ORDINAL, SortField.Type.LONG));
    private static final Sort NEWEST_FIRST;

    static {
        SortField year = new SortField(Fields.YEAR, SortField.Type.INT, true);
        year.setMissingValue(Integer.MIN_VALUE);
        // Reports of one year by id, as Elasticsearch lists them: index order depends on how the import's threads interleaved.
        NEWEST_FIRST = new Sort(year, new SortField(Fields.REPORT_ID, SortField.Type.STRING), SortField.FIELD_DOC);
    }

    /** The default per-query time limit; see {@link #queryTimeout(Duration)}. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    /** Searchers are shared; their timeout consults the deadline of the request running on this thread. */
    private static final QueryTimeout CURRENT_DEADLINE = () -> {
        QueryDeadline d = QueryDeadline.current();
        return d != null && d.shouldStop();
    };

    /** For loops that walk postings or stored text themselves: stops the query once it is past its limit. */
    static void checkDeadline() {
        QueryDeadline d = QueryDeadline.current();
        if (d != null) {
            d.check();
        }
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Sections' words for comparisons: 2 M (section, word) entries, about 25 MB of heap. */
    private final SectionWords sectionWords = new SectionWords(2_000_000);
    /** Suffix arrays of the segments, for counting and locating literal strings. */
    private final StringIndex strings;
    private volatile Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;

    private LuceneReportIndex(Directory directory, IndexWriter writer, StringIndex strings) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.strings = strings;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                // A searcher is published with every segment's suffix arrays built: literal strings
                // are found there (LiteralQuery), there is no other index of them to fall back on.
                strings.update(reader);
                IndexSearcher searcher = new StringsSearcher(reader, strings);
                searcher.setTimeout(CURRENT_DEADLINE);
                return searcher;
            }
        });
    }

    /**
     * Limits each search or analysis (all the Lucene searches it makes) to {@code limit}: past it,
     * collection stops and {@link govsearch.index.QueryTimedOut} is thrown instead of a partial answer.
     */
    public LuceneReportIndex queryTimeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, got " + limit);
        }
        this.queryTimeout = limit;
        return this;
    }

    /** Opens (or creates) the index in {@code dir}. Fails if another process holds it. */
    public static LuceneReportIndex open(Path dir) throws IOException {
        return open(FSDirectory.open(dir));
    }

    /** Opens (or creates) the index in {@code directory}, which it closes on {@link #close()}. */
    static LuceneReportIndex open(Directory directory) throws IOException {
        return open(directory, govsearch.index.strings.SegmentStrings.CHUNK_CHARS);
    }

    /** With suffix-array chunks of at most {@code chunkChars} characters (small ones in tests). */
    static LuceneReportIndex open(Directory directory, int chunkChars) throws IOException {
        StringIndex strings = new StringIndex(directory, chunkChars);
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false)
                .setMergedSegmentWarmer(strings::buildMerged);
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            if (writer.getDocStats().numDocs == 0 && !org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            // The first searcher builds the suffix arrays an index written before them, or by a build
            // killed half way, lacks.
            try {
                return new LuceneReportIndex(directory, writer, strings);
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    public void add(List<Report> reports) throws IOException {
        for (Report report : reports) {
            writer.deleteDocuments(new Term(Fields.REPORT_ID, report.id()), new Term(Fields.URL, report.url()));
            writer.addDocuments(SectionDocuments.of(report));
        }
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
        // The new searcher's factory builds the suffix arrays its segments lack.
        searchers.maybeRefreshBlocking();
    }

    /**
     * Waits for the merges still running (each also builds its merged segment's suffix arrays),
     * then commits: the index as it stays, for a benchmark's size and an import's full cost.
     */
    public void settle() throws IOException {
        if (writer.getConfig().getMergeScheduler() instanceof org.apache.lucene.index.ConcurrentMergeScheduler merges) {
            merges.sync();
        }
        commit();
    }

    /** One thread's in-memory segment written out: commit would write them all on its own thread, one after another. */
    @Override
    public boolean flushBuffer() throws IOException {
        return writer.flushNextBuffer();
    }

    @Override
    public boolean contains(String reportId) throws IOException {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.REPORT_ID, reportId))) > 0);
    }

    @Override
    public int size() throws IOException {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.FIRST, "1"))));
    }

    @Override
    public long generation() {
        try {
            return withSearcher(s -> ((org.apache.lucene.index.DirectoryReader) s.getIndexReader()).getVersion());
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        Query query = LuceneQueries.of(q);
        return withSearcher(s -> {
            ReportHits hits = s.search(query, ReportHits.manager());
            List<ReportHits.Group> groups = hits.groups;
            groups.sort(Comparator.comparingDouble((ReportHits.Group g) -> -g.best)
                    .thenComparing(g -> g.year == null ? Integer.MIN_VALUE : -g.year)
                    .thenComparing(g -> g.reportId));
            int from = Math.min(groups.size(), q.page() * q.size());
            int to = Math.min(groups.size(), from + q.size());
            Weight weight = q.matchesEverything() ? null
                    : s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
            StoredFields stored = s.storedFields();
            List<Hit> page = new ArrayList<>();
            for (ReportHits.Group g : groups.subList(from, to)) {
                Integer[] order = new Integer[g.kept];
                for (int i = 0; i < g.kept; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (a, b) -> g.scores[a] != g.scores[b]
                        ? Float.compare(g.scores[b], g.scores[a]) : Integer.compare(g.docs[a], g.docs[b]));
                for (int i : order) {
                    page.add(hit(s, stored, weight, g.docs[i], g.scores[i]));
                }
            }
            return new SearchResult(hits.sections, groups.size(), page, facets(groups));
        });
    }

    @Override
    public void eachMatch(SearchQuery q, MatchSink sink) throws IOException {
        withSearcher(s -> {
            LuceneExports.eachMatch(s, q, sink, LuceneExports.PAGE);
            return null;
        });
    }

    @Override
    public void eachLine(String term, SearchQuery filters, int width, LineSink sink) throws IOException {
        withSearcher(s -> {
            LuceneExports.eachLine(s, term, filters, width, sink, LuceneExports.PAGE);
            return null;
        });
    }

    private static Map<String, List<FacetValue>> facets(List<ReportHits.Group> groups) {
        FacetCounts counts = new FacetCounts();
        for (ReportHits.Group g : groups) {
            counts.add(g.year, g.region, g.docType, g.level, g.domains, g.issuer);
        }
        return counts.facets();
    }

    private static Hit hit(IndexSearcher s, StoredFields stored, Weight weight, int doc, float score) throws IOException {
        Document d = stored.document(doc, Fields.SHOWN);
        return hit(d, spans(s, weight, doc, d.get(Fields.TEXT)), score);
    }

    static Hit hit(Document d, List<Snippets.Span> spans) {
        return hit(d, spans, 0);
    }

    static List<Snippets.Span> spans(IndexSearcher s, Weight weight, int doc, String text) throws IOException {
        List<Snippets.Span> spans = new ArrayList<>();
        if (weight != null) {
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = weight.matches(leaf, doc - leaf.docBase);
            if (matches != null) {
                MatchesIterator it = matches.getMatches(Fields.TEXT);
                while (it != null && it.next()) {
                    spans.add(new Snippets.Span(it.startOffset(), it.endOffset()));
                }
                it = matches.getMatches(Fields.EXACT);
                while (it != null && it.next()) {
                    spans.add(new Snippets.Span(it.startOffset(), it.endOffset()));
                }
            }
        }
        return spans;
    }

    private static Hit hit(Document d, List<Snippets.Span> spans, float score) {
        String text = d.get(Fields.TEXT);
        String sectionTitle = d.get(Fields.NUMBER) + d.get(Fields.SECTION_TITLE);
        return new Hit(d.get(Fields.REPORT_ID), d.get(Fields.SECTION_ID), d.get(Fields.TITLE), sectionTitle,
                SectionDocuments.path(d), SectionDocuments.year(d), SectionDocuments.region(d), d.get(Fields.DOC_TYPE),
                d.get(Fields.URL), Snippets.of(text, spans), score);
    }

    @Override
    public Optional<Report> report(String id) throws IOException {
        return withSearcher(s -> {
            Query sections = new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.REPORT_ID, id)), org.apache.lucene.search.BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(Fields.KIND, Fields.SECTION)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = s.search(sections, 100_000, BY_ORDINAL);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            StoredFields stored = s.storedFields();
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                docs.add(stored.document(sd.doc));
            }
            return Optional.of(SectionDocuments.report(docs));
        });
    }

    @Override
    public ReportList reports(int page, int size) throws IOException {
        return withSearcher(s -> {
            Query first = new TermQuery(new Term(Fields.FIRST, "1"));
            int total = s.count(first);
            int from = page * size;
            if (from >= total) {
                return new ReportList(total, List.of());
            }
            TopDocs top = s.search(first, from + size, NEWEST_FIRST);
            StoredFields stored = s.storedFields();
            List<ReportList.Entry> entries = new ArrayList<>();
            for (int i = from; i < top.scoreDocs.length; i++) {
                Document d = stored.document(top.scoreDocs[i].doc, Fields.SHOWN);
                entries.add(new ReportList.Entry(d.get(Fields.REPORT_ID), d.get(Fields.TITLE), d.get(Fields.URL),
                        SectionDocuments.year(d), SectionDocuments.region(d), d.get(Fields.DOC_TYPE)));
            }
            return new ReportList(total, entries);
        });
    }

    @Override
    public List<YearTotal> yearTotals(SearchQuery filters) throws IOException {
        return withSearcher(s -> {
            StringIndex.Segment[] segments = StringCounts.segments(s, strings);
            if (segments == null) {
                return LuceneAnalytics.yearTotals(s, filters);
            }
            Query q = subCorpus(filters);
            Object key = List.of(s.getIndexReader().getReaderCacheHelper().getKey(), q == null ? "every section" : q);
            @SuppressWarnings("unchecked")
            List<YearTotal> totals = (List<YearTotal>) recentTotals.get(key);
            if (totals == null) {
                totals = List.copyOf(StringCounts.yearTotals(s, segments, filterBits(s, filters)));
                recentTotals.put(key, totals);
            }
            return totals;
        });
    }

    /**
     * The year totals and kinds of the last sub-corpora asked about, for the current searcher: a
     * trend asks for its sub-corpus's totals and kinds and the totals of each of its types and levels
     * (a dozen walks over every section at a gigabyte), and an analyst's next trend asks for the same
     * ones again. At most 32: a gigabyte scaled to 11,200 years makes one entry some 450 KB.
     */
    private final Map<Object, Object> recentTotals = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                    return size() > 32;
                }
            });

    @Override
    public govsearch.analytics.CorpusStats.Kinds kinds(SearchQuery filters) throws IOException {
        govsearch.analytics.CorpusStats.Kinds found = withSearcher(s -> {
            StringIndex.Segment[] segments = StringCounts.segments(s, strings);
            if (segments == null) {
                return null;
            }
            Query q = subCorpus(filters);
            Object key = List.of(s.getIndexReader().getReaderCacheHelper().getKey(), "kinds", q == null ? "every section" : q);
            var kinds = (govsearch.analytics.CorpusStats.Kinds) recentTotals.get(key);
            if (kinds == null) {
                kinds = StringCounts.kinds(s, segments, filterBits(s, filters));
                recentTotals.put(key, kinds);
            }
            return kinds;
        });
        return found != null ? found : ReportIndex.super.kinds(filters);
    }

    @Override
    public List<TermYear> termByYear(String term, SearchQuery filters) throws IOException {
        return withSearcher(s -> {
            String literal = StringCounts.literal(term);
            if (literal != null) {
                StringIndex.Segment[] segments = StringCounts.segments(s, strings);
                if (segments != null) {
                    return StringCounts.byYear(s, segments, filterBits(s, filters), literal);
                }
            }
            return LuceneAnalytics.termByYear(s, term, filters);
        });
    }

    /** Forgets the sections' words comparisons kept: what a benchmark's first-time figures need. */
    public void forgetSectionWords() {
        sectionWords.clear();
    }

    @Override
    public WordCounts wordCounts(SearchQuery filters, long maxChars) throws IOException {
        return withSearcher(s -> LuceneAnalytics.wordCounts(s, filters, maxChars, sectionWords));
    }

    @Override
    public Map<String, Long> fillers(govsearch.analytics.Wildcard wildcard, SearchQuery filters) throws IOException {
        if (StringCounts.answers(wildcard.anchor())) {
            Map<String, Long> found = withSearcher(s -> {
                StringIndex.Segment[] segments = StringCounts.segments(s, strings);
                return segments == null ? null : StringCounts.fillers(s, segments, filterBits(s, filters), wildcard);
            });
            if (found != null) {
                return found;
            }
        }
        return ReportIndex.super.fillers(wildcard, filters);
    }

    @Override
    public boolean laterUses(SearchQuery before, SearchQuery after, List<String> strings,
                             govsearch.analytics.FirstUses.LaterUse sink) throws IOException {
        return withSearcher(s -> {
            StringIndex.Segment[] segments = StringCounts.segments(s, this.strings);
            if (segments == null) {
                return false;
            }
            StringFirstUses.laterUses(s, segments, filterBits(s, before), filterBits(s, after), strings, sink);
            return true;
        });
    }

    @Override
    public void eachSection(SearchQuery filters, SectionText sink) throws IOException {
        withSearcher(s -> {
            LuceneAnalytics.eachSection(s, filters, sink);
            return null;
        });
    }

    @Override
    public int sortedLines() {
        return StringLines.MAX_SORTED;
    }

    @Override
    public KwicLines concordancePage(String term, SearchQuery filters, int width, govsearch.analytics.Concordance.Sort sort,
                                     boolean descending, int from, int size) throws IOException {
        String literal = StringCounts.literal(term);
        if (literal != null) {
            KwicLines found = withSearcher(s -> {
                StringIndex.Segment[] segments = StringCounts.segments(s, strings);
                return segments == null ? null
                        : StringLines.page(s, segments, filterBits(s, filters), literal, width, sort, descending, from, size);
            });
            if (found != null) {
                return found;
            }
        }
        return ReportIndex.super.concordancePage(term, filters, width, sort, descending, from, size);
    }

    @Override
    public KwicLines concordance(String term, SearchQuery filters, int width, int limit) throws IOException {
        String literal = StringCounts.literal(term);
        if (literal != null) {
            KwicLines found = withSearcher(s -> {
                StringIndex.Segment[] segments = StringCounts.segments(s, strings);
                return segments == null ? null : StringLines.page(s, segments, filterBits(s, filters), literal, width,
                        govsearch.analytics.Concordance.Sort.year, false, 0, limit);
            });
            if (found != null) {
                return found;
            }
        }
        return withSearcher(s -> LuceneAnalytics.concordance(s, term, filters, width, limit));
    }

    @Override
    public List<Sentence> similarSentences(String draft, SearchQuery filters, int candidates) throws IOException {
        return withSearcher(s -> LuceneAnalytics.similarSentences(s, draft, filters, candidates));
    }

    /** Whether every segment of the current searcher has its suffix arrays (what counting then reads). */
    boolean stringsReady() throws IOException {
        return withSearcher(s -> StringCounts.segments(s, strings) != null);
    }

    private static final Query EVERY_SECTION = LuceneQueries.of(govsearch.index.QuerySyntax.parse(null, null, null, null, 0, 10));

    /**
     * The filters' documents per leaf, kept for the last few filters of the current searcher: a
     * trend asks for the same sub-corpus once per term and once for its totals.
     */
    private final Map<Object, org.apache.lucene.util.Bits[]> recentFilters = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, org.apache.lucene.util.Bits[]> eldest) {
                    return size() > 8;
                }
            });

    private org.apache.lucene.util.Bits[] filterBits(IndexSearcher s, SearchQuery filters) throws IOException {
        Query q = subCorpus(filters);
        if (q == null) {
            return new org.apache.lucene.util.Bits[s.getIndexReader().leaves().size()];
        }
        Object key = List.of(s.getIndexReader().getReaderCacheHelper().getKey(), q);
        org.apache.lucene.util.Bits[] bits = recentFilters.get(key);
        if (bits == null) {
            bits = StringCounts.filter(s, q);
            recentFilters.put(key, bits);
        }
        return bits;
    }

    /** The filters' sections, or null when they are every section. */
    private static Query subCorpus(SearchQuery filters) {
        Query q = LuceneQueries.of(filters);
        return q.equals(EVERY_SECTION) ? null : q;
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs one search under the request's deadline; outside a request (the CLI, tests) each search
     * gets a deadline of its own.
     */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        QueryDeadline outer = QueryDeadline.current();
        QueryDeadline deadline = outer != null ? outer : QueryDeadline.after(queryTimeout);
        deadline.check(); // spent in the queue, or the client left: no search at all
        IndexSearcher s = searchers.acquire();
        try {
            T result = outer != null ? work.apply(s) : deadline.run(() -> work.apply(s));
            if (deadline.shouldStop()) {
                throw deadline.stopped(); // collection stopped early: the answer is partial, drop it
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            searchers.release(s);
        }
    }

    /** Closes without committing: what was not committed is dropped, as after a crash. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
