package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndexContract;
import govsearch.index.SearchResult;
import govsearch.report.Region;
import govsearch.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact field keeps positions and no offsets: snippets and concordance lines locate its
 * matches in the text themselves, and must mark exactly what an index with offsets marked; the
 * section words are stored by where they occur, and must count as the words themselves did. Each
 * case is asked of an index written the old way (offsets in the exact field, the words as
 * strings, both of which the index keeps reading) and of one written today.
 */
class ExactSpansTest {

    /** Chinese (traditional among them), Latin, digits, full-width forms, punctuation and spaces. */
    private static final String[] PIECES = {"经济", "发展", "發展", "高质量", "建设", "强国", "哈啊", "哈", "年", "工作",
        "GDP", "gdp", "5G", "2019", "6.5", "ＧＤＰ", "２０１９", "，", "。", "、", " ", "%", "增长", "个百分点", "x"};

    @TempDir
    Path temp;
    private final List<Report> reports = new ArrayList<>();
    private final Random random = new Random(18);

    @BeforeEach
    void generate() {
        for (int r = 0; r < 30; r++) {
            StringBuilder text = new StringBuilder("一、总体要求\n");
            for (int p = 0; p < 6; p++) {
                for (int w = 0; w < 40; w++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                text.append("。\n");
                if (p == 2) {
                    text.append("二、重点任务\n");
                }
            }
            text.append("2019年工作，2019年工作人员，哈啊哈啊哈。");
            reports.add(ReportIndexContract.report("r" + r + ".txt", 2000 + r % 5, Region.NATIONWIDE, "政府工作报告", text.toString()));
        }
    }

    @Test
    void anIndexWrittenWithOffsetsKeepsThemAndOneWrittenTodayHasNone() throws IOException {
        try (LuceneReportIndex old = oldStyle(temp.resolve("old")); LuceneReportIndex fresh = fresh(temp.resolve("new"))) {
            assertThat(old.exactOffsets()).isTrue();
            assertThat(fresh.exactOffsets()).isFalse();
            old.add(List.of(reports.getFirst()));
            old.commit();
            assertThat(old.size()).isEqualTo(reports.size());
        }
    }

    @Test
    void reindexingAnIndexWrittenWithOffsetsWritesOneWithout() throws IOException {
        oldStyle(temp.resolve("old")).close();
        assertThat(Rebuild.run(temp.resolve("old"), n -> { })).isEqualTo(reports.size());
        try (LuceneReportIndex rebuilt = LuceneReportIndex.open(temp.resolve("old"))) {
            assertThat(rebuilt.exactOffsets()).isFalse();
            assertThat(rebuilt.size()).isEqualTo(reports.size());
        }
    }

    @Test
    void snippetsMarkWhatIndexedOffsetsMarked() throws IOException {
        try (LuceneReportIndex old = oldStyle(temp.resolve("old")); LuceneReportIndex fresh = fresh(temp.resolve("new"))) {
            List<String> queries = new ArrayList<>(List.of("\"哈啊哈\"", "\"年\"", "\"2019年\"", "\"2019年工\"", "\"gdp\"",
                    "\"6.5\"", "\"发展\"", "经济发展", "\"增长6.5\"", "\"5g\"", "高质量 GDP", "\"GDP增长\"", "\"x经济\""));
            for (int i = 0; i < 60; i++) {
                queries.add("\"" + substring() + "\"");
            }
            int compared = 0;
            for (String q : queries) {
                SearchResult a = search(old, q);
                SearchResult b = search(fresh, q);
                if (a == null || b == null) {
                    assertThat(b).as(q).isEqualTo(a);
                    continue;
                }
                assertThat(b.total()).as(q).isEqualTo(a.total());
                assertThat(b.hits()).as(q).isEqualTo(a.hits());
                compared += a.hits().size();
            }
            assertThat(compared).as("hits compared").isGreaterThan(500);
        }
    }

    @Test
    void concordanceFromThePostingsMarksWhatIndexedOffsetsMarked() throws IOException {
        try (LuceneReportIndex old = oldStyle(temp.resolve("old")); LuceneReportIndex fresh = fresh(temp.resolve("new"))) {
            List<String> terms = new ArrayList<>(List.of("哈啊哈", "年", "2019年", "gdp", "6.5", "发展", "增长6.5", "5g", "GDP增长"));
            for (int i = 0; i < 30; i++) {
                terms.add(substring());
            }
            // Chinese strings too, as when the suffix arrays are missing.
            System.setProperty(StringCounts.POSTINGS_ONLY, "true");
            int lines = 0;
            try {
                for (String term : terms) {
                    KwicLines a = concordance(old, term);
                    KwicLines b = concordance(fresh, term);
                    assertThat(b).as(term).isEqualTo(a);
                    lines += a == null ? 0 : a.lines().size();
                }
            } finally {
                System.clearProperty(StringCounts.POSTINGS_ONLY);
            }
            assertThat(lines).as("lines compared").isGreaterThan(1000);
        }
    }

    private static String storedText(org.apache.lucene.document.Document doc) {
        for (var f : doc.getFields(Fields.TEXT)) {
            if (f.fieldType().stored()) {
                return f.stringValue();
            }
        }
        throw new AssertionError("no stored text");
    }

    @Test
    void comparisonsCountTheSameWordsWhicheverFormTheyAreStoredIn() throws IOException {
        try (LuceneReportIndex old = oldStyle(temp.resolve("old")); LuceneReportIndex fresh = fresh(temp.resolve("new"))) {
            var every = QuerySyntax.parse(null, null, null, null, 0, 10);
            var a = old.wordCounts(every, Long.MAX_VALUE);
            var b = fresh.wordCounts(every, Long.MAX_VALUE);
            assertThat(b.counts()).hasSizeGreaterThan(20).isEqualTo(a.counts());
            assertThat(b).isEqualTo(a);
        }
    }

    private static SearchResult search(LuceneReportIndex index, String q) throws IOException {
        try {
            return index.search(QuerySyntax.parse(q, null, null, null, 0, 100));
        } catch (govsearch.index.BadQuery e) {
            return null;
        }
    }

    private static KwicLines concordance(LuceneReportIndex index, String term) throws IOException {
        try {
            return index.concordance(term, QuerySyntax.parse(null, null, null, null, 0, 10), 8, 5000);
        } catch (govsearch.index.BadQuery e) {
            return null;
        }
    }

    /** A few pieces of the generated text, as a reader would quote them. */
    private String substring() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString().strip();
    }

    private LuceneReportIndex fresh(Path dir) throws IOException {
        LuceneReportIndex index = LuceneReportIndex.open(dir);
        index.add(reports);
        index.commit();
        return index;
    }

    /** The reports written as before the exact field lost its offsets, then opened as today. */
    private LuceneReportIndex oldStyle(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.indexAnalyzer()))) {
            for (Report r : reports) {
                List<org.apache.lucene.document.Document> docs = SectionDocuments.of(r, Fields.SEARCHED);
                for (var doc : docs) {
                    // the words as they were stored: the string form, which Elasticsearch keeps
                    String text = storedText(doc);
                    doc.removeFields(Fields.WORDS);
                    doc.add(new org.apache.lucene.document.StoredField(Fields.WORDS, SectionWords.encode(
                            SectionWords.count(govsearch.analysis.IkSegmentation.of(text).smartWords()))));
                }
                w.addDocuments(docs);
            }
            w.commit();
        }
        return LuceneReportIndex.open(dir);
    }
}
