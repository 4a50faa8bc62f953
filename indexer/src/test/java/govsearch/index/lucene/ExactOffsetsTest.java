package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndexContract;
import govsearch.report.Region;
import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExactOffsetsTest {

    @TempDir
    Path dir;

    private static final List<String> EDGES = List.of(
            "2019年工作报告：2019年，GDP增长6.5%，ＧＤＰ增長６．６％。",
            "愛國統一戰線，全面建成小康社会；康复中心、安康社区、小康。",
            "“十四五”规划<b>边境</b> & 口岸，カタカナとひらがな、한국어 문장 and English words.",
            "康",
            "");

    /** Every quoted string a reader could search for: words, single characters, strings across word ends. */
    private static List<String> needles(List<String> texts) {
        Set<String> needles = new LinkedHashSet<>(List.of("小康", "康", "2019年", "增长6.5", "增长6.6", "统一战线", "成小康",
                "年", "gdp", "边境", "カタカナ", "한국어", "english", "6.5%"));
        for (String text : texts) {
            for (int at = 0; at + 6 < text.length() && needles.size() < 400; at += 331) {
                needles.add(text.substring(at, at + 1 + at % 5));
            }
        }
        return new ArrayList<>(needles);
    }

    @Test
    void matchesAreWhereTheyWereWhenThePostingsHeldOffsets() throws IOException {
        List<String> texts = new ArrayList<>(EDGES);
        for (String file : List.of("national/national-1956.txt", "national/national-2019.txt", "national/national-2024.txt")) {
            for (String paragraph : Corpus.text(file).split("\n")) {
                texts.add(paragraph);
            }
        }
        try (Directory withOffsets = index(texts, Fields.SEARCHED);
             Directory positionsOnly = index(texts, Fields.POSITIONS);
             DirectoryReader a = DirectoryReader.open(withOffsets);
             DirectoryReader b = DirectoryReader.open(positionsOnly)) {
            int compared = 0;
            for (String needle : needles(texts)) {
                Query q = LuceneQueries.exact(needle);
                if (q == null) {
                    continue;
                }
                for (int doc = 0; doc < texts.size(); doc++) {
                    List<int[]> expected = spans(a, q, doc, texts.get(doc), false);
                    assertThat(expected).allSatisfy(s -> assertThat(s[0]).isNotNegative());
                    assertThat(spans(b, q, doc, texts.get(doc), true)).as("%s in doc %d", needle, doc)
                            .containsExactlyElementsOf(expected);
                    compared += expected.size();
                }
            }
            assertThat(compared).as("matches compared").isGreaterThan(1000);
        }
    }

    @Test
    void anIndexWrittenWithExactOffsetsTakesNewReportsAndStillMarksMatches() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.indexAnalyzer()))) {
            w.addDocuments(SectionDocuments.of(ReportIndexContract.NATIONAL, Fields.SEARCHED));
            w.commit();
        }
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(ReportIndexContract.report("new.txt", 2020, Region.NATIONWIDE, "政府工作报告",
                    "各位代表：\n全面建成小康社会取得决定性成就。")));
            index.commit();
            assertThat(index.search(QuerySyntax.parse("\"成小康\"", null, null, null, null, null)).hits())
                    .as("the section written with offsets and the one written without")
                    .hasSize(2).allSatisfy(h -> assertThat(h.snippet()).contains("建<em>成小康</em>社会"));
        }
    }

    private static Directory index(List<String> texts, FieldType exact) throws IOException {
        Directory d = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.indexAnalyzer()))) {
            for (String text : texts) {
                Document doc = new Document();
                doc.add(new Field(Fields.EXACT, text, exact));
                w.addDocument(doc);
            }
            w.forceMerge(1);
        }
        return d;
    }

    /** Match spans as snippets and concordance lines take them, cut back by {@link LuceneQueries#matchEnd}. */
    private static List<int[]> spans(DirectoryReader reader, Query q, int doc, String text, boolean reanalyse)
            throws IOException {
        IndexSearcher s = new IndexSearcher(reader);
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
        LeafReaderContext leaf = reader.leaves().getFirst();
        Matches m = w.matches(leaf, doc);
        List<int[]> out = new ArrayList<>();
        MatchesIterator it = m == null ? null : m.getMatches(Fields.EXACT);
        ExactOffsets offsets = ExactOffsets.lazy(text);
        while (it != null && it.next()) {
            if (reanalyse) {
                assertThat(it.startOffset()).as("the postings hold no offsets").isEqualTo(-1);
            }
            int start = offsets.start(it);
            out.add(new int[]{start, LuceneQueries.matchEnd(it.getQuery(), text, start, offsets.end(it))});
        }
        return out;
    }
}
