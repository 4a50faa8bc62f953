package govsearch.index.lucene;

import govsearch.analysis.Folding;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.index.strings.StringChunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * Occurrences of a literal string counted from the suffix arrays: each occurrence is one rank in
 * a chunk's range, mapped to its document only to check the filters and find its year.
 */
public final class StringCounts {

    /**
     * A system property that makes counting go section by section, through each matching section's
     * occurrences, as before the suffix arrays counted (the sections are still found in the arrays:
     * the bigram postings this read once are gone); and first appearances scan the texts. The bench
     * measures both paths in one run with it, and an operator can fall back with it.
     */
    public static final String POSTINGS_ONLY = "govsearch.strings.postingsOnly";

    /**
     * A system property that, set to false, makes commits build no suffix arrays (counting then
     * reads the postings): the bench measures what the arrays cost an import with it, in the same run.
     */
    public static final String BUILD_ARRAYS = "govsearch.strings.build";

    /** Seconds this JVM has spent building suffix-array files (reading the texts back, folding, SA-IS, writing). */
    public static double buildSeconds() {
        return StringIndex.BUILDING.get() / 1e9;
    }

    private StringCounts() {
    }

    /**
     * Whether the suffix arrays find a wildcard's fillers around this anchor: Han characters only
     * (fillers are runs of Chinese characters); any other anchor is answered by reading the texts.
     */
    static boolean answers(String term) {
        if (term.isEmpty()) {
            return false;
        }
        for (int i = 0; i < term.length(); i++) {
            if (Character.UnicodeScript.of(term.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    /**
     * The string the arrays look up for a term, or null when it has no letters or digits: the term
     * folded, with the quotes and other punctuation an analyst may put around it dropped
     * ({@link Literal#of}). A Latin word or number is counted where it stands alone
     * ({@link #eachOccurrence} checks its edges), as a search finds it.
     */
    static String literal(String term) {
        return Literal.of(term);
    }

    static char[] pattern(String term) {
        return Folding.fold(term).toCharArray();
    }

    /** The segments' strings, in leaf order; null when any segment lacks its file. */
    static StringIndex.Segment[] segments(IndexSearcher s, StringIndex index) throws IOException {
        if (Boolean.getBoolean(POSTINGS_ONLY)) {
            return null;
        }
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        StringIndex.Segment[] out = new StringIndex.Segment[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.of(leaves.get(i));
            if (out[i] == null) {
                return null;
            }
        }
        return out;
    }

    /** The documents of each leaf the filter matches; null for a leaf when the filter is every section. */
    static Bits[] filter(IndexSearcher s, Query filter) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Bits[] out = new Bits[leaves.size()];
        if (filter == null) {
            return out;
        }
        Weight w = s.createWeight(s.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (int i = 0; i < out.length; i++) {
            LeafReaderContext leaf = leaves.get(i);
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            var scorer = w.scorer(leaf);
            if (scorer != null) {
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    bits.set(d);
                }
            }
            out[i] = bits;
        }
        return out;
    }

    /** One kept occurrence: its document (a segment doc id) and its position in the chunk. */
    interface Occurrence {
        void accept(int doc, int pos) throws IOException;
    }

    /**
     * Every occurrence of the pattern in the chunk whose document is live and passes the filter
     * (null: every document), checking the request's deadline as it goes.
     */
    static void eachOccurrence(StringChunk chunk, char[] pattern, Bits live, Bits only, Occurrence each) throws IOException {
        long range = chunk.range(pattern);
        int to = (int) range;
        int from = (int) (range >>> 32);
        if (from == to) {
            return;
        }
        boolean startsWord = Literal.wordChar(pattern[0]);
        boolean endsWord = Literal.wordChar(pattern[pattern.length - 1]);
        // The suffixes are read a block at a time (one bulk read each), the deadline checked per block.
        int block = Math.min(BLOCK, to - from);
        int[] positions = new int[block];
        int[] docs = new int[block];
        byte[] buffer = new byte[4 * block];
        for (int r = from; r < to; r += block) {
            LuceneReportIndex.checkDeadline();
            int n = Math.min(block, to - r);
            chunk.suffixes(r, n, positions, buffer);
            chunk.docsAt(positions, n, docs);
            for (int i = 0; i < n; i++) {
                int doc = docs[i];
                if ((live == null || live.get(doc)) && (only == null || only.get(doc))
                        && ((!startsWord && !endsWord) || standsAlone(chunk, positions[i], pattern.length, startsWord, endsWord))) {
                    each.accept(doc, positions[i]);
                }
            }
        }
    }

    /**
     * Whether the occurrence at {@code pos} is not inside a longer Latin word or number: each text
     * ends with a NUL, so the char after an occurrence is in the chunk, and the char before one is
     * its own text's or the NUL that ends the text before.
     */
    private static boolean standsAlone(StringChunk chunk, int pos, int length, boolean startsWord, boolean endsWord)
            throws IOException {
        return !(startsWord && pos > 0 && Literal.wordChar(chunk.charAt(pos - 1)))
                && !(endsWord && Literal.wordChar(chunk.charAt(pos + length)));
    }

    /** Suffixes read at once by {@link #eachOccurrence}. */
    private static final int BLOCK = 4096;

    static List<TermYear> byYear(IndexSearcher s, StringIndex.Segment[] segments, Bits[] filter, String term)
            throws IOException {
        char[] pattern = pattern(term);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        // Occurrences are tallied per report (its year is the report's): one table lookup per
        // occurrence instead of a year, a report and a bit set, and the reports that use the term
        // are the reports with a tally.
        List<List<int[]>> tallies = ChunkTasks.each(segments, (l, chunk) -> {
            StringIndex.Segment segment = segments[l];
            int[] reportOf = segment.reportOf();
            int[] yearOf = segment.yearOf();
            int reports = segment.reports();
            int[][] uses = new int[1][];
            eachOccurrence(chunk, pattern, leaves.get(l).reader().getLiveDocs(), filter[l], (doc, pos) -> {
                if (uses[0] == null) {
                    uses[0] = new int[reports + segment.years().length];
                }
                int report = reportOf[doc];
                if (report >= 0) {
                    uses[0][report]++;
                } else if (yearOf[doc] != StringIndex.NO_YEAR) {
                    uses[0][reports + yearOf[doc]]++;
                }
            });
            return uses[0];
        });
        Years years = years(s, segments);
        long[] counts = new long[years.all().length];
        long[] reportsIn = new long[years.all().length];
        for (int l = 0; l < leaves.size(); l++) {
            StringIndex.Segment segment = segments[l];
            int[] global = years.ofSegment()[l];
            int reports = segment.reports();
            int[] sum = null;
            for (int[] uses : tallies.get(l)) {
                if (uses == null) {
                    continue;
                }
                if (sum == null) {
                    sum = uses;
                } else {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += uses[i];
                    }
                }
            }
            if (sum == null) {
                continue;
            }
            int[] yearOfReport = segment.yearOfReport();
            for (int i = 0; i < sum.length; i++) {
                if (sum[i] == 0) {
                    continue;
                }
                int y = i < reports ? yearOfReport[i] : i - reports;
                if (y == StringIndex.NO_YEAR) {
                    continue;
                }
                counts[global[y]] += sum[i];
                if (i < reports) {
                    reportsIn[global[y]]++;
                }
            }
        }
        List<TermYear> out = new ArrayList<>();
        for (int g = 0; g < counts.length; g++) {
            if (counts[g] > 0) {
                out.add(new TermYear(years.all()[g], counts[g], reportsIn[g]));
            }
        }
        return out;
    }

    /** Every segment's years in one sorted list, and for each segment where its years lie in it. */
    record Years(int[] all, int[][] ofSegment) {
    }

    /**
     * The searcher's years, kept per reader: a trend's terms summed per year through a tree map
     * took as long as counting them once a corpus held thousands of years.
     */
    private static final Map<Object, Years> YEARS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Years years(IndexSearcher s, StringIndex.Segment[] segments) {
        var helper = s.getIndexReader().getReaderCacheHelper();
        Years found = helper == null ? null : YEARS.get(helper.getKey());
        if (found != null && found.ofSegment().length == segments.length) {
            return found;
        }
        int total = 0;
        for (StringIndex.Segment segment : segments) {
            total += segment.years().length;
        }
        int[] all = new int[total];
        int n = 0;
        for (StringIndex.Segment segment : segments) {
            System.arraycopy(segment.years(), 0, all, n, segment.years().length);
            n += segment.years().length;
        }
        all = java.util.Arrays.stream(all).sorted().distinct().toArray();
        int[][] ofSegment = new int[segments.length][];
        for (int l = 0; l < segments.length; l++) {
            int[] own = segments[l].years();
            ofSegment[l] = new int[own.length];
            for (int y = 0; y < own.length; y++) {
                ofSegment[l][y] = java.util.Arrays.binarySearch(all, own[y]);
            }
        }
        Years years = new Years(all, ofSegment);
        if (helper != null) {
            YEARS.put(helper.getKey(), years);
        }
        return years;
    }

    /**
     * Fillers of a wildcard at every occurrence of its anchor, read from the folded text around it.
     * Each chunk counts the contexts it sees (read in one bulk read each); the fillers of each
     * distinct context are found once at the end. Occurrences come in suffix order, so a right-hand
     * context repeats in runs: a run costs one comparison per occurrence, no string and no lookup.
     */
    static Map<String, Long> fillers(IndexSearcher s, StringIndex.Segment[] segments, Bits[] filter,
                                     govsearch.analytics.Wildcard wildcard) throws IOException {
        char[] pattern = pattern(wildcard.anchor());
        boolean before = wildcard.left().isEmpty();
        int need = wildcard.contextChars();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        List<List<Map<String, long[]>>> perChunk = ChunkTasks.each(segments, (l, chunk) -> {
            Contexts contexts = new Contexts(need);
            eachOccurrence(chunk, pattern, leaves.get(l).reader().getLiveDocs(), filter[l], (doc, pos) -> {
                if (before) {
                    int from = Math.max(0, pos - need);
                    chunk.chars(from, pos - from, contexts.read, contexts.buffer);
                    // Nearest char first, up to the section's start (the NUL before it).
                    int n = 0;
                    for (int p = pos - from - 1; p >= 0 && contexts.read[p] != 0; p--) {
                        contexts.context[n++] = contexts.read[p];
                    }
                    contexts.seen(n);
                } else {
                    int from = pos + pattern.length;
                    int available = Math.min(need, chunk.length() - from);
                    chunk.chars(from, available, contexts.read, contexts.buffer);
                    int n = 0;
                    while (n < available && contexts.read[n] != 0) {
                        contexts.context[n] = contexts.read[n];
                        n++;
                    }
                    contexts.seen(n);
                }
            });
            contexts.flush();
            return contexts.counts;
        });
        Map<String, long[]> contexts = new java.util.HashMap<>();
        for (List<Map<String, long[]>> leaf : perChunk) {
            for (Map<String, long[]> chunk : leaf) {
                chunk.forEach((c, n) -> contexts.computeIfAbsent(c, k -> new long[1])[0] += n[0]);
            }
        }
        Map<String, Long> counts = new java.util.HashMap<>();
        contexts.forEach((context, n) -> wildcard.fillersAt(context, f -> counts.merge(f, n[0], Long::sum)));
        return counts;
    }

    /** One chunk's wildcard contexts and how often each was seen, the current run kept apart. */
    private static final class Contexts {
        final char[] read;
        final byte[] buffer;
        final char[] context;
        final char[] run;
        int runLength = -1;
        long runCount;
        final Map<String, long[]> counts = new java.util.HashMap<>();

        Contexts(int need) {
            read = new char[need];
            buffer = new byte[2 * need];
            context = new char[need];
            run = new char[need];
        }

        void seen(int length) {
            if (length == runLength && java.util.Arrays.equals(context, 0, length, run, 0, length)) {
                runCount++;
                return;
            }
            flush();
            System.arraycopy(context, 0, run, 0, length);
            runLength = length;
            runCount = 1;
        }

        void flush() {
            if (runLength >= 0) {
                counts.computeIfAbsent(new String(run, 0, runLength), k -> new long[1])[0] += runCount;
            }
        }
    }

    /**
     * Reports, sections and characters per year of the filtered sections, from the per-document
     * arrays the suffix arrays keep: no doc values or stored fields read.
     */
    static List<govsearch.analytics.CorpusStats.YearTotal> yearTotals(IndexSearcher s, StringIndex.Segment[] segments,
                                                                      Bits[] filter) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        // Per chunk: sections and characters per year, and the reports seen; a report's year is read once per segment.
        record Tally(long[] sections, long[] chars, FixedBitSet reports) {
        }
        List<List<Tally>> perChunk = ChunkTasks.each(segments, (l, chunk) -> {
            StringIndex.Segment segment = segments[l];
            Bits live = leaves.get(l).reader().getLiveDocs();
            Bits only = filter[l];
            int[] yearOf = segment.yearOf();
            int[] reportOf = segment.reportOf();
            Tally t = new Tally(new long[segment.years().length], new long[segment.years().length],
                    new FixedBitSet(Math.max(1, segment.reports())));
            for (int doc = chunk.firstDoc(); doc < chunk.firstDoc() + chunk.docs(); doc++) {
                int y = yearOf[doc];
                if (y == StringIndex.NO_YEAR || (live != null && !live.get(doc)) || (only != null && !only.get(doc))) {
                    continue;
                }
                t.sections()[y]++;
                t.chars()[y] += chunk.textLength(doc);
                if (reportOf[doc] >= 0) {
                    t.reports().set(reportOf[doc]);
                }
            }
            return t;
        });
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (int l = 0; l < leaves.size(); l++) {
            StringIndex.Segment segment = segments[l];
            long[][] t = new long[segment.years().length][3];
            FixedBitSet reports = new FixedBitSet(Math.max(1, segment.reports()));
            for (Tally chunk : perChunk.get(l)) {
                for (int y = 0; y < t.length; y++) {
                    t[y][1] += chunk.sections()[y];
                    t[y][2] += chunk.chars()[y];
                }
                reports.or(chunk.reports());
            }
            int[] yearOfReport = segment.yearOfReport();
            for (int r = reports.nextSetBit(0); r != DocIdSetIterator.NO_MORE_DOCS;
                 r = r + 1 < reports.length() ? reports.nextSetBit(r + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                t[yearOfReport[r]][0]++;
            }
            for (int y = 0; y < t.length; y++) {
                if (t[y][1] > 0) {
                    long[] sum = byYear.computeIfAbsent(segment.years()[y], k -> new long[3]);
                    for (int i = 0; i < 3; i++) {
                        sum[i] += t[y][i];
                    }
                }
            }
        }
        List<govsearch.analytics.CorpusStats.YearTotal> out = new ArrayList<>();
        byYear.forEach((y, t) -> out.add(new govsearch.analytics.CorpusStats.YearTotal(y, t[0], t[1], t[2])));
        return out;
    }

    /**
     * The types and levels of the filtered reports, ordered as the search facets order them (most
     * reports first, then by name), from the per-document arrays and the two doc-values fields: a
     * faceted search over the whole sub-corpus did the same at ten times the cost.
     */
    static govsearch.analytics.CorpusStats.Kinds kinds(IndexSearcher s, StringIndex.Segment[] segments, Bits[] filter)
            throws IOException {
        // Counted and ordered as the search facets are, by the same class.
        govsearch.index.FacetCounts facets = new govsearch.index.FacetCounts();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (int l = 0; l < leaves.size(); l++) {
            var reader = leaves.get(l).reader();
            int[] reportOf = segments[l].reportOf();
            Bits live = reader.getLiveDocs();
            Bits only = filter[l];
            SortedDocValues typeValues = DocValues.getSorted(reader, Fields.DOC_TYPE);
            SortedDocValues levelValues = DocValues.getSorted(reader, Fields.ADMIN_LEVEL);
            long[] byType = new long[(int) typeValues.getValueCount()];
            long[] byLevel = new long[(int) levelValues.getValueCount()];
            FixedBitSet counted = new FixedBitSet(Math.max(1, segments[l].reports()));
            for (int doc = 0; doc < reportOf.length; doc++) {
                if (reportOf[doc] < 0 || (live != null && !live.get(doc)) || (only != null && !only.get(doc))
                        || counted.getAndSet(reportOf[doc])) {
                    continue;
                }
                if (typeValues.advanceExact(doc)) {
                    byType[typeValues.ordValue()]++;
                }
                if (levelValues.advanceExact(doc)) {
                    byLevel[levelValues.ordValue()]++;
                }
            }
            add(facets, "type", typeValues, byType);
            add(facets, "level", levelValues, byLevel);
        }
        var ordered = facets.facets();
        return new govsearch.analytics.CorpusStats.Kinds(values(ordered.get("type")), values(ordered.get("level")));
    }

    private static void add(govsearch.index.FacetCounts into, String facet, SortedDocValues values, long[] counts)
            throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.count(facet, values.lookupOrd(ord).utf8ToString(), counts[ord]);
            }
        }
    }

    private static List<String> values(List<govsearch.index.SearchResult.FacetValue> facet) {
        return facet.stream().map(govsearch.index.SearchResult.FacetValue::value).toList();
    }
}
