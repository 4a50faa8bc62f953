package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** With no admin token configured, the crawl endpoints are disabled: 403 with a message, whatever is sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class CrawlApiDisabledTest {

    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("govsearch-crawl-off");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("govsearch.data", DATA::toString);
        registry.add("govsearch.bundled-corpus", () -> "false");
    }

    @Autowired
    WebTestClient http;

    @Test
    void everyCrawlEndpointAnswers403() {
        JsonNode r = http.post().uri("/api/crawl").header("Authorization", "Bearer ")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"seeds\":[\"http://www.gov.cn/\"]}")
                .exchange().expectStatus().isForbidden().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(r.get("error").asString()).contains("disabled", "govsearch.admin-token");
        http.get().uri("/api/crawl/x").header("Authorization", "Bearer anything").exchange().expectStatus().isForbidden();
    }
}
