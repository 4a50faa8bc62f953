package govsearch.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The service on a random port over a fresh data directory, which it fills with the bundled corpus
 * on start. Test classes extending this share one running server (one cached Spring context: they
 * must not add configuration of their own), the API tests through {@link #http} and the browser
 * tests through {@link #baseUrl()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// 30 s, not the default 5 s: a cold comparison of two large sides can take longer on a busy machine.
@AutoConfigureWebTestClient(timeout = "30s")
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
        // The tests share one client address; RateLimitsTest and HostileClientTest check the limits.
        registry.add("govsearch.rate-limit.per-minute", () -> "1000000");
        registry.add("govsearch.rate-limit.search-per-minute", () -> "1000000");
    }

    WebTestClient http;

    /** Generous: analytics on a busy 2-core CI machine can take seconds; speed lives in the benchmarks. */
    @Autowired
    void client(WebTestClient client) {
        http = unpooled(client).responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    /**
     * A new connection for every request. Tests that leave a response body unread (an
     * {@code exchange()} checked for its status only) would otherwise keep pooled connections busy
     * that a later test's request then waits for until its timeout, in an order-dependent way.
     */
    static WebTestClient.Builder unpooled(WebTestClient client) {
        return client.mutate().clientConnector(new org.springframework.http.client.reactive.ReactorClientHttpConnector(
                reactor.netty.http.client.HttpClient.create(reactor.netty.resources.ConnectionProvider.newConnection())));
    }

    @LocalServerPort
    int port;

    /** http://127.0.0.1:port, for a real browser. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

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
