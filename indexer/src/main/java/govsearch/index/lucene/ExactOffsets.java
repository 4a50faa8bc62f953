package govsearch.index.lucene;

import govsearch.analysis.ExactAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.MatchesIterator;

/**
 * Where the tokens of a section's exact field sit in its text, by position. The field indexes
 * positions only: offsets in its postings took a sixth of the index and a few per cent of the
 * import, for what only the snippets and concordance lines of one page need, so those re-analyse
 * the few sections they show instead. The analysis is the index's own, so the offsets are those
 * the postings would have held.
 */
final class ExactOffsets {

    private static final Analyzer INDEX = ExactAnalyzer.forIndex();

    private final String text;
    private int[] starts;
    private int[] ends;

    private ExactOffsets(String text) {
        this.text = text;
    }

    /** Offsets of {@code text}'s exact tokens, analysed on first use: most sections shown have no exact match. */
    static ExactOffsets lazy(String text) {
        return new ExactOffsets(text);
    }

    /** Start offset of the current match: from the postings of an index written with offsets, else from the text. */
    int start(MatchesIterator match) throws IOException {
        int start = match.startOffset();
        return start >= 0 ? start : startOf(match.startPosition());
    }

    int end(MatchesIterator match) throws IOException {
        int end = match.endOffset();
        return end >= 0 ? end : endOf(match.endPosition());
    }

    int startOf(int position) {
        analyse();
        return position < starts.length ? starts[position] : -1;
    }

    int endOf(int position) {
        analyse();
        return position < ends.length ? ends[position] : -1;
    }

    private void analyse() {
        if (starts != null) {
            return;
        }
        int[] s = new int[Math.max(16, text.length())];
        int[] e = new int[s.length];
        Arrays.fill(s, -1);
        Arrays.fill(e, -1);
        int position = -1;
        try (TokenStream ts = INDEX.tokenStream(Fields.EXACT, text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                if (position >= s.length) {
                    int n = s.length;
                    s = Arrays.copyOf(s, Math.max(position + 1, n * 2));
                    e = Arrays.copyOf(e, s.length);
                    Arrays.fill(s, n, s.length, -1);
                    Arrays.fill(e, n, e.length, -1);
                }
                s[position] = offset.startOffset();
                e[position] = offset.endOffset();
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);   // analysing a String does no I/O
        }
        starts = s;
        ends = e;
    }
}
