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

            // A section as the earlier release wrote it: its text twice, no stored words.
            send(http, "PUT", "/" + old + "/_doc/old%2F0?refresh=true", """
                    {"kind": "section", "reportId": "old", "sectionId": "old-0", "first": true, "ordinal": 0, "seq": 1,
                     "chars": 8, "content": "加强党风廉政建设", "body": "加强党风廉政建设", "title": "旧报告", "url": "old.txt",
                     "year": 2010, "province": "全国", "region": ["全国"], "number": "", "sectionTitle": "", "level": 0,
                     "path": [], "text": "加强 党风 廉政 建设", "exact": "加 强 党 风 廉 政 建 设",
                     "exact2": "加强 强党 党风 风廉 廉政 政建 建设 _"}""");

            try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(config)) {
                index.add(List.of(ReportIndexContract.NATIONAL, ReportIndexContract.CITING));
                index.commit();

                // Its words are read from its text; the reader gets its stored body.
                assertThat(index.wordCounts(QuerySyntax.parse("", "2010", null, null, null, null), Long.MAX_VALUE).counts())
                        .containsKey("党风廉政建设");
                assertThat(index.report("old")).hasValueSatisfying(r ->
                        assertThat(r.sections()).singleElement().satisfies(sec -> assertThat(sec.text()).isEqualTo("加强党风廉政建设")));

                assertThat(index.report(ReportIndexContract.CITING.id())).contains(ReportIndexContract.CITING);
                assertThat(index.search(QuerySyntax.cites(QuerySyntax.parse("", null, null, null, null, null), "宪法")).total())
                        .isEqualTo(1);
                assertThat(index.wordCounts(QuerySyntax.parse("", null, null, null, null, null), Long.MAX_VALUE).counts())
                        .containsEntry("小康", 1L).containsEntry("全面建成小康社会", 1L);
            }
            assertThat(ElasticsearchReportIndex.reindex(config, p -> { })).isEqualTo(3);

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
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 201);
        return r.body();
    }
}
