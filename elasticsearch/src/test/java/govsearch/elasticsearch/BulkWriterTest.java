package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.importer.Import;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the README promises of imports into Elasticsearch, through {@link BulkProxy} in front of the
 * real test node: bulk requests refused with 429 or 503 are sent again after 100 ms, doubling to
 * 8 s, 10 attempts in all; and no bulk request carries more than 500 documents or 4 MB.
 */
class BulkWriterTest {

    static Source source(String prefix, int i, int sentences) {
        StringBuilder text = new StringBuilder("第" + i + "号" + prefix + "工作报告\n一、总体情况\n");
        for (int j = 0; j < sentences; j++) {
            text.append("推进第").append(i).append("项改革任务，落实第").append(j).append("条措施，确保小康路上不落一人。");
        }
        text.append("\n二、存在问题\n基层基础工作有待进一步夯实，编号").append(i).append("。\n");
        text.append("三、下一步工作\n巩固拓展脱贫攻坚成果，编号").append(i).append("。\n");
        return new Source(prefix + "/" + i + ".txt", text.toString(), null, null, 2000 + i % 20, Region.NATIONWIDE, "工作总结");
    }

    static ElasticsearchConfig through(BulkProxy proxy, String prefix) {
        return new ElasticsearchConfig(proxy.url(), null, null, null, null, prefix, 1);
    }

    @Test
    void bulkRequestsRefusedWith429And503AreSentAgainWithGrowingPausesAndTheImportEndsWhole() throws Exception {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sources.add(source("retry", i, 10));
        }
        try (BulkProxy proxy = new BulkProxy(TestNode.url());
             ElasticsearchReportIndex index = ElasticsearchReportIndex.open(through(proxy, "retry"))) {
            proxy.refuseNext(429, 429, 429, 503, 503);

            Import.Summary summary = Import.run(sources.iterator(), index, List.of(), p -> { }, 2);

            assertThat(summary.failures()).isEmpty();
            assertThat(summary.added()).isEqualTo(30);
            List<BulkProxy.Bulk> bulks = proxy.bulks();
            assertThat(bulks).extracting(BulkProxy.Bulk::status).containsExactly(429, 429, 429, 503, 503, 200);
            assertThat(bulks).allSatisfy(b -> assertThat(b.body()).as("the same request sent again").isEqualTo(bulks.getFirst().body()));
            long[] floors = {100, 200, 400, 800, 1600};
            for (int i = 0; i < floors.length; i++) {
                assertThat((bulks.get(i + 1).nanos() - bulks.get(i).nanos()) / 1_000_000)
                        .as("pause before attempt " + (i + 2)).isGreaterThanOrEqualTo(floors[i]);
            }
        }
        try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(ElasticsearchConfig.of(TestNode.url()).withPrefix("retry"))) {
            assertThat(index.size()).isEqualTo(30);
            for (Source s : sources) {
                Report expected = ReportReader.read(s);
                assertThat(index.report(expected.id())).as(s.url()).contains(expected);
            }
        }
    }

    /** About 30 s of pauses: 100 ms doubling to 8 s, then 8 s again. */
    @Test
    void aClusterThatKeepsRefusingIsTriedTenTimesWithPausesCappedAtEightSecondsThenTheImportFails() throws Exception {
        try (BulkProxy proxy = new BulkProxy(TestNode.url());
             ElasticsearchReportIndex index = ElasticsearchReportIndex.open(through(proxy, "refused"))) {
            proxy.refuseAll();
            index.add(List.of(ReportReader.read(source("refused", 1, 10))));

            assertThatThrownBy(index::commit).isInstanceOf(govsearch.index.BackendUnavailable.class)
                    .hasMessageContaining("after 10 attempts");

            List<BulkProxy.Bulk> bulks = proxy.bulks();
            assertThat(bulks).as("attempts").hasSize(10);
            long[] floors = {100, 200, 400, 800, 1600, 3200, 6400, 8000, 8000};
            for (int i = 0; i < floors.length; i++) {
                assertThat((bulks.get(i + 1).nanos() - bulks.get(i).nanos()) / 1_000_000)
                        .as("pause before attempt " + (i + 2)).isGreaterThanOrEqualTo(floors[i]);
            }
            // doubling on past 8 s would have paused at least 12.8 s before the ninth and tenth attempts
            for (int i = 7; i < 9; i++) {
                assertThat((bulks.get(i + 1).nanos() - bulks.get(i).nanos()) / 1_000_000)
                        .as("pause before attempt " + (i + 2)).isLessThan(12_800);
            }
        }
    }

    @Test
    void noBulkRequestCarriesMoreThanFiveHundredDocumentsOrFourMegabytes() throws Exception {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sources.add(source("bound", i, 3)); // small: many documents, the count bound cuts
        }
        for (int i = 400; i < 440; i++) {
            sources.add(source("bound", i, 600)); // about 20,000 characters a section: the size bound cuts
        }
        long documents = sources.stream().mapToLong(s -> ReportReader.read(s).sections().size()).sum();
        try (BulkProxy proxy = new BulkProxy(TestNode.url());
             ElasticsearchReportIndex index = ElasticsearchReportIndex.open(through(proxy, "bound"))) {

            Import.Summary summary = Import.run(sources.iterator(), index, List.of(), p -> { }, 2);

            assertThat(summary.failures()).isEmpty();
            assertThat(summary.added()).isEqualTo(sources.size());
            List<BulkProxy.Bulk> bulks = proxy.bulks();
            assertThat(bulks).as("bulk requests").hasSizeGreaterThan(3);
            assertThat(bulks).allSatisfy(b -> {
                assertThat(b.actions()).as("documents in one request").isLessThanOrEqualTo(500);
                assertThat(b.body().length).as("bytes of one request").isLessThanOrEqualTo(4_000_000);
            });
            assertThat(bulks).as("the count bound was reached").anyMatch(b -> b.actions() == 500);
            assertThat(bulks.stream().mapToLong(BulkProxy.Bulk::actions).sum()).isGreaterThanOrEqualTo(documents);
        }
        try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(ElasticsearchConfig.of(TestNode.url()).withPrefix("bound"))) {
            assertThat(index.size()).isEqualTo(sources.size());
        }
    }
}
