package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the suffix-array files beside the segments are built: the segments a commit finds without
 * one, all of them (side by side), and a merged segment by the merge itself, before any reader
 * holds it — and kept until one does. On a real index on disk with a writer of its own, so the
 * test decides when segments are flushed and merged.
 */
class StringIndexTest {

    @TempDir
    Path temp;

    @Test
    void aReaderOfSeveralSegmentsWithoutFilesGetsAFileForEachWithTheirCounts() throws IOException {
        try (FSDirectory dir = FSDirectory.open(temp);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            StringIndex strings = new StringIndex(dir, 1000);
            for (int segment = 0; segment < 5; segment++) {
                writer.addDocument(section("稳中求进，稳中求进" + segment));
                writer.addDocument(section("高质量发展"));
                writer.flush();
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                assertThat(reader.leaves()).hasSize(5);
                strings.update(reader);

                assertThat(stringFiles()).hasSize(5);
                for (LeafReaderContext leaf : reader.leaves()) {
                    StringIndex.Segment segment = strings.of(leaf);
                    assertThat(segment).isNotNull();
                    assertThat(count(segment, "稳中求进")).isEqualTo(2);
                    assertThat(count(segment, "高质量")).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void aMergeBuildsItsSegmentsFileAndAnOlderReadersUpdateKeepsIt() throws IOException {
        StringIndex[] strings = new StringIndex[1];
        try (FSDirectory dir = FSDirectory.open(temp);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(new TieredMergePolicy())
                     .setMergedSegmentWarmer(r -> strings[0].buildMerged(r)))) {
            strings[0] = new StringIndex(dir, 1000);
            for (int segment = 0; segment < 3; segment++) {
                writer.addDocument(section("加快建设制造强国" + segment));
                writer.flush();
            }
            // A reader from the writer puts it in near-real-time mode: merged segments are warmed.
            try (DirectoryReader before = DirectoryReader.open(writer)) {
                strings[0].update(before);
                List<String> ofTheParts = stringFiles();
                assertThat(ofTheParts).hasSize(3);

                writer.forceMerge(1);
                List<String> afterMerge = stringFiles();
                assertThat(afterMerge).as("the merged segment's file, built by the merge").hasSize(4).containsAll(ofTheParts);

                strings[0].update(before);
                assertThat(stringFiles()).as("a reader that predates the merge does not delete its file").hasSize(4);

                try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                    assertThat(after.leaves()).hasSize(1);
                    String merged = StringIndex.fileName(after.leaves().getFirst().reader());
                    assertThat(afterMerge).contains(merged);
                    long built = StringIndex.BUILDING.get();
                    strings[0].update(after);

                    assertThat(StringIndex.BUILDING.get()).as("nothing left to build at the commit").isEqualTo(built);
                    assertThat(stringFiles()).as("the parts' files gone with them").containsExactly(merged);
                    assertThat(count(strings[0].of(after.leaves().getFirst()), "制造强国")).isEqualTo(3);
                }
            }
        }
    }

    private static Document section(String text) {
        Document doc = new Document();
        doc.add(new StoredField(Fields.TEXT, text));
        return doc;
    }

    private static int count(StringIndex.Segment segment, String term) throws IOException {
        int n = 0;
        for (var chunk : segment.strings().chunks()) {
            long range = chunk.range(term.toCharArray());
            n += (int) range - (int) (range >>> 32);
        }
        return n;
    }

    private List<String> stringFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(StringIndex.PREFIX)).sorted().toList();
        }
    }
}
