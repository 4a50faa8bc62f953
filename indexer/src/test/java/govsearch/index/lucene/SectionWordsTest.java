package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionWordsTest {

    @TempDir
    Path dir;

    @Test
    void countsTheSmartWordsOfASection() throws Exception {
        SectionWords.Counts c = SectionWords.read("改革，开放，改革。");
        int at = Arrays.asList(c.words()).indexOf("改革");
        assertThat(c.counts()[at]).isEqualTo(2);
        assertThat(c.tokens()).isEqualTo(Arrays.stream(c.counts()).sum());
    }

    @Test
    void theCountsAStoredSectionKeepsDecodeToTheSameCounts() throws Exception {
        SectionWords.Counts read = SectionWords.read("改革，开放，改革。GDP增长6.6%");
        SectionWords.Counts back = SectionWords.decode(SectionWords.encode(read));
        assertThat(back.words()).containsExactly(read.words());
        assertThat(back.counts()).containsExactly(read.counts());
        assertThat(back.tokens()).isEqualTo(read.tokens());
        assertThat(SectionWords.decode("").words()).isEmpty();
    }

    @Test
    void aSectionIsSegmentedOnceUntilItsSegmentIsReplaced() throws Exception {
        SectionWords words = new SectionWords(1_000);
        AtomicInteger reads = new AtomicInteger();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StoredField("text", "发展经济"));
            w.addDocument(doc);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                LeafReaderContext leaf = r.leaves().getFirst();
                SectionWords.Text text = () -> {
                    reads.incrementAndGet();
                    return "发展经济，发展教育。";
                };
                SectionWords.Counts first = words.of(leaf, 0, text);
                assertThat(words.of(leaf, 0, text)).isSameAs(first);
                assertThat(reads).hasValue(1);
            }
            w.addDocument(doc);
            w.forceMerge(1);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(d)) {
                words.of(r.leaves().getFirst(), 0, () -> {
                    reads.incrementAndGet();
                    return "发展经济";
                });
                assertThat(reads).as("a merged segment is new").hasValue(2);
            }
        }
    }
}
