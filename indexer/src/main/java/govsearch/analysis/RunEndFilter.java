package govsearch.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After the last bigram of a run of Chinese characters, that run's last character, at the next
 * position — where {@link CJKBigramFilter} with unigrams puts it, so positions (and the phrase
 * queries over them) are those of the bigram-and-unigram stream. With it every character of a text starts exactly one token — a
 * bigram, or the unigram at a run's end or of a lone character — so one character is found (and
 * counted) as the tokens starting with it, without indexing a unigram for every character: that
 * took 40 % more tokens, which Lucene's inversion pays for per token.
 *
 * <p>The token read ahead is kept in fields of its own rather than as a captured state: capturing
 * clones every attribute, and this filter reads ahead at every bigram of every text it indexes.
 */
final class RunEndFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    /** A token as this chain makes it: the attributes above, all others at their defaults. */
    private final class Saved {
        char[] chars = new char[8];
        int charCount;
        int start;
        int end;
        int positionIncrement;
        int positionLength;
        String tokenType;

        void save() {
            charCount = term.length();
            if (chars.length < charCount) {
                chars = Arrays.copyOf(chars, charCount);
            }
            System.arraycopy(term.buffer(), 0, chars, 0, charCount);
            start = offset.startOffset();
            end = offset.endOffset();
            positionIncrement = increment.getPositionIncrement();
            positionLength = length.getPositionLength();
            tokenType = type.type();
        }

        void restore() {
            clearAttributes();
            term.copyBuffer(chars, 0, charCount);
            offset.setOffset(start, end);
            increment.setPositionIncrement(positionIncrement);
            length.setPositionLength(positionLength);
            type.setType(tokenType);
        }
    }

    private final Saved bigram = new Saved();
    /** The token read ahead to see whether a run goes on. */
    private final Saved ahead = new Saved();
    private boolean hasAhead;
    private boolean exhausted;
    /** The bigram just returned ends its run: its last character comes next. */
    private boolean runEnd;

    RunEndFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (runEnd) {
            runEnd = false;
            bigram.restore();
            String pair = term.toString();
            int last = pair.offsetByCodePoints(pair.length(), -1);
            int lastLength = pair.length() - last;
            int end = offset.endOffset();
            term.setEmpty().append(pair, last, pair.length());
            offset.setOffset(Math.max(offset.startOffset(), end - lastLength), end);
            increment.setPositionIncrement(1);
            type.setType(CJKBigramFilter.SINGLE_TYPE);
            return true;
        }
        if (hasAhead) {
            ahead.restore();
            hasAhead = false;
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
            return true;
        }
        bigram.save();
        int end = offset.endOffset();
        boolean goesOn = false;
        if (input.incrementToken()) {
            goesOn = CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) && offset.startOffset() < end;
            ahead.save();
            hasAhead = true;
        } else {
            exhausted = true;
        }
        bigram.restore();
        runEnd = !goesOn;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        hasAhead = false;
        runEnd = false;
        exhausted = false;
    }
}
