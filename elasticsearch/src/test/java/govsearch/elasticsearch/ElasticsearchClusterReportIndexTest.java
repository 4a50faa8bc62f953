package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The contract on a real two-node 9.x cluster ({@link TestCluster}), each index in two primary
 * shards with a replica each, every request sent to the data-only node: collapse, inner hits,
 * aggregations, span counts and the alias swap across nodes.
 */
class ElasticsearchClusterReportIndexTest extends ElasticsearchReportIndexTest {

    @Override
    String nodeUrl() {
        return TestCluster.url();
    }

    @Override
    ElasticsearchConfig shaped(ElasticsearchConfig config) {
        return config.withShards(2, 1);
    }

    @Test
    void theIndexIsSpreadOverBothNodesWithEveryShardCopied() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String health = http.send(HttpRequest.newBuilder(URI.create(nodeUrl() + "/_cluster/health/" + config.alias()
                    + "?wait_for_status=green&timeout=60s")).build(), HttpResponse.BodyHandlers.ofString()).body();
            String shards = http.send(HttpRequest.newBuilder(URI.create(nodeUrl() + "/_cat/shards/" + config.alias()
                    + "?h=prirep,node")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(health).contains("\"status\":\"green\"").contains("\"number_of_nodes\":2");
            // Two primaries and their two replicas, each pair on both nodes.
            assertThat(shards.lines().map(String::strip).sorted().toList()).hasSize(4)
                    .filteredOn(l -> l.startsWith("p")).hasSize(2);
            assertThat(shards).contains("cluster-master").contains("cluster-data");
        }
    }
}
