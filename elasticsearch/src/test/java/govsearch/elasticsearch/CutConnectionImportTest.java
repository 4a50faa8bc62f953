package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.importer.Import;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connection to the cluster is cut several times during a bulk import; the import still ends whole. */
class CutConnectionImportTest {

    @Test
    void anImportWhoseConnectionIsCutRetriesAndEndsWithEveryReportExactlyOnce() throws Exception {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            StringBuilder text = new StringBuilder("第" + i + "号工作报告\n一、总体情况\n");
            for (int j = 0; j < 30; j++) {
                text.append("推进第").append(i).append("项改革任务，落实第").append(j).append("条措施，确保小康路上不落一人。");
            }
            text.append("\n二、下一步工作\n巩固拓展脱贫攻坚成果，编号").append(i).append("。\n");
            sources.add(new Source("cut/" + i + ".txt", text.toString(), null, null, 2000 + i % 20, Region.NATIONWIDE, "工作总结"));
        }
        int nodePort = URI.create(TestNode.url()).getPort();
        ElasticsearchConfig direct = ElasticsearchConfig.of(TestNode.url()).withPrefix("cut");
        try (CuttingProxy proxy = new CuttingProxy(nodePort, List.of(20_000L, 400_000L, 900_000L, 1_600_000L));
             ElasticsearchReportIndex index = ElasticsearchReportIndex.open(
                     new ElasticsearchConfig(proxy.url(), null, null, null, null, "cut", 3))) {
            Import.Summary summary = Import.run(sources.iterator(), index, List.of(), p -> { }, 2);

            assertThat(summary.failures()).isEmpty();
            assertThat(summary.added()).isEqualTo(80);
            assertThat(proxy.cuts()).as("connections cut during the import").isGreaterThanOrEqualTo(3);
        }
        try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(direct)) {
            assertThat(index.size()).isEqualTo(80);
            for (Source s : sources) {
                Report expected = ReportReader.read(s);
                assertThat(index.report(expected.id())).as(s.url()).contains(expected);
            }
            assertThat(index.search(govsearch.index.QuerySyntax.parse("\"第7号工作报告\"", null, null, null, null, null)).reports())
                    .isEqualTo(1);
            assertThat(index.yearTotals(govsearch.index.QuerySyntax.parse("", null, null, null, null, null))
                    .stream().mapToLong(t -> t.sections()).sum())
                    .isEqualTo(sources.stream().mapToLong(s -> ReportReader.read(s).sections().size()).sum());
        }
    }
}
