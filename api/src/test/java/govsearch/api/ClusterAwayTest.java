package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** On the Elasticsearch backend with no cluster listening: the service starts, answers 503 with a message, health is DOWN. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ClusterAwayTest {

    static final Path DATA;
    static final int DEAD_PORT;

    static {
        try {
            DATA = Files.createTempDirectory("govsearch-es-away");
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                DEAD_PORT = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("govsearch.data", DATA::toString);
        registry.add("govsearch.backend", () -> "elasticsearch");
        registry.add("govsearch.elasticsearch.url", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @Autowired
    WebTestClient http;

    @Test
    void searchesAnswer503WithAMessageAndHealthIsDown() {
        JsonNode r = http.get().uri("/api/search?q=小康").exchange()
                .expectStatus().isEqualTo(503).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(r.get("error").asString()).contains("unavailable");
        http.get().uri("/api/reports/abc").exchange().expectStatus().isEqualTo(503);
        http.get().uri("/api/trend?term=小康").exchange().expectStatus().isEqualTo(503);

        JsonNode health = http.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(health.get("status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/index/status").asString()).isEqualTo("DOWN");
    }
}
