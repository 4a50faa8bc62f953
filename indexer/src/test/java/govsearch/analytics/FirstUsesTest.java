package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndexContract;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Region;
import govsearch.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 新提法 on a corpus small enough to check by hand. */
class FirstUsesTest {

    @TempDir
    Path dir;

    private static Report report(String url, int year, Region region, String body) {
        return ReportIndexContract.report(url, year, region, "政府工作报告", "各位代表：\n一、工作\n" + body + "\n");
    }

    @Test
    void aStringFirstWrittenThatYearAndUsedAfterIsListedByItsLaterUsesWithWhereItFirstStands() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(
                    report("a.txt", 2001, Region.NATIONWIDE, "坚持稳中求进，推进改革。"),
                    report("b.txt", 2002, Region.NATIONWIDE, "培育新质生产力，坚持稳中求进，建设海绵城市。"),
                    report("c.txt", 2003, Region.NATIONWIDE, "发展新质生产力，新质生产力加快形成。"),
                    report("d.txt", 2004, Region.NATIONWIDE, "因地制宜发展新质生产力。"),
                    // A province wrote it first: not in the national sub-corpus.
                    report("e.txt", 2001, Region.province("河南省"), "探索新质生产力。")));
            index.commit();
            SearchQuery national = QuerySyntax.parse("", null, "全国", null, null, null);

            FirstUses.Result r = FirstUses.compute(index, 2002, national, 10);

            assertThat(r.entries()).isNotEmpty();
            FirstUses.Entry first = r.entries().getFirst();
            // 新质, 质生产力 … are always part of 新质生产力: only the longest is listed.
            assertThat(first.string()).isEqualTo("新质生产力");
            assertThat(first.usesThatYear()).isEqualTo(1);
            assertThat(first.usesAfter()).isEqualTo(3);
            assertThat(first.yearsAfter()).isEqualTo(2);
            assertThat(first.lastYear()).isEqualTo(2004);
            assertThat(first.reportId()).isEqualTo(index.search(QuerySyntax.parse("海绵城市", null, null, null, null, null))
                    .hits().getFirst().reportId());
            assertThat(r.entries()).extracting(FirstUses.Entry::string)
                    .doesNotContain("稳中求进", "新质", "质生产力", "生产力")   // written in 2001, or part of the longer string
                    .noneMatch(s -> s.contains("海绵城市"));                   // never used again
            // Over every region the province's 2001 report wrote it first: not new in 2002.
            assertThat(FirstUses.compute(index, 2002, QuerySyntax.parse("", null, null, null, null, null), 10).entries())
                    .extracting(FirstUses.Entry::string).doesNotContain("新质生产力");
        }
    }
}
