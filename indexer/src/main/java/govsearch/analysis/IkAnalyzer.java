package govsearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * IK segmentation for recall: max-word at index time (every dictionary word, overlapping),
 * smart at query time (one best segmentation). The dictionary is IK's own plus gov-words.dic.
 */
public final class IkAnalyzer extends Analyzer {

    private final boolean smart;

    private IkAnalyzer(boolean smart) {
        this.smart = smart;
    }

    public static IkAnalyzer maxWord() {
        return new IkAnalyzer(false);
    }

    public static IkAnalyzer smart() {
        return new IkAnalyzer(true);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        IkTokenizer tokenizer = new IkTokenizer(smart);
        // IK lower-cases full-width letters but not ASCII ones (ＧＤＰ → gdp, CPI stays CPI).
        TokenStream stream = new LowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
