package govsearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Character bigrams for exact Chinese strings, whatever IK makes of them. The index side keeps
 * unigrams too (a one-char query still matches); the query side uses bigrams only, so a quoted
 * string becomes a phrase of adjacent bigrams and matches exactly that string.
 */
public final class ExactAnalyzer extends Analyzer {

    private final boolean unigrams;

    private ExactAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    public static ExactAnalyzer forIndex() {
        return new ExactAnalyzer(true);
    }

    public static ExactAnalyzer forQuery() {
        return new ExactAnalyzer(false);
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
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
