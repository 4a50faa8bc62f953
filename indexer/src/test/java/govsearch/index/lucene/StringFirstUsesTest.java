package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.FirstUses;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.testing.Corpus;
import govsearch.understand.Evaluation;
import govsearch.understand.ReportReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * First appearances read from the suffix arrays are exactly those the scan of the text finds —
 * the same strings in the same order with the same tallies and first occurrences — over the whole
 * bundled corpus and a copy of it a century later (as the bench scales it, so that a province's
 * 2025 strings are used after), cut into chunks of 200,000 characters so that the copies and the
 * years lie in many chunks as they do at a gigabyte.
 */
@Tag(Corpus.WHOLE)
class StringFirstUsesTest {

    @org.junit.jupiter.api.io.TempDir
    static Path dir;
    static LuceneReportIndex index;

    @BeforeAll
    static void indexTheCorpusAndACopyACenturyLater() throws Exception {
        index = LuceneReportIndex.open(org.apache.lucene.store.FSDirectory.open(dir), 200_000);
        List<Source> corpus = Evaluation.load(Corpus.dir());
        List<Report> reports = new ArrayList<>();
        for (Source s : corpus) {
            reports.add(ReportReader.read(s));
        }
        for (Source s : corpus) {
            reports.add(ReportReader.read(new Source(s.url() + "#copy1", s.text(), s.title(), s.publishedAt(),
                    s.year() == null ? null : s.year() + 100, s.region(), s.docType())));
        }
        // Two commits: the copies lie in segments of their own as well as merged ones.
        index.add(reports.subList(0, corpus.size()));
        index.commit();
        index.add(reports.subList(corpus.size(), reports.size()));
        index.commit();
        assertThat(index.stringsReady()).isTrue();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2024 | 全国 | -           | -
            2018 | 全国 | -           | -
            1954 | 全国 | -           | -
            2025 | 河南 | -           | -
            2012 | -    | 党代会报告   | -
            2020 | -    | 政府工作报告 | -
            2007 | -    | -           | -
            1992 | 全国 | -           | 改革
            """)
    void theIndexedFirstUsesAreTheScannedOnes(int year, String region, String type, String q) throws Exception {
        SearchQuery filters = QuerySyntax.parse(q == null ? "" : q, null, region, type, null, null);

        FirstUses.Result scanned = FirstUses.byScan(index, year, filters, FirstUses.MAX_LIMIT);
        FirstUses.Result indexed = FirstUses.compute(index, year, filters, FirstUses.MAX_LIMIT);

        assertThat(scanned.entries()).as("a list to compare").isNotEmpty();
        assertThat(indexed.candidates()).isEqualTo(scanned.candidates());
        assertThat(indexed.entries()).containsExactlyElementsOf(scanned.entries());
    }
}
