package govsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class IkAnalyzerTest extends BaseTokenStreamTestCase {

    public void testSmartModeGivesOneSegmentationWithOffsetsAndPositions() throws IOException {
        try (Analyzer a = IkAnalyzer.smart()) {
            assertAnalyzesTo(a, "统战部牵头",
                    new String[]{"统战部", "牵头"},
                    new int[]{0, 3},
                    new int[]{3, 5},
                    new int[]{1, 1});
        }
    }

    public void testMaxWordModeEmitsOverlappingWordsEachAtItsOwnPosition() throws IOException {
        try (Analyzer a = IkAnalyzer.maxWord()) {
            assertAnalyzesTo(a, "决胜全面建成小康社会",
                    new String[]{"决胜", "全面建成小康社会", "全面", "建成", "小康社会", "小康", "社会"},
                    new int[]{0, 2, 2, 4, 6, 6, 8},
                    new int[]{2, 10, 4, 6, 10, 8, 10},
                    new int[]{1, 1, 1, 1, 1, 1, 1});
        }
    }

    public void testGovernmentDictionaryKeepsOfficialTermsWhole() throws IOException {
        try (Analyzer a = IkAnalyzer.smart()) {
            assertAnalyzesTo(a, "非公有制经济", new String[]{"非公有制经济"});
            assertAnalyzesTo(a, "民主党派", new String[]{"民主党派"});
            assertAnalyzesTo(a, "脱贫攻坚", new String[]{"脱贫攻坚"});
            assertAnalyzesTo(a, "嘎查", new String[]{"嘎查"});
        }
    }

    public void testTraditionalFoldsToSimplifiedKeepingOriginalOffsets() throws IOException {
        try (Analyzer a = IkAnalyzer.smart()) {
            assertAnalyzesTo(a, "統一戰線", new String[]{"统一战线"}, new int[]{0}, new int[]{4});
        }
    }

    public void testAsciiAndFullWidthLettersBothLowerCase() throws IOException {
        try (Analyzer a = IkAnalyzer.smart()) {
            assertAnalyzesTo(a, "ＧＤＰ", new String[]{"gdp"});
            assertAnalyzesTo(a, "CPI", new String[]{"cpi"});
        }
    }

    /** Regression: a reader that returns one char at a time made IK split 统战部 into 统战|战|部. */
    public void testShortReadsDoNotSplitWords() throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new OneCharAtATime(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                IkTokenizer t = new IkTokenizer(true);
                return new TokenStreamComponents(t);
            }
        };
        assertAnalyzesTo(a, "统战部牵头", new String[]{"统战部", "牵头"});
        a.close();
    }

    /** Regression: inputs whose length crosses IK's 4096-char buffer lost their last char. */
    public void testNoCharIsLostAtAnyLengthAroundTheBuffer() throws IOException {
        try (Analyzer a = IkAnalyzer.smart()) {
            for (int len = 4090; len <= 4110; len++) {
                for (int extra : new int[]{0, 4002}) {
                    String text = "经".repeat(len + extra - 1) + "济";
                    String last = null;
                    int end = 0;
                    try (var ts = a.tokenStream("f", text)) {
                        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                        var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            last = term.toString();
                            end = off.endOffset();
                        }
                        ts.end();
                    }
                    assertEquals("length " + text.length(), text.length(), end);
                    assertTrue("length " + text.length() + " ends " + last, last.endsWith("济"));
                }
            }
        }
    }

    private static final class OneCharAtATime extends CharFilter {
        OneCharAtATime(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return input.read(cbuf, off, Math.min(len, 1));
        }

        @Override
        protected int correct(int currentOff) {
            return currentOff;
        }
    }
}
