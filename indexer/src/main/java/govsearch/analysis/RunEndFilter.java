package govsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After the last bigram of a run of Chinese characters, that run's last character, at the next
 * position — where {@link CJKBigramFilter} with unigrams puts it, so positions (and the phrase
 * queries over them) are those of the bigram-and-unigram stream. With it every character of a text starts exactly one token — a
 * bigram, or the unigram at a run's end or of a lone character — so one character is found (and
 * counted) as the tokens starting with it, without indexing a unigram for every character: that
 * took 40 % more tokens, which Lucene's inversion pays for per token.
 */
final class RunEndFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /** The token read ahead to see whether a run goes on, or null. */
    private State ahead;
    private boolean exhausted;
    /** The bigram whose run ends with it, still to be followed by its last character. */
    private State runEnd;

    RunEndFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (runEnd != null) {
            restoreState(runEnd);
            runEnd = null;
            String bigram = term.toString();
            int last = bigram.offsetByCodePoints(bigram.length(), -1);
            int lastLength = bigram.length() - last;
            int end = offset.endOffset();
            term.setEmpty().append(bigram, last, bigram.length());
            offset.setOffset(Math.max(offset.startOffset(), end - lastLength), end);
            increment.setPositionIncrement(1);
            type.setType(CJKBigramFilter.SINGLE_TYPE);
            return true;
        }
        if (ahead != null) {
            restoreState(ahead);
            ahead = null;
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
            return true;
        }
        State bigram = captureState();
        int end = offset.endOffset();
        boolean goesOn = false;
        if (input.incrementToken()) {
            goesOn = CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) && offset.startOffset() < end;
            ahead = captureState();
        } else {
            exhausted = true;
        }
        restoreState(bigram);
        if (!goesOn) {
            runEnd = bigram;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        ahead = null;
        runEnd = null;
        exhausted = false;
    }
}
