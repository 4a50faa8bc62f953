package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Report;
import govsearch.testing.Corpus;
import govsearch.understand.Evaluation;
import govsearch.understand.ReportReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: the national reports' 新提法 of 2018 and 2024, as commentators listed them. */
class FirstUsesCorpusTest {

    static final SearchQuery NATIONAL = QuerySyntax.parse("", null, "全国", null, null, null);

    @TempDir
    static Path dir;
    static LuceneReportIndex index;

    @BeforeAll
    static void indexTheNationalReports() throws Exception {
        index = LuceneReportIndex.open(dir);
        List<Report> reports = Evaluation.load(Corpus.dir()).stream()
                .filter(s -> s.url().startsWith("national/"))
                .map(ReportReader::read)
                .toList();
        index.add(reports);
        index.commit();
    }

    @Test
    void newQualityProductiveForcesIsAmongTheStringsFirstWrittenIn2024() throws Exception {
        FirstUses.Result r = FirstUses.compute(index, 2024, NATIONAL, 50);

        assertThat(r.entries()).anySatisfy(e -> {
            assertThat(e.string()).contains("新质生产力");
            assertThat(e.reportId()).isEqualTo(reportOf(2024));
        });
        assertThat(r.entries()).allSatisfy(e -> assertThat(e.usesAfter()).isPositive());
    }

    @Test
    void highQualityDevelopmentIsAmongTheStringsFirstWrittenIn2018() throws Exception {
        FirstUses.Result r = FirstUses.compute(index, 2018, NATIONAL, 50);

        assertThat(r.entries()).anySatisfy(e -> assertThat(e.string()).contains("高质量发展"));
        assertThat(FirstUses.compute(index, 2019, NATIONAL, 200).entries())
                .noneSatisfy(e -> assertThat(e.string()).isEqualTo("高质量发展"));
    }

    private static String reportOf(int year) throws Exception {
        return index.search(QuerySyntax.parse("", String.valueOf(year), "全国", null, null, null)).hits().getFirst().reportId();
    }
}
