package govsearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Character bigrams for exact Chinese strings, whatever IK makes of them. A quoted string becomes
 * a phrase of adjacent bigrams (a lone character stays a unigram) and matches exactly that string.
 * The index side adds, after each run's last bigram, the run's last character
 * ({@link RunEndFilter}), so that every character starts exactly one token and a single character
 * is found as the tokens starting with it.
 */
public final class ExactAnalyzer extends Analyzer {

    private final boolean unigrams;
    private final boolean runEnds;

    private ExactAnalyzer(boolean unigrams, boolean runEnds) {
        this.unigrams = unigrams;
        this.runEnds = runEnds;
    }

    public static ExactAnalyzer forIndex() {
        return new ExactAnalyzer(false, true);
    }

    public static ExactAnalyzer forQuery() {
        return new ExactAnalyzer(false, false);
    }

    /** A unigram for every character and a bigram stacked on each: what the Elasticsearch fields are made of. */
    public static ExactAnalyzer unigramsAndBigrams() {
        return new ExactAnalyzer(true, false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
        if (runEnds) {
            stream = new RunEndFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
