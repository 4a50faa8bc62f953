package govsearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Character bigrams for exact Chinese strings, whatever IK makes of them: what the Elasticsearch
 * backend's exact fields hold ({@link #unigramsAndBigrams()}) and how a quoted string is spelt
 * against them, a phrase of adjacent bigrams ({@link #forQuery()}); phrasing compares drafts by
 * the same bigrams. The Lucene index finds exact strings in its suffix arrays instead and has no
 * bigram field since 2026-12-06 (docs/design/string-index.md).
 */
public final class ExactAnalyzer extends Analyzer {

    private final boolean unigrams;

    private ExactAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    public static ExactAnalyzer forQuery() {
        return new ExactAnalyzer(false);
    }

    /** A unigram for every character and a bigram stacked on each: what the Elasticsearch fields are made of. */
    public static ExactAnalyzer unigramsAndBigrams() {
        return new ExactAnalyzer(true);
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
