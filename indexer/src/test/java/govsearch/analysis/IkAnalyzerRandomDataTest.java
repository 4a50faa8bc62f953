package govsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's random-text check of both IK modes: 200 random texts of up to 8,192 chars each.
 * Apart from IkAnalyzerTest because it runs for tens of seconds: the mutation profile (indexer/pom.xml)
 * leaves it out, as it would run again for every mutant the quick tests leave alive.
 */
public class IkAnalyzerRandomDataTest extends BaseTokenStreamTestCase {

    public void testRandomStringsNeverThrowAndOffsetsNeverGoBackwards() throws IOException {
        try (Analyzer a = IkAnalyzer.maxWord()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 8192);
        }
        try (Analyzer a = IkAnalyzer.smart()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 8192);
        }
    }
}
