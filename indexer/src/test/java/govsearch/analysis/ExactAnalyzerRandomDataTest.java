package govsearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's random-text check of the exact-match analyzer Elasticsearch's fields are made with: 200
 * random texts of up to 8,192 chars.
 * Apart from ExactAnalyzerTest because it runs for tens of seconds: the mutation profile (indexer/pom.xml)
 * leaves it out, as it would run again for every mutant the quick tests leave alive.
 */
public class ExactAnalyzerRandomDataTest extends BaseTokenStreamTestCase {

    public void testRandomStringsNeverThrowAndOffsetsNeverGoBackwards() throws IOException {
        try (Analyzer a = ExactAnalyzer.unigramsAndBigrams()) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER, 8192);
        }
    }
}
