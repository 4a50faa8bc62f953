package govsearch.elasticsearch;

import govsearch.analysis.ExactAnalyzer;
import govsearch.analysis.IkAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Our own analyzers, run in Java, their tokens sent to Elasticsearch as text that its built-in
 * {@code whitespace} analyzer splits back into the same tokens. So both backends index identical
 * tokens and no cluster needs the IK plugin.
 *
 * <p>The exact field of the Lucene backend stacks each character bigram on the unigram at its
 * start (position increment 0), which whitespace-joined text cannot express. It is sent as two
 * aligned fields instead: {@code exact} holds the unigram (or latin word) at each position,
 * {@code exact2} the bigram starting there or {@link #NO_BIGRAM}. Position p of either field is
 * position p of the Lucene field, so a phrase of bigrams is a phrase on {@code exact2}, of
 * unigrams a phrase on {@code exact}, and a mix a span query across both (field masking).
 */
final class Tokens {

    /** Fills a position of {@code exact2} without a bigram; never a query token. */
    static final String NO_BIGRAM = "_";
    static final String DOUBLE = "<DOUBLE>";

    private static final Analyzer MAX_WORD = IkAnalyzer.maxWord();
    private static final Analyzer SMART = IkAnalyzer.smart();
    private static final Analyzer EXACT_INDEX = ExactAnalyzer.unigramsAndBigrams();
    private static final Analyzer EXACT_QUERY = ExactAnalyzer.forQuery();

    /** A token with its position in the stream, offsets in the text, and whether it is a bigram. */
    record Token(String term, int position, int start, int end, boolean bigram) {
    }

    private Tokens() {
    }

    static List<Token> maxWord(String text) {
        return analyse(MAX_WORD, text);
    }

    static List<Token> smart(String text) {
        return analyse(SMART, text);
    }

    static List<Token> exactIndex(String text) {
        return analyse(EXACT_INDEX, text);
    }

    static List<Token> exactQuery(String text) {
        return analyse(EXACT_QUERY, text);
    }

    /** The terms of a token stream (IkSegmentation's replayed max-word tokens), joined by spaces. */
    static String joined(TokenStream stream) {
        return joined(analyse(stream));
    }

    static String joined(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t.term());
        }
        return b.toString();
    }

    /** The exact field as the two aligned whitespace texts {exact, exact2}. */
    static String[] exactFields(String text) {
        List<Token> tokens = exactIndex(text);
        int positions = tokens.isEmpty() ? 0 : tokens.getLast().position() + 1;
        String[] primary = new String[positions];
        String[] stacked = new String[positions];
        for (Token t : tokens) {
            if (t.bigram()) {
                stacked[t.position()] = t.term();
            } else {
                primary[t.position()] = t.term();
            }
        }
        StringBuilder p = new StringBuilder();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < positions; i++) {
            if (i > 0) {
                p.append(' ');
                s.append(' ');
            }
            p.append(primary[i] == null ? NO_BIGRAM : primary[i]);
            s.append(stacked[i] == null ? NO_BIGRAM : stacked[i]);
        }
        return new String[]{p.toString(), s.toString()};
    }

    private static List<Token> analyse(Analyzer analyzer, String text) {
        return analyse(analyzer.tokenStream("f", text));
    }

    private static List<Token> analyse(TokenStream stream) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), Math.max(0, pos), offset.startOffset(), offset.endOffset(),
                        DOUBLE.equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
