package govsearch.index.strings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StringChunkTest {

    @TempDir
    Path dir;

    @Test
    void everyPositionIsInTheDocumentWhoseTextHoldsItReadOneByOneOrManyAtOnce() throws IOException {
        // Texts of 0 to 300 chars: documents shorter and longer than a lookup block, and empty ones.
        String[] texts = new String[40];
        for (int d = 0; d < texts.length; d++) {
            texts[d] = "发展".repeat(d * 37 % 151);
        }
        try (Directory directory = FSDirectory.open(dir)) {
            SegmentStrings.write(directory, "t.sa", texts.length, doc -> texts[doc], 2_000);
            try (SegmentStrings strings = SegmentStrings.open(directory, "t.sa")) {
                assertThat(strings.chunks()).hasSizeGreaterThan(1);
                for (StringChunk chunk : strings.chunks()) {
                    int[] positions = new int[chunk.length()];
                    int[] expected = new int[chunk.length()];
                    for (int doc = chunk.firstDoc(); doc < chunk.firstDoc() + chunk.docs(); doc++) {
                        // A document's text and the NUL after it.
                        for (int p = chunk.start(doc); p <= chunk.start(doc) + chunk.textLength(doc); p++) {
                            positions[p] = p;
                            expected[p] = doc;
                        }
                    }
                    int[] docs = new int[positions.length];
                    chunk.docsAt(positions, positions.length, docs);

                    assertThat(docs).isEqualTo(expected);
                    for (int p = 0; p < positions.length; p++) {
                        assertThat(chunk.docAt(p)).as("position %d", p).isEqualTo(expected[p]);
                    }
                }
            }
        }
    }
    @Test
    void aStringsRangeHoldsAsManyRanksAsItHasOccurrencesAndItsSampledWindowHoldsTheRange() throws IOException {
        // Thousands of chars of a four-letter alphabet: every short string occurs many times, across many samples.
        java.util.Random random = new java.util.Random(7);
        String[] texts = new String[100];
        for (int d = 0; d < texts.length; d++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 100 + random.nextInt(150); i++) {
                b.append("改革发展".charAt(random.nextInt(4)));
            }
            texts[d] = b.toString();
        }
        try (Directory directory = FSDirectory.open(dir)) {
            SegmentStrings.write(directory, "w.sa", texts.length, doc -> texts[doc], 1 << 20);
            try (SegmentStrings strings = SegmentStrings.open(directory, "w.sa")) {
                StringChunk chunk = strings.chunks().getFirst();
                assertThat(chunk.length()).isGreaterThan(20 * 256);
                for (int n = 1; n <= 6; n++) {
                    for (int t = 0; t < 40; t++) {
                        StringBuilder p = new StringBuilder();
                        for (int i = 0; i < n; i++) {
                            p.append("改革发展省".charAt(random.nextInt(5)));
                        }
                        String pattern = p.toString();
                        long occurrences = 0;
                        for (String text : texts) {
                            for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
                                occurrences++;
                            }
                        }
                        long range = chunk.range(pattern.toCharArray());
                        int from = (int) (range >>> 32);
                        int to = (int) range;
                        long window = chunk.window(pattern);

                        assertThat(to - from).as(pattern).isEqualTo(occurrences);
                        assertThat((int) (window >>> 32)).as(pattern).isLessThanOrEqualTo(from);
                        assertThat((int) window).as(pattern).isGreaterThanOrEqualTo(to);
                        for (int r = from; r < to; r++) {
                            int pos = chunk.suffix(r);
                            for (int i = 0; i < n; i++) {
                                assertThat(chunk.charAt(pos + i)).isEqualTo(pattern.charAt(i));
                            }
                        }
                    }
                }
            }
        }
    }
}
