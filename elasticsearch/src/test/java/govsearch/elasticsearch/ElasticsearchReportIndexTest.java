package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.index.ReportIndex;
import govsearch.index.ReportIndexContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract on a real Elasticsearch 9.x node; each test gets its own alias and index. */
class ElasticsearchReportIndexTest extends ReportIndexContract {

    private static final AtomicInteger INDICES = new AtomicInteger();
    ElasticsearchConfig config;

    @Override
    protected ReportIndex create() throws IOException {
        config = shaped(ElasticsearchConfig.of(nodeUrl()).withPrefix("contract" + INDICES.incrementAndGet()));
        return ElasticsearchReportIndex.open(config);
    }

    /** The node under test: the 9.x node in this JVM. */
    String nodeUrl() {
        return TestNode.url();
    }

    /** The shards and replicas of the indices under test: the defaults (one shard, no replica). */
    ElasticsearchConfig shaped(ElasticsearchConfig config) {
        return config;
    }

    /** The major version that node runs. */
    String major() {
        return "9";
    }

    @Test
    void theNodeRunsTheMajorVersionUnderTest() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String nodes = http.send(HttpRequest.newBuilder(URI.create(nodeUrl() + "/_nodes/_local?filter_path=nodes.*.version"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(nodes).containsPattern("\"version\":\"" + major() + "\\.\\d+\\.\\d+\"");
        }
    }

    @Override
    protected ReportIndex reopen() throws IOException {
        return ElasticsearchReportIndex.open(config);
    }

    @Test
    void reindexBuildsANewVersionedIndexAndSwapsTheAlias() throws IOException {
        Set<String> before = ElasticsearchReportIndex.indicesBehind(config);
        var searchBefore = index.search(govsearch.index.QuerySyntax.parse("小康", null, null, null, null, null));

        int n = ElasticsearchReportIndex.reindex(config, p -> { });

        Set<String> after = ElasticsearchReportIndex.indicesBehind(config);
        assertThat(n).isEqualTo(3);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before)
                .allSatisfy(name -> assertThat(name).matches(config.alias() + "-v\\d{17}"));
        assertThat(index.size()).isEqualTo(3);
        var searchAfter = index.search(govsearch.index.QuerySyntax.parse("小康", null, null, null, null, null));
        assertThat(searchAfter.hits()).extracting(h -> h.sectionId() + h.snippet())
                .isEqualTo(searchBefore.hits().stream().map(h -> h.sectionId() + h.snippet()).toList());
        assertThat(index.report(NATIONAL.id())).contains(NATIONAL);
        assertThat(List.copyOf(after)).isNotEqualTo(List.copyOf(before));
    }

    /** What the bench relies on to leave a cluster as it found it. */
    @Test
    void deleteRemovesTheAliasAndEveryIndexBehindIt() throws Exception {
        ElasticsearchReportIndex.reindex(config, p -> { });
        Set<String> behind = ElasticsearchReportIndex.indicesBehind(config);
        assertThat(behind).isNotEmpty();

        ElasticsearchReportIndex.delete(config);
        ElasticsearchReportIndex.delete(config); // nothing left: a second delete is a no-op

        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String name : List.of(config.alias(), String.join(",", behind))) {
                int status = http.send(HttpRequest.newBuilder(URI.create(nodeUrl() + "/" + name)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                assertThat(status).as(name).isEqualTo(404);
            }
        }
    }

    /** A cluster outgrowing one shard: reindex into three, and the same reports answer the same. */
    @Test
    void reindexIntoMoreShardsAnswersTheSame() throws Exception {
        var query = govsearch.index.QuerySyntax.parse("小康", null, null, null, null, null);
        var before = index.search(query);

        ElasticsearchReportIndex.reindex(config.withShards(3, 0), p -> { });

        try (HttpClient http = HttpClient.newHttpClient()) {
            String settings = http.send(HttpRequest.newBuilder(URI.create(nodeUrl() + "/" + config.alias()
                    + "/_settings?filter_path=*.settings.index.number_of_shards")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(settings).contains("\"number_of_shards\":\"3\"");
        }
        var after = index.search(query);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.reports()).isEqualTo(before.reports());
        assertThat(after.facets()).isEqualTo(before.facets());
        assertThat(after.hits()).extracting(h -> h.sectionId()).containsExactlyInAnyOrderElementsOf(
                before.hits().stream().map(h -> h.sectionId()).toList());
        assertThat(index.termByYear("小康", govsearch.index.QuerySyntax.parse("", null, null, null, null, null)))
                .isEqualTo(List.of(new govsearch.analytics.CorpusStats.TermYear(2017, 2, 1),
                        new govsearch.analytics.CorpusStats.TermYear(2021, 1, 1), new govsearch.analytics.CorpusStats.TermYear(2025, 1, 1)));
        assertThatThrownBy(() -> config.withShards(0, 0)).hasMessageContaining("shards");
    }
}
