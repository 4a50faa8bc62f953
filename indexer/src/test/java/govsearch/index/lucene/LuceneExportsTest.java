package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ExportRows;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.ReportIndexContract;
import govsearch.index.SearchQuery;
import govsearch.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded index's exports page by searchAfter: a page boundary drops or repeats no row. */
class LuceneExportsTest {

    @TempDir
    Path dir;

    @Test
    void pagesOfAnySizeGiveTheSameRowsAsOnePage() throws IOException {
        List<Report> corpus = new ArrayList<>(List.of(ReportIndexContract.NATIONAL, ReportIndexContract.GUANGXI,
                ReportIndexContract.COUNTY));
        corpus.addAll(ReportIndexContract.LOCAL);
        try (ReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(corpus);
            index.commit();
        }
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        SearchQuery xiaokang = QuerySyntax.parse("小康", null, null, null, null, null);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher s = new IndexSearcher(reader);
            List<String> whole = sections(s, all, LuceneExports.PAGE);
            assertThat(whole).hasSizeGreaterThan(10);
            for (int page : new int[]{1, 2, 3, 7}) {
                assertThat(sections(s, all, page)).as("pages of %d", page).isEqualTo(whole);
                assertThat(lines(s, page)).as("pages of %d", page).isEqualTo(lines(s, LuceneExports.PAGE)).hasSize(7);
                assertThat(sections(s, xiaokang, page)).isEqualTo(sections(s, xiaokang, LuceneExports.PAGE));
            }
        }
    }

    private static List<String> sections(IndexSearcher s, SearchQuery q, int page) throws IOException {
        List<String> rows = new ArrayList<>();
        LuceneExports.eachMatch(s, q, (hit, level, sentence) -> rows.add(ExportRows.csv(ExportRows.section(hit, level, sentence))), page);
        return rows;
    }

    private static List<String> lines(IndexSearcher s, int page) throws IOException {
        List<String> rows = new ArrayList<>();
        LuceneExports.eachLine(s, "小康", QuerySyntax.parse("", null, null, null, null, null), 4,
                (section, level, left, match, right) -> rows.add(ExportRows.csv(ExportRows.line(section, level, left, match, right))), page);
        return rows;
    }
}
