package govsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.wltea.analyzer.core.IKSegmenter;
import org.wltea.analyzer.core.Lexeme;

/**
 * A Lucene tokenizer over IK's core segmenter (IK's own Lucene adapters are broken on Lucene 10).
 *
 * <p>IK mis-reads its input in three ways: a short read splits words, a buffer refill can lose the
 * last char, and a letter run across its 4096-char buffer comes out twice. All three happen only
 * when IK reads more than once, so this tokenizer reads the whole input itself and feeds IK chunks
 * shorter than its buffer, cut where no word can span (punctuation, spaces).
 */
public final class IkTokenizer extends Tokenizer {

    /** Under IK's AnalyzeContext buffer (4096), so IK fills it in one read. */
    static final int CHUNK = 4000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final boolean smart;
    private final StringBuilder text = new StringBuilder();
    private final char[] readBuffer = new char[2048];
    private IKSegmenter segmenter;
    private int chunkStart;
    private int chunkEnd;
    private int lastStart;
    private boolean ready;

    public IkTokenizer(boolean smart) {
        this.smart = smart;
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!ready) {
            throw new IllegalStateException("reset() was not called");
        }
        while (true) {
            Lexeme lexeme = segmenter.next();
            if (lexeme == null) {
                if (chunkEnd >= text.length()) {
                    return false;
                }
                nextChunk();
                continue;
            }
            int start = chunkStart + lexeme.getBeginPosition();
            int end = chunkStart + lexeme.getEndPosition();
            if (!inOrder(start, end, lastStart, chunkEnd)) {
                continue;
            }
            lastStart = start;
            term.setEmpty().append(lexeme.getLexemeText());
            offset.setOffset(correctOffset(start), correctOffset(end));
            type.setType(lexeme.getLexemeTypeString());
            return true;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        int n;
        while ((n = input.read(readBuffer)) >= 0) {
            text.append(readBuffer, 0, n);
        }
        lastStart = 0;
        chunkEnd = 0;
        if (segmenter == null) {
            segmenter = new IKSegmenter(new StringReader(""), smart);
        }
        nextChunk();
        ready = true;
    }

    private void nextChunk() {
        chunkStart = chunkEnd;
        chunkEnd = chunkEnd(text, chunkStart);
        segmenter.reset(new StringReader(text.substring(chunkStart, chunkEnd)));
    }

    /** Whether a lexeme may be emitted: never let offsets go backwards or out of the chunk, whatever IK does. */
    static boolean inOrder(int start, int end, int lastStart, int chunkEnd) {
        return start >= lastStart && start < end && end <= chunkEnd;
    }

    static int chunkEnd(CharSequence text, int start) {
        int limit = start + CHUNK;
        if (limit >= text.length()) {
            return text.length();
        }
        for (int i = limit; i > start + CHUNK / 2; i--) {
            // A surrogate is no letter to isLetterOrDigit, but a cut after a high one splits a character.
            char c = text.charAt(i - 1);
            if (!Character.isLetterOrDigit(c) && !Character.isHighSurrogate(c)) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text.length());
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        ready = false;
        text.setLength(0);
        if (text.capacity() > 1 << 16) {
            text.trimToSize();
        }
    }
}
