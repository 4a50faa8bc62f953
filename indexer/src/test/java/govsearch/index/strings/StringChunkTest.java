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
}
