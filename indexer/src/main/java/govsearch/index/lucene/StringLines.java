package govsearch.index.lucene;

import govsearch.analytics.Concordance;
import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.Sentences;
import govsearch.index.strings.StringChunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * Concordance lines located by the suffix arrays: every occurrence is found without reading a
 * stored text; only the lines of the page asked for are read from the stored sections. Sorting by
 * context reads the context from the memory-mapped folded text.
 */
final class StringLines {

    /** Lines sorted by context at most: beyond, the first ones in corpus order are sorted (the API says so by its total). */
    static final int MAX_SORTED = 200_000;

    private StringLines() {
    }

    /** Every occurrence, as parallel arrays. */
    private static final class Hits {
        int n;
        int[] leaf = new int[64];
        int[] chunk = new int[64];
        int[] doc = new int[64];
        int[] pos = new int[64];

        void addAll(Hits other) {
            for (int i = 0; i < other.n; i++) {
                add(other.leaf[i], other.chunk[i], other.doc[i], other.pos[i]);
            }
        }

        void add(int l, int c, int d, int p) {
            if (n == leaf.length) {
                leaf = Arrays.copyOf(leaf, 2 * n);
                chunk = Arrays.copyOf(chunk, 2 * n);
                doc = Arrays.copyOf(doc, 2 * n);
                pos = Arrays.copyOf(pos, 2 * n);
            }
            leaf[n] = l;
            chunk[n] = c;
            doc[n] = d;
            pos[n] = p;
            n++;
        }
    }

    static KwicLines page(IndexSearcher s, StringIndex.Segment[] segments, Bits[] filter, String term, int width,
                          Concordance.Sort sort, boolean descending, int from, int size) throws IOException {
        char[] pattern = StringCounts.pattern(term);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        List<StringChunk> chunks = new ArrayList<>();
        int[] firstChunk = new int[leaves.size()];
        for (int l = 0; l < leaves.size(); l++) {
            firstChunk[l] = chunks.size();
            chunks.addAll(segments[l].strings().chunks());
        }
        // Each chunk's hits found on the machine's cores, then put together in chunk order.
        List<List<Hits>> found = ChunkTasks.each(segments, (l, chunk) -> {
            Hits own = new Hits();
            int c = firstChunk[l] + segments[l].strings().chunks().indexOf(chunk);
            StringCounts.eachOccurrence(chunk, pattern, leaves.get(l).reader().getLiveDocs(), filter[l],
                    (doc, pos) -> own.add(l, c, doc, pos));
            return own;
        });
        Hits hits = new Hits();
        for (List<Hits> leaf : found) {
            for (Hits h : leaf) {
                hits.addAll(h);
            }
        }
        CorpusKeys keys = corpusKeys(leaves, segments, hits, sort == Concordance.Sort.year && descending);
        Integer[] order;
        if (sort == Concordance.Sort.year) {
            order = firstInCorpusOrder(keys, hits.n, (int) Math.min(Integer.MAX_VALUE, (long) from + size));
        } else {
            Integer[] sorted = firstInCorpusOrder(keys, hits.n, MAX_SORTED);
            String[] key = new String[hits.n];
            for (Integer i : sorted) {
                key[i] = context(chunks.get(hits.chunk[i]), hits.pos[i], pattern.length, width, sort == Concordance.Sort.left);
            }
            // Stable: lines with the same context stay in corpus order, descending too.
            Arrays.sort(sorted, descending ? (a, b) -> key[b].compareTo(key[a]) : (a, b) -> key[a].compareTo(key[b]));
            order = sorted;
        }
        List<KwicLine> lines = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int k = from; k < Math.min(order.length, (long) from + size); k++) {
            int i = order[k];
            LeafReaderContext leaf = leaves.get(hits.leaf[i]);
            StringChunk chunk = chunks.get(hits.chunk[i]);
            int offset = hits.pos[i] - chunk.start(hits.doc[i]);
            Document d = stored.document(leaf.docBase + hits.doc[i], Fields.SHOWN);
            lines.add(line(d, offset, offset + pattern.length, width));
        }
        return new KwicLines(hits.n, lines);
    }

    static KwicLine line(Document doc, int start, int end, int width) {
        String text = doc.get(Fields.TEXT);
        int from = Math.max(Sentences.sentenceStart(text, start), start - width);
        int to = Math.min(Sentences.sentenceEnd(text, end - 1), end + width);
        return new KwicLine(text.substring(from, start), text.substring(start, end), text.substring(end, Math.max(end, to)),
                doc.get(Fields.REPORT_ID), doc.get(Fields.SECTION_ID), SectionDocuments.year(doc),
                SectionDocuments.region(doc), doc.get(Fields.TITLE));
    }

    /**
     * The line's context as {@link Concordance} sorts it — the right context, or the left read
     * backwards — from the folded text, cut where the shown line is cut: at the sentence or
     * {@code width} characters.
     */
    private static String context(StringChunk chunk, int pos, int length, int width, boolean left) throws IOException {
        StringBuilder b = new StringBuilder(width);
        if (left) {
            for (int p = pos - 1; p >= 0 && b.length() < width; p--) {
                char c = chunk.charAt(p);
                if (c == 0 || Sentences.isBoundary(c)) {
                    break;
                }
                b.append(c);
            }
            return b.toString();
        }
        // Sentences.sentenceEnd from the match's last char: the boundary char is shown unless a line break.
        for (int p = pos + length - 1, shown = 0; p < chunk.length(); p++) {
            char c = chunk.charAt(p);
            if (c == 0) {
                break;
            }
            if (p >= pos + length) {
                if (shown++ >= width) {
                    break;
                }
                if (Sentences.isBoundary(c)) {
                    if (c != '\n' && c != '\r') {
                        b.append(c);
                    }
                    break;
                }
                b.append(c);
            } else if (Sentences.isBoundary(c)) {
                break;
            }
        }
        return b.toString();
    }

    /** Per hit: its year (none last), its report id's rank, and its section's place and offset packed in a long. */
    private record CorpusKeys(int[] year, int[] report, long[] place) {
    }

    /**
     * Report ids are compared as strings across segments: the ones the hits touch are ranked first.
     * Reports are numbered per segment in arrays: a map keyed by (segment, report) packed in a Long
     * hashed most of them into a few buckets (the Long's hash mixes the two halves by xor).
     */
    private static CorpusKeys corpusKeys(List<LeafReaderContext> leaves, StringIndex.Segment[] segments, Hits hits,
                                         boolean newestFirst) throws IOException {
        int[][] distinctOf = new int[leaves.size()][];
        List<String> ids = new ArrayList<>();
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < hits.n; i++) {
            int l = hits.leaf[i];
            int ord = segments[l].reportOf()[hits.doc[i]];
            if (distinctOf[l] == null) {
                distinctOf[l] = new int[segments[l].reports() + 1];
            }
            if (distinctOf[l][ord + 1] == 0) {
                if (values[l] == null) {
                    values[l] = DocValues.getSorted(leaves.get(l).reader(), Fields.REPORT_ID);
                }
                ids.add(ord < 0 ? "" : values[l].lookupOrd(ord).utf8ToString());
                distinctOf[l][ord + 1] = ids.size();
            }
        }
        Integer[] byId = new Integer[ids.size()];
        for (int k = 0; k < byId.length; k++) {
            byId[k] = k;
        }
        Arrays.sort(byId, (a, b) -> ids.get(a).compareTo(ids.get(b)));
        int[] rank = new int[ids.size()];
        for (int r = 0, k = 0; k < byId.length; k++) {
            if (k > 0 && !ids.get(byId[k]).equals(ids.get(byId[k - 1]))) {
                r++;
            }
            rank[byId[k]] = r;
        }
        int[] year = new int[hits.n];
        int[] report = new int[hits.n];
        long[] place = new long[hits.n];
        for (int i = 0; i < hits.n; i++) {
            StringIndex.Segment seg = segments[hits.leaf[i]];
            int y = seg.yearOf()[hits.doc[i]];
            // Lines without a year come last either way.
            year[i] = y == StringIndex.NO_YEAR ? Integer.MAX_VALUE : newestFirst ? -seg.years()[y] : seg.years()[y];
            int ord = seg.reportOf()[hits.doc[i]];
            report[i] = rank[distinctOf[hits.leaf[i]][ord + 1] - 1];
            // Within a section, the position in the chunk orders as the offset in the section does.
            place[i] = ((long) seg.ordinalOf()[hits.doc[i]] << 32) | (hits.pos[i] & 0xFFFFFFFFL);
        }
        return new CorpusKeys(year, report, place);
    }

    /**
     * The first {@code needed} hits in corpus order. Only the hits of the years those lie in are
     * sorted: the first page of a term with a million occurrences sorts one year's worth.
     */
    private static Integer[] firstInCorpusOrder(CorpusKeys k, int n, int needed) {
        int[] years = Arrays.copyOf(k.year(), n);
        Arrays.sort(years);
        int last = n == 0 ? 0 : years[Math.min(n, Math.max(needed, 1)) - 1];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (k.year()[i] <= last) {
                kept++;
            }
        }
        Integer[] order = new Integer[kept];
        for (int i = 0, j = 0; i < n; i++) {
            if (k.year()[i] <= last) {
                order[j++] = i;
            }
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(k.year()[a], k.year()[b]);
            if (c == 0) {
                c = Integer.compare(k.report()[a], k.report()[b]);
            }
            return c != 0 ? c : Long.compare(k.place()[a], k.place()[b]);
        });
        return order.length > needed ? Arrays.copyOf(order, needed) : order;
    }
}
