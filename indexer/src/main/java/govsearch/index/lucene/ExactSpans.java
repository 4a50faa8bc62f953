package govsearch.index.lucene;

import govsearch.analysis.ExactAnalyzer;
import govsearch.analysis.Folding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Where the exact field's matches lie in one section's text. The field keeps positions, not
 * offsets (docs/design/string-index.md, "Can the exact field go?"), so a match's characters are
 * found here: a string of Chinese characters is its literal occurrences in the folded text, which
 * are exactly the phrase's matches; anything else maps its positions to offsets by analysing the
 * text again as the index did. An index written before keeps its offsets, and they are used.
 */
final class ExactSpans {

    private static final Analyzer INDEX = ExactAnalyzer.forIndex();

    private final String text;
    private String folded;
    /** Start and end offset of the token at each position, from one analysis; null until needed. */
    private int[] startAt;
    private int[] endAt;
    /** A Chinese literal's occurrences, and how many of them its matches have taken, per query instance. */
    private final Map<Query, int[]> occurrences = new IdentityHashMap<>();
    private final Map<Query, Integer> taken = new IdentityHashMap<>();

    ExactSpans(String text) {
        this.text = text;
    }

    /**
     * The characters {@code [start, end)} of the exact-field match the iterator is on, or null if
     * its positions are not the text's (the text is not the one indexed), which callers skip.
     */
    int[] of(MatchesIterator it) throws IOException {
        if (it.startOffset() >= 0) {
            return new int[]{it.startOffset(), LuceneQueries.matchEnd(it.getQuery(), text, it.startOffset(), it.endOffset())};
        }
        Query q = it.getQuery();
        String literal = chineseLiteral(q);
        if (literal != null) {
            int[] found = occurrences.computeIfAbsent(q, k -> literalOccurrences(literal));
            int k = taken.merge(q, 1, Integer::sum) - 1;
            // A phrase's k-th match is the literal's k-th occurrence: the same set, both in text order.
            if (k < found.length) {
                return new int[]{found[k], found[k] + literal.length()};
            }
        }
        analyse();
        int start = offset(startAt, it.startPosition());
        int end = offset(endAt, it.endPosition());
        if (start < 0 || end < start) {
            return null;
        }
        return new int[]{start, LuceneQueries.matchEnd(q, text, start, end)};
    }

    private static int offset(int[] at, int position) {
        return position >= 0 && position < at.length ? at[position] : -1;
    }

    /**
     * The folded string an exact-field query matches literally, when it is made of Chinese
     * characters only: one character (every token starting with it), one bigram, or a phrase of
     * bigrams each starting where the one before ends. Null for anything else.
     */
    static String chineseLiteral(Query q) {
        if (q instanceof PrefixQuery p && p.getField().equals(Fields.EXACT)) {
            String c = p.getPrefix().text();
            return LuceneQueries.oneCharacter(c) && c.length() == 1 ? c : null;
        }
        if (q instanceof TermQuery t && t.getTerm().field().equals(Fields.EXACT)) {
            return bigram(t.getTerm().text()) ? t.getTerm().text() : null;
        }
        if (q instanceof PhraseQuery p && p.getField() != null && p.getField().equals(Fields.EXACT) && p.getSlop() == 0) {
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < terms.length; i++) {
                String t = terms[i].text();
                if (!bigram(t) || positions[i] != positions[0] + i || (i > 0 && t.charAt(0) != s.charAt(s.length() - 1))) {
                    return null;
                }
                s.append(i == 0 ? t : t.substring(1));
            }
            return s.isEmpty() ? null : s.toString();
        }
        return null;
    }

    private static boolean bigram(String t) {
        return t.length() == 2 && LuceneQueries.oneCharacter(t.substring(0, 1)) && LuceneQueries.oneCharacter(t.substring(1));
    }

    /** Every start of {@code literal} in the folded text, overlapping ones included (aba twice in ababa). */
    private int[] literalOccurrences(String literal) {
        if (folded == null) {
            folded = Folding.fold(text);
        }
        int[] out = new int[4];
        int n = 0;
        for (int at = folded.indexOf(literal); at >= 0; at = folded.indexOf(literal, at + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * n);
            }
            out[n++] = at;
        }
        return Arrays.copyOf(out, n);
    }

    /** The offsets of every position, as the index's analyzer gave them. */
    private void analyse() {
        if (startAt != null) {
            return;
        }
        int[] starts = new int[Math.max(16, text.length() + 1)];
        int[] ends = new int[starts.length];
        Arrays.fill(starts, -1);
        Arrays.fill(ends, -1);
        try (TokenStream ts = INDEX.tokenStream(Fields.EXACT, text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += increment.getPositionIncrement();
                if (pos >= starts.length) {
                    starts = grow(starts, pos);
                    ends = grow(ends, pos);
                }
                if (starts[pos] < 0) {
                    starts[pos] = offset.startOffset();
                    ends[pos] = offset.endOffset();
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startAt = starts;
        endAt = ends;
    }

    private static int[] grow(int[] a, int pos) {
        int old = a.length;
        int[] out = Arrays.copyOf(a, Math.max(2 * old, pos + 1));
        Arrays.fill(out, old, out.length, -1);
        return out;
    }
}
