package govsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.wltea.analyzer.core.IKSegmenter;
import org.wltea.analyzer.core.Lexeme;

/**
 * A Lucene tokenizer over IK's core segmenter. IK's own Lucene adapters are broken on Lucene 10,
 * and its segmenter mis-reads some inputs; {@link WholeReads} works around both read bugs.
 */
public final class IkTokenizer extends Tokenizer {

    /** IK's AnalyzeContext buffer size. */
    private static final int IK_BUFFER = 4096;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final boolean smart;
    private IKSegmenter segmenter;
    private WholeReads reads;
    private int lastStart;

    public IkTokenizer(boolean smart) {
        this.smart = smart;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        Lexeme lexeme;
        while ((lexeme = segmenter.next()) != null) {
            int start = lexeme.getBeginPosition();
            int end = lexeme.getEndPosition();
            // IK can return a token that starts before the previous one where a long letter or
            // digit run crosses its buffer boundary; Lucene forbids offsets that go backwards.
            if (start < lastStart || end > reads.charsRead || start >= end) {
                continue;
            }
            lastStart = start;
            term.setEmpty().append(lexeme.getLexemeText());
            offset.setOffset(correctOffset(start), correctOffset(end));
            type.setType(lexeme.getLexemeTypeString());
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        reads = new WholeReads(input);
        lastStart = 0;
        if (segmenter == null) {
            segmenter = new IKSegmenter(reads, smart);
        } else {
            segmenter.reset(reads);
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(reads.charsRead);
        offset.setOffset(finalOffset, finalOffset);
    }

    /**
     * Two IK read bugs, fixed here: a short read (as from a CharFilter) makes IK split words, so
     * every read fills the requested length; and IK adds the -1 of end-of-stream to its count when
     * it refills a partly consumed buffer, losing a char, so end-of-stream is reported as 0 to any
     * read shorter than IK's buffer (IK then asks again with a full buffer and gets -1).
     */
    private static final class WholeReads extends Reader {
        private final Reader in;
        int charsRead;

        WholeReads(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                int r = in.read(cbuf, off + n, len - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            charsRead += n;
            if (n == 0 && len > 0) {
                return len < IK_BUFFER ? 0 : -1;
            }
            return n;
        }

        @Override
        public void close() {
            // the Tokenizer owns and closes the underlying input
        }
    }
}
