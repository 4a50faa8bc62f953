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

    @Test
    void aMergeTakesItsPartsChunksOverAndFindsWhatABuildOfTheMergedTextsFinds() throws IOException {
        assertMergedFileFindsEveryOccurrence(false);
    }

    @Test
    void aMergeThatDroppedDeletedDocumentsBuildsItsFileAgain() throws IOException {
        assertMergedFileFindsEveryOccurrence(true);
    }

    /**
     * Four segments of random texts in chunks of at most 40 chars merged into one; with
     * {@code deleting}, some documents deleted first, so the merge drops them and the parts'
     * chunks no longer line up. Every occurrence of every string of one to three chars in the
     * merged file lies in a document whose text holds it there, and their number is the texts'.
     */
    private void assertMergedFileFindsEveryOccurrence(boolean deleting) throws IOException {
        java.util.Random random = new java.util.Random(deleting ? 2 : 1);
        List<String> texts = new java.util.ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(temp)) {
            // One index for the policy and the warmer: the warmer looks the merge up where the policy put it.
            StringIndex index = new StringIndex(dir, 40);
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(index.watching(new TieredMergePolicy()))
                    .setMergedSegmentWarmer(index::buildMerged))) {
                for (int segment = 0; segment < 4; segment++) {
                    for (int d = 0; d < 6; d++) {
                        StringBuilder b = new StringBuilder();
                        int n = 5 + random.nextInt(26);
                        for (int i = 0; i < n; i++) {
                            b.append("稳中求进高质量发展两翼".charAt(random.nextInt(11)));
                        }
                        Document doc = section(b.toString());
                        doc.add(new org.apache.lucene.document.StringField("id", "d" + texts.size(), org.apache.lucene.document.Field.Store.NO));
                        texts.add(b.toString());
                        writer.addDocument(doc);
                    }
                    writer.flush();
                }
                try (DirectoryReader before = DirectoryReader.open(writer)) {
                    index.update(before);
                    if (deleting) {
                        for (int i = 0; i < texts.size(); i += 5) {
                            writer.deleteDocuments(new org.apache.lucene.index.Term("id", "d" + i));
                            texts.set(i, "");
                        }
                    }
                    long reused = StringIndex.REUSED.get();
                    writer.forceMerge(1);
                    if (deleting) {
                        assertThat(StringIndex.REUSED.get()).as("chunks taken over").isEqualTo(reused);
                    } else {
                        assertThat(StringIndex.REUSED.get()).as("chunks taken over").isGreaterThan(reused);
                    }
                    try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                        index.update(after);
                        LeafReaderContext leaf = after.leaves().getFirst();
                        StringIndex.Segment segment = index.of(leaf);
                        var stored = leaf.reader().storedFields();
                        List<String> patterns = new java.util.ArrayList<>();
                        for (String t : texts) {
                            for (int i = 0; i + 3 <= t.length(); i += 2) {
                                patterns.add(t.substring(i, i + 1 + i % 3));
                            }
                        }
                        for (String p : patterns) {
                            long expected = 0;
                            for (String t : texts) {
                                for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
                                    expected++;
                                }
                            }
                            long[] found = {0};
                            for (var chunk : segment.strings().chunks()) {
                                StringCounts.eachOccurrence(chunk, p.toCharArray(), leaf.reader().getLiveDocs(), null, (doc, pos) -> {
                                    String text = stored.document(doc).get(Fields.TEXT);
                                    assertThat(text.startsWith(p, pos - chunk.start(doc))).as(p + " in document " + doc).isTrue();
                                    found[0]++;
                                });
                            }
                            assertThat(found[0]).as(p).isEqualTo(expected);
                        }
                    }
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
