package govsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.wltea.analyzer.core.Lexeme;
import org.wltea.analyzer.core.TwoModeSegmenter;

/**
 * One text segmented by IK in both modes at once: the tokens {@link IkAnalyzer#maxWord()} gives
 * and the words {@link IkAnalyzer#smart()} gives, from one pass over IK's dictionaries instead of
 * two. Folding, chunking and the offset checks are {@link IkTokenizer}'s, applied to each mode.
 */
public final class IkSegmentation {

    private static final ThreadLocal<TwoModeSegmenter> SEGMENTER = ThreadLocal.withInitial(TwoModeSegmenter::new);

    /**
     * Per char, whether lower-casing may change it (a cased letter or half a surrogate pair): IK
     * hands out lower-case ASCII already, and nearly every term passes {@link #lowerCase} unchanged.
     */
    private static final boolean[] CASED = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CASED[c] = Character.isSurrogate((char) c) || Character.toLowerCase((char) c) != c;
        }
    }

    private final String folded;
    private final int length;
    // Sized for about a max-word token per char, what Chinese text gives: grown when not enough.
    private String[] terms;
    private String[] types;
    private int[] starts;
    private int[] ends;
    private int size;
    private final List<String> smart = new ArrayList<>();
    private int[] smartStarts;

    private IkSegmentation(String folded) {
        this.folded = folded;
        this.length = folded.length();
        int capacity = length + 16;
        terms = new String[capacity];
        types = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        smartStarts = new int[length / 2 + 16];
    }

    public static IkSegmentation of(String text) {
        String folded = Folding.fold(text);
        IkSegmentation out = new IkSegmentation(folded);
        TwoModeSegmenter segmenter = SEGMENTER.get();
        int[] lastMaxStart = {0};
        int[] lastSmartStart = {0};
        int chunkEnd = 0;
        do {
            int chunkStart = chunkEnd;
            int end = IkTokenizer.chunkEnd(folded, chunkStart);
            chunkEnd = end;
            try {
                segmenter.segment(new StringReader(folded.substring(chunkStart, end)),
                        l -> {
                            if (kept(l, chunkStart, end, lastMaxStart)) {
                                out.add(lowerCase(l.getLexemeText()), chunkStart + l.getBeginPosition(),
                                        chunkStart + l.getEndPosition(), l.getLexemeTypeString());
                            }
                        },
                        l -> {
                            if (kept(l, chunkStart, end, lastSmartStart)) {
                                out.addSmart(lowerCase(l.getLexemeText()), chunkStart + l.getBeginPosition());
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // reading a String does no I/O
            }
        } while (chunkEnd < folded.length());
        return out;
    }

    /**
     * IkTokenizer's check: offsets never go backwards, whatever IK does. Package-private for its
     * test: IK gives lexemes in order on every input we have, so only a made-up lexeme reaches the refusal.
     */
    static boolean kept(Lexeme l, int chunkStart, int chunkEnd, int[] lastStart) {
        int start = chunkStart + l.getBeginPosition();
        int end = chunkStart + l.getEndPosition();
        if (!IkTokenizer.inOrder(start, end, lastStart[0], chunkEnd)) {
            return false;
        }
        lastStart[0] = start;
        return true;
    }

    /** As {@link LowerCaseFilter} lower-cases a term. */
    static String lowerCase(String term) {
        boolean cased = false;
        for (int i = 0; i < term.length() && !cased; i++) {
            char c = term.charAt(i);
            // CJK radicals to Yi (U+2E80..U+A63F) hold no cased letter: no look-up for Chinese text.
            cased = (c < '\u2E80' || c >= '\uA640') && CASED[c];
        }
        if (!cased) {
            return term;
        }
        char[] chars = term.toCharArray();
        CharacterUtils.toLowerCase(chars, 0, chars.length);
        return new String(chars);
    }

    private void add(String term, int start, int end, String type) {
        if (size == terms.length) {
            int n = size * 2;
            terms = Arrays.copyOf(terms, n);
            types = Arrays.copyOf(types, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        terms[size] = term;
        types[size] = type;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private void addSmart(String word, int start) {
        if (smart.size() == smartStarts.length) {
            smartStarts = Arrays.copyOf(smartStarts, 2 * smartStarts.length);
        }
        smartStarts[smart.size()] = start;
        smart.add(word);
    }

    /** The text as segmented: folded ({@link Folding}). */
    public String folded() {
        return folded;
    }

    /** Where each of {@link #smartWords()} starts in {@link #folded()}. */
    public int[] smartStarts() {
        return Arrays.copyOf(smartStarts, smart.size());
    }

    /** The smart words, lower-cased, in order. */
    public List<String> smartWords() {
        return smart;
    }

    /**
     * The max-word tokens as {@link IkAnalyzer#maxWord()} analyses the text, for indexing it once:
     * lower-cased as its {@link LowerCaseFilter} does, when they were added.
     */
    public TokenStream maxWordTokens() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (next >= size) {
                return false;
            }
            term.setEmpty().append(terms[next]);
            offset.setOffset(starts[next], ends[next]);
            type.setType(types[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(length, length);
        }
    }
}
