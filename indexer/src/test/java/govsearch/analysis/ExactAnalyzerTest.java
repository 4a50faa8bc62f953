package govsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class ExactAnalyzerTest extends BaseTokenStreamTestCase {

    public void testIndexSideIsBigramsWithEachRunsLastCharacterAfterItsLastBigram() throws IOException {
        try (Analyzer a = ExactAnalyzer.forIndex()) {
            assertAnalyzesTo(a, "成小康",
                    new String[]{"成小", "小康", "康"},
                    new int[]{0, 1, 2},
                    new int[]{2, 3, 3},
                    new int[]{1, 1, 1});
            // every character starts exactly one token: a bigram, a run's last character, a lone character
            assertAnalyzesTo(a, "2019年工作，去年6月",
                    new String[]{"2019", "年工", "工作", "作", "去年", "年", "6", "月"},
                    new int[]{0, 4, 5, 6, 8, 9, 10, 11},
                    new int[]{4, 6, 7, 7, 10, 10, 11, 12},
                    new int[]{1, 1, 1, 1, 1, 1, 1, 1});
            assertAnalyzesTo(a, "国", new String[]{"国"}, new int[]{0}, new int[]{1}, new int[]{1});
            assertAnalyzesTo(a, "𠀀𠀁", new String[]{"𠀀𠀁", "𠀁"}, new int[]{0, 2}, new int[]{4, 4}, new int[]{1, 1});
        }
    }

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
