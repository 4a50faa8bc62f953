package govsearch.index.lucene;

import govsearch.analysis.IkAnalyzer;
import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.analytics.Sentences;
import govsearch.index.BadQuery;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/** The analytics counts over a Lucene searcher: doc values for totals, match offsets for occurrences. */
final class LuceneAnalytics {



    private LuceneAnalytics() {
    }

    /** A matching section document: global id, year (null when unknown), text length, report key. */
    /**
     * A matching section: its document, year, length and report (an ordinal within its segment);
     * with its report id and place in the report only when asked for {@link #IN_CORPUS_ORDER}.
     */
    private record SectionDoc(int doc, Integer year, long chars, long report, String reportId, long ordinal) {
    }

    /**
     * The order in which analytics read sections — oldest year first (none last), then by report
     * id, then in the report's order — so concordance pages and comparison samples are the same
     * whatever order the reports were imported in, on either backend.
     */
    private static final Comparator<SectionDoc> IN_CORPUS_ORDER = Comparator
            .comparing((SectionDoc d) -> d.year() == null ? Integer.MAX_VALUE : d.year())
            .thenComparing(SectionDoc::reportId).thenComparingLong(SectionDoc::ordinal);

    private static List<SectionDoc> sections(IndexSearcher s, Query query) throws IOException {
        return sections(s, query, false);
    }

    /** The matching sections; {@code ordered}: with what {@link #IN_CORPUS_ORDER} needs, and in that order. */
    private static List<SectionDoc> sections(IndexSearcher s, Query query, boolean ordered) throws IOException {
        List<SectionDoc> docs = new ArrayList<>();
        Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            var scorer = w.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            NumericDocValues years = DocValues.getNumeric(leaf.reader(), Fields.YEAR);
            NumericDocValues chars = DocValues.getNumeric(leaf.reader(), Fields.CHARS);
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.REPORT_ID);
            NumericDocValues ordinals = ordered ? DocValues.getNumeric(leaf.reader(), Fields.ORDINAL) : null;
            String[] idOfOrd = ordered ? new String[ids.getValueCount()] : null;
            var it = scorer.iterator();
            var live = leaf.reader().getLiveDocs();
            for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                LuceneReportIndex.checkDeadline();
                if (live != null && !live.get(d)) {
                    continue;
                }
                Integer year = years.advanceExact(d) ? (int) years.longValue() : null;
                long n = chars.advanceExact(d) ? chars.longValue() : 0;
                boolean hasId = ids.advanceExact(d);
                long report = hasId ? ((long) leaf.ord << 32) | ids.ordValue() : -1;
                String reportId = null;
                long ordinal = 0;
                if (ordered) {
                    if (hasId) {
                        int ord = ids.ordValue();
                        if (idOfOrd[ord] == null) {
                            idOfOrd[ord] = ids.lookupOrd(ord).utf8ToString();
                        }
                        reportId = idOfOrd[ord];
                    } else {
                        reportId = "";
                    }
                    ordinal = ordinals.advanceExact(d) ? ordinals.longValue() : 0;
                }
                docs.add(new SectionDoc(leaf.docBase + d, year, n, report, reportId, ordinal));
            }
        }
        if (ordered) {
            docs.sort(IN_CORPUS_ORDER);
        }
        return docs;
    }

    static List<YearTotal> yearTotals(IndexSearcher s, SearchQuery filters) throws IOException {
        Map<Integer, long[]> byYear = new TreeMap<>();
        Map<Integer, Set<Long>> reports = new HashMap<>();
        for (SectionDoc d : sections(s, LuceneQueries.of(filters))) {
            if (d.year() == null) {
                continue;
            }
            long[] t = byYear.computeIfAbsent(d.year(), y -> new long[2]);
            t[0]++;
            t[1] += d.chars();
            reports.computeIfAbsent(d.year(), y -> new HashSet<>()).add(d.report());
        }
        List<YearTotal> out = new ArrayList<>();
        byYear.forEach((y, t) -> out.add(new YearTotal(y, reports.get(y).size(), t[0], t[1])));
        return out;
    }

    static void eachSection(IndexSearcher s, SearchQuery filters, govsearch.analytics.Analytics.SectionText sink)
            throws IOException {
        StoredFields stored = s.storedFields();
        Set<String> fields = Set.of(Fields.TEXT, Fields.REPORT_ID, Fields.SECTION_ID, Fields.TITLE);
        for (SectionDoc d : sections(s, LuceneQueries.of(filters), true)) {
            LuceneReportIndex.checkDeadline();
            if (d.year() != null) {
                Document doc = stored.document(d.doc(), fields);
                sink.accept(d.year(), doc.get(Fields.REPORT_ID), doc.get(Fields.SECTION_ID), doc.get(Fields.TITLE),
                        doc.get(Fields.TEXT));
            }
        }
    }

    private static final org.apache.lucene.analysis.Analyzer MAX_WORD = govsearch.analysis.IkAnalyzer.maxWord();

    static Query literal(String param, String term) {
        Query q = LuceneQueries.exact(term);
        if (q == null) {
            throw new BadQuery(param, param + " '" + BadQuery.echo(term) + "' has no letters or digits to look for",
                    "“" + BadQuery.echo(term) + "”中没有可检索的文字或数字。");
        }
        return q;
    }

    static Query both(Query term, SearchQuery filters) {
        return new BooleanQuery.Builder().add(term, Occur.MUST).add(LuceneQueries.of(filters), Occur.FILTER).build();
    }

    static List<TermYear> termByYear(IndexSearcher s, String term, SearchQuery filters) throws IOException {
        Query literal = literal("term", term);
        Weight matcher = s.createWeight(s.rewrite(literal), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Map<Integer, long[]> byYear = new TreeMap<>();
        Map<Integer, Set<Long>> reports = new HashMap<>();
        for (SectionDoc d : sections(s, both(literal, filters))) {
            LuceneReportIndex.checkDeadline();
            if (d.year() == null) {
                continue;
            }
            int n = count(matcher, leaves, d.doc());
            if (n > 0) {
                byYear.computeIfAbsent(d.year(), y -> new long[1])[0] += n;
                reports.computeIfAbsent(d.year(), y -> new HashSet<>()).add(d.report());
            }
        }
        List<TermYear> out = new ArrayList<>();
        byYear.forEach((y, c) -> out.add(new TermYear(y, c[0], reports.get(y).size())));
        return out;
    }

    private static int count(Weight matcher, List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches m = matcher.matches(leaf, doc - leaf.docBase);
        if (m == null) {
            return 0;
        }
        MatchesIterator it = m.getMatches(Fields.EXACT);
        int n = 0;
        while (it != null && it.next()) {
            n++;
        }
        return n;
    }

    static List<int[]> offsets(Weight matcher, List<LeafReaderContext> leaves, int doc, String text)
            throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches m = matcher.matches(leaf, doc - leaf.docBase);
        List<int[]> out = new ArrayList<>();
        MatchesIterator it = m == null ? null : m.getMatches(Fields.EXACT);
        while (it != null && it.next()) {
            out.add(new int[]{it.startOffset(), it.endOffset()});
        }
        return out;
    }

    /**
     * Word frequencies of the sub-corpus, re-read with IK's smart mode from the stored text: the
     * max-word postings would count the overlapping fragments max-word emits (义工 in 主义工业).
     * Beyond {@code maxChars}, an evenly spread share of the sections is read, in corpus order.
     */
    private static final Set<String> WORDS_AND_TEXT = Set.of(Fields.WORDS, Fields.TEXT);

    static WordCounts wordCounts(IndexSearcher s, SearchQuery filters, long maxChars, SectionWords words)
            throws IOException {
        List<SectionDoc> docs = sections(s, LuceneQueries.of(filters), true);
        long chars = docs.stream().mapToLong(SectionDoc::chars).sum();
        Set<Long> reports = new HashSet<>();
        docs.forEach(d -> reports.add(d.report()));
        // Read an evenly spread share of the sections when the side is larger than we read per request.
        double keep = chars <= maxChars ? 1.0 : (double) maxChars / chars;
        Map<String, Long> counts = new HashMap<>();
        long tokens = 0;
        long sampled = 0;
        double credit = 0;
        StoredFields stored = s.storedFields();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (SectionDoc d : docs) {
            LuceneReportIndex.checkDeadline();
            credit += keep;
            if (credit < 1.0) {
                continue;
            }
            credit -= 1.0;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc(), leaves));
            SectionWords.Counts section = words.load(leaf, d.doc() - leaf.docBase, () -> {
                Document kept = stored.document(d.doc(), WORDS_AND_TEXT);
                var w = kept.getField(Fields.WORDS);
                if (w != null && w.binaryValue() != null) {
                    return SectionWords.decodeLocated(w.binaryValue(), govsearch.analysis.Folding.fold(kept.get(Fields.TEXT)));
                }
                // Written before the words were located in the text, or before they were stored at all.
                return w != null ? SectionWords.decode(w.stringValue()) : SectionWords.interned(SectionWords.read(kept.get(Fields.TEXT)));
            });
            sampled += d.chars();
            for (int i = 0; i < section.words().length; i++) {
                counts.merge(section.words()[i], (long) section.counts()[i], Long::sum);
            }
            tokens += section.tokens();
        }
        return new WordCounts(reports.size(), docs.size(), chars, sampled, tokens, counts);
    }

    static KwicLines concordance(IndexSearcher s, String term, SearchQuery filters, int width, int limit)
            throws IOException {
        Query literal = literal("q", term);
        Weight matcher = s.createWeight(s.rewrite(literal), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        List<SectionDoc> docs = sections(s, both(literal, filters), true);
        StoredFields stored = s.storedFields();
        long total = 0;
        List<KwicLine> lines = new ArrayList<>();
        for (SectionDoc d : docs) {
            LuceneReportIndex.checkDeadline();
            if (lines.size() >= limit) {
                total += count(matcher, leaves, d.doc());
                continue;
            }
            Document doc = stored.document(d.doc(), Fields.SHOWN);
            String text = doc.get(Fields.TEXT);
            List<int[]> spans = offsets(matcher, leaves, d.doc(), text);
            total += spans.size();
            for (int[] span : spans) {
                if (lines.size() >= limit) {
                    break;
                }
                int from = Math.max(Sentences.sentenceStart(text, span[0]), span[0] - width);
                int to = Math.min(Sentences.sentenceEnd(text, span[1] - 1), span[1] + width);
                lines.add(new KwicLine(text.substring(from, span[0]), text.substring(span[0], span[1]),
                        text.substring(span[1], Math.max(span[1], to)), doc.get(Fields.REPORT_ID),
                        doc.get(Fields.SECTION_ID), d.year(), SectionDocuments.region(doc), doc.get(Fields.TITLE)));
            }
        }
        return new KwicLines(total, lines);
    }

    /**
     * Candidate precedents: the sections sharing most of the draft's IK words (BM25 over the IK
     * field; the bigram field this read before is gone, docs/design/string-index.md), their
     * sentences ranked by the draft's character bigrams they hold ({@link govsearch.analytics.Precedents}).
     */
    static List<Sentence> similarSentences(IndexSearcher s, String draft, SearchQuery filters, int candidates)
            throws IOException {
        Set<String> grams = new LinkedHashSet<>();
        for (LuceneQueries.Token t : LuceneQueries.terms(govsearch.analysis.ExactAnalyzer.forQuery(), draft)) {
            grams.add(t.term());
        }
        if (grams.isEmpty()) {
            throw new BadQuery("text", "text has no letters or digits to compare", "文字中没有可比较的文字或数字。");
        }
        BooleanQuery.Builder similar = new BooleanQuery.Builder();
        Set<String> words = new LinkedHashSet<>();
        for (LuceneQueries.Token t : LuceneQueries.terms(MAX_WORD, draft)) {
            if (words.size() < IndexSearcher.getMaxClauseCount() / 2 && words.add(t.term())) {
                similar.add(new TermQuery(new Term(Fields.TEXT, t.term())), Occur.SHOULD);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(similar.build(), Occur.MUST)
                .add(LuceneQueries.filters(filters, Fields.SECTION), Occur.FILTER)
                .build();
        StoredFields stored = s.storedFields();
        List<Document> sections = new ArrayList<>();
        for (ScoreDoc sd : s.search(query, govsearch.analytics.Precedents.CANDIDATE_SECTIONS).scoreDocs) {
            LuceneReportIndex.checkDeadline();
            sections.add(stored.document(sd.doc, Fields.SHOWN));
        }
        List<Sentence> out = new ArrayList<>();
        for (var found : govsearch.analytics.Precedents.rank(grams, sections, d -> d.get(Fields.TEXT), candidates)) {
            Document d = found.section();
            List<String> path = new ArrayList<>(SectionDocuments.path(d));
            String heading = d.get(Fields.NUMBER) + d.get(Fields.SECTION_TITLE);
            if (!heading.isEmpty()) {
                path.add(heading);
            }
            out.add(new Sentence(found.sentence(), d.get(Fields.REPORT_ID), d.get(Fields.SECTION_ID), d.get(Fields.TITLE), path,
                    SectionDocuments.year(d), SectionDocuments.region(d)));
        }
        return out;
    }

}
