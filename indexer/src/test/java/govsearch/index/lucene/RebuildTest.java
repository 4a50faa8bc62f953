package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildTest {

    @TempDir
    Path tmp;

    @Test
    void aRebuiltIndexHoldsTheSameReportsAndAnswersTheSameSearches() throws IOException {
        Path dir = tmp.resolve("index");
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            reports.add(ReportReader.read(new Source("r" + i + ".txt",
                    "一、基本情况\n第" + i + "号报告：脱贫攻坚取得进展。\n二、下一步\n继续推进乡村振兴。\n", null, null,
                    1990 + i % 30, Region.province("河南省"), "情况报告")));
        }
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(reports);
            index.commit();
        }
        List<Integer> progress = new ArrayList<>();

        int n = Rebuild.run(dir, progress::add);

        assertThat(n).isEqualTo(130);
        assertThat(progress).last().isEqualTo(130);
        assertThat(Files.exists(tmp.resolve("index.new"))).isFalse();
        assertThat(Files.exists(tmp.resolve("index.old"))).isFalse();
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            assertThat(index.size()).isEqualTo(130);
            assertThat(index.search(QuerySyntax.parse("脱贫攻坚", null, "河南", null, 0, 10)).reports()).isEqualTo(130);
            assertThat(index.report(reports.get(7).id())).contains(reports.get(7));
        }
    }
}
