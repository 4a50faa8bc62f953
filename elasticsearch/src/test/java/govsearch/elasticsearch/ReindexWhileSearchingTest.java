package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.importer.Import;
import govsearch.index.SearchQuery;
import govsearch.index.QuerySyntax;
import govsearch.report.Region;
import govsearch.report.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * README: "Searches are answered from the old index until the swap: no downtime." Searches run in a
 * loop on the alias while {@code reindex} builds the new index, swaps the alias and drops the old
 * one: none fails, and each answers the totals it answered before.
 */
class ReindexWhileSearchingTest {

    record Answer(long total, long reports) {
    }

    @Test
    void searchesDuringAReindexSeeNoErrorAndTheSameTotals() throws Exception {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            StringBuilder text = new StringBuilder("第" + i + "号工作报告\n一、总体情况\n");
            for (int j = 0; j < 8; j++) {
                text.append(i % 3 == 0 ? "全面建成小康社会，" : "推进乡村振兴，").append("落实第").append(j).append("条措施。");
            }
            text.append("\n二、下一步工作\n巩固拓展脱贫攻坚成果，编号").append(i).append("。\n");
            sources.add(new Source("reindex/" + i + ".txt", text.toString(), null, null, 2000 + i % 20, Region.NATIONWIDE, "工作总结"));
        }
        ElasticsearchConfig config = ElasticsearchConfig.of(TestNode.url()).withPrefix("nodowntime");
        List<SearchQuery> queries = List.of(QuerySyntax.parse("小康", null, null, null, null, null),
                QuerySyntax.parse("乡村振兴", null, null, null, null, null),
                QuerySyntax.parse("", null, null, null, null, null));
        try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(config)) {
            assertThat(Import.run(sources.iterator(), index, List.of(), p -> { }, 2).added()).isEqualTo(240);
            List<Answer> before = new ArrayList<>();
            for (SearchQuery q : queries) {
                var r = index.search(q);
                before.add(new Answer(r.total(), r.reports()));
            }
            assertThat(before.get(0).reports()).isEqualTo(80L);
            assertThat(before.get(2).reports()).isEqualTo(240L);
            Set<String> indicesBefore = ElasticsearchReportIndex.indicesBehind(config);

            AtomicBoolean reindexing = new AtomicBoolean(true);
            AtomicInteger during = new AtomicInteger();
            AtomicInteger after = new AtomicInteger();
            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            Thread searcher = Thread.ofPlatform().name("searcher").start(() -> {
                // on past the swap, until the dropped index has had time to be missed
                for (int i = 0; reindexing.get() || after.get() < 30; i++) {
                    SearchQuery q = queries.get(i % queries.size());
                    boolean wasReindexing = reindexing.get();
                    try {
                        var r = index.search(q);
                        Answer a = new Answer(r.total(), r.reports());
                        if (!a.equals(before.get(i % queries.size()))) {
                            wrong.add("query " + (i % queries.size()) + ": " + a + " instead of " + before.get(i % queries.size()));
                        }
                    } catch (Exception e) {
                        wrong.add("query " + (i % queries.size()) + ": " + e);
                    }
                    (wasReindexing ? during : after).incrementAndGet();
                }
            });
            int n;
            try {
                n = ElasticsearchReportIndex.reindex(config, p -> { });
            } finally {
                reindexing.set(false);
            }
            searcher.join();

            assertThat(n).isEqualTo(240);
            assertThat(ElasticsearchReportIndex.indicesBehind(config)).doesNotContainAnyElementsOf(indicesBefore);
            assertThat(during.get()).as("searches while the reindex ran").isGreaterThanOrEqualTo(10);
            assertThat(wrong).as("searches that failed or answered otherwise").isEmpty();
        }
    }
}
