package govsearch.elasticsearch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.node.Node;

/**
 * A real two-node Elasticsearch cluster in the test JVM: a master-and-data node and a data-only
 * node, which the tests talk to — so every request is coordinated by a node that holds only part
 * of the data and is not the master. Shared by the test classes, started once.
 */
final class TestCluster {

    private static String url;

    private TestCluster() {
    }

    static synchronized String url() {
        if (url == null) {
            Node master = TestNode.start("govsearch-cluster", "cluster-master", Settings.builder()
                    .put("cluster.initial_master_nodes", "cluster-master"));
            Node data = TestNode.start("govsearch-cluster", "cluster-data", Settings.builder()
                    .putList("node.roles", "data")
                    .put("discovery.seed_hosts", TestNode.transportAddress(master)));
            url = TestNode.url(data);
            waitForNodes(2);
        }
        return url;
    }

    private static void waitForNodes(int n) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String health = http.send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_nodes=" + n + "&timeout=60s"))
                    .timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!health.contains("\"number_of_nodes\":" + n)) {
                throw new IllegalStateException("the test cluster did not form: " + health);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
