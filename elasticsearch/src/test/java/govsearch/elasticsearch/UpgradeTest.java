package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndexContract;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An index made by the release of 2026-11-25 (its mapping kept in test resources: sentence
 * documents, token fields in {@code _source}, no cites or words) keeps working after an upgrade:
 * the service opens it, adds the new fields to its mapping, writes and reads reports, and a
 * reindex moves them into an index with the current mapping.
 */
class UpgradeTest {

    @Test
    void anIndexOfTheEarlierReleaseOpensTakesReportsAndReindexesIntoTheCurrentMapping() throws Exception {
        ElasticsearchConfig config = ElasticsearchConfig.of(TestNode.url()).withPrefix("upgrade");
        String old = config.alias() + "-v20261125000000000";
        try (HttpClient http = HttpClient.newHttpClient();
             InputStream mapping = UpgradeTest.class.getResourceAsStream("mapping-2026-11-25.json")) {
            send(http, "PUT", "/" + old, new String(mapping.readAllBytes(), StandardCharsets.UTF_8));
            send(http, "POST", "/_aliases", "{\"actions\":[{\"add\":{\"index\":\"" + old + "\",\"alias\":\"" + config.alias() + "\"}}]}");

            try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(config)) {
                index.add(List.of(ReportIndexContract.NATIONAL, ReportIndexContract.CITING));
                index.commit();

                assertThat(index.report(ReportIndexContract.CITING.id())).contains(ReportIndexContract.CITING);
                assertThat(index.search(QuerySyntax.cites(QuerySyntax.parse("", null, null, null, null, null), "宪法")).total())
                        .isEqualTo(1);
                assertThat(index.wordCounts(QuerySyntax.parse("", null, null, null, null, null), Long.MAX_VALUE).counts())
                        .containsEntry("小康", 1L).containsEntry("全面建成小康社会", 1L);
            }
            assertThat(ElasticsearchReportIndex.reindex(config, p -> { })).isEqualTo(2);

            assertThat(ElasticsearchReportIndex.indicesBehind(config)).singleElement().isNotEqualTo(old);
            String now = send(http, "GET", "/" + config.alias() + "/_mapping", null);
            assertThat(now).contains("\"excludes\":[\"text\",\"exact\",\"exact2\"]").contains("\"words\"").doesNotContain("\"grams\"");
            try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(config)) {
                assertThat(index.report(ReportIndexContract.NATIONAL.id())).contains(ReportIndexContract.NATIONAL);
            }
        }
    }

    private static String send(HttpClient http, String method, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(TestNode.url() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
