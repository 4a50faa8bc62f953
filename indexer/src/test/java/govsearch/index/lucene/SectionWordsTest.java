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
    void wordsStoredByWhereTheyOccurInTheFoldedTextDecodeToTheSameCounts() throws Exception {
        String[] texts = {"改革，开放，改革。GDP增长6.6%", "發展經濟，发展经济", "ＧＤＰ２０１９年、Ωμέγα ΑΛΦΑ", "", "。。。",
            "一、总体要求\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。"};
        java.util.Random random = new java.util.Random(7);
        String pieces = "经济发展高质量建设强國年工作GDPgdp2019，。、 ％Ａ";
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(texts));
        for (int i = 0; i < 200; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                t.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            all.add(t.toString());
        }
        all.add("第Ⅱ类 ΑΒΓ测试 ÄÖÜ Ⓐ级 发展");
        for (String text : all) {
            govsearch.analysis.IkSegmentation ik = govsearch.analysis.IkSegmentation.of(text);
            java.util.List<String> smart = ik.smartWords();
            String folded = govsearch.analysis.Folding.fold(text);
            // Located by looking each word up, and as the import does, told where IK found it.
            assertRoundTrip(text, smart, folded, SectionWords.located(smart, folded));
            assertRoundTrip(text, smart, folded, SectionWords.located(smart, ik.smartStarts(), folded));
        }
    }

    private static void assertRoundTrip(String text, java.util.List<String> smart, String folded, byte[] located)
            throws java.io.IOException {
        SectionWords.Counts read = SectionWords.count(smart);
        SectionWords.Counts back = SectionWords.decodeLocated(new org.apache.lucene.util.BytesRef(located), folded);
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        for (int i = 0; i < read.words().length; i++) {
            expected.put(read.words()[i], read.counts()[i]);
        }
        java.util.Map<String, Integer> got = new java.util.HashMap<>();
        for (int i = 0; i < back.words().length; i++) {
            got.put(back.words()[i], back.counts()[i]);
        }
        assertThat(got).as(text).isEqualTo(expected);
        assertThat(back.words()).as(text).hasSameSizeAs(read.words());
        assertThat(back.tokens()).as(text).isEqualTo(read.tokens());
    }

    @Test
    void aWordNotInTheTextIsKeptAsItIs() throws Exception {
        java.util.List<String> words = java.util.List.of("发展", "别处的词", "经济", "发展", "");
        SectionWords.Counts back = SectionWords.decodeLocated(
                new org.apache.lucene.util.BytesRef(SectionWords.located(words, "发展经济，发展")), "发展经济，发展");
        assertThat(back.words()).containsExactly("发展", "经济", "别处的词", "");
        assertThat(back.counts()).containsExactly(2, 1, 1, 1);
        assertThat(back.tokens()).isEqualTo(5);
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
