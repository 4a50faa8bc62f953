package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class TestNodeSmokeTest {

    @Test
    void theNodeAnswersOverHttp() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestNode.url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("govsearch-test");
    }
}
