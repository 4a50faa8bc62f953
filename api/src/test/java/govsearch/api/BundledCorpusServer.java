package govsearch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The service on a random port over a fresh data directory, which it fills with the bundled corpus
 * on start. Test classes extending this share one running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class BundledCorpusServer {

    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("govsearch-api");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("govsearch.data", DATA::toString);
        // The tests share one client address; RateLimitsTest checks the limits themselves.
        registry.add("govsearch.rate-limit.per-minute", () -> "1000000");
    }

    @Autowired
    WebTestClient http;

    JsonNode get(Function<UriBuilder, java.net.URI> uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    void expectBad(Function<UriBuilder, java.net.URI> uri, String param) {
        http.get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.param").isEqualTo(param)
                .jsonPath("$.error").value(String.class, m -> org.assertj.core.api.Assertions.assertThat(m)
                        .isNotBlank().doesNotContain("Exception"));
    }
}
