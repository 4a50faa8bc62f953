package govsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class ExactAnalyzerTest extends BaseTokenStreamTestCase {

    public void testUnigramsAndBigramsForElasticsearchStackEachBigramOnItsFirstCharacter() throws IOException {
        try (Analyzer a = ExactAnalyzer.unigramsAndBigrams()) {
            assertAnalyzesTo(a, "成小康",
                    new String[]{"成", "成小", "小", "小康", "康"},
                    new int[]{0, 0, 1, 1, 2},
                    new int[]{1, 2, 2, 3, 3},
                    new int[]{1, 0, 1, 0, 1});
        }
    }

    public void testQuerySideIsAPhraseOfAdjacentBigrams() throws IOException {
        try (Analyzer a = ExactAnalyzer.forQuery()) {
            assertAnalyzesTo(a, "成小康", new String[]{"成小", "小康"}, new int[]{0, 1}, new int[]{2, 3}, new int[]{1, 1});
            assertAnalyzesTo(a, "康", new String[]{"康"});
        }
    }

    public void testLettersDigitsAndTraditionalCharactersFold() throws IOException {
        try (Analyzer a = ExactAnalyzer.forQuery()) {
            assertAnalyzesTo(a, "ＧＤＰ增長6.6%", new String[]{"gdp", "增长", "6.6"}, new int[]{0, 3, 5}, new int[]{3, 5, 8});
        }
    }
}
