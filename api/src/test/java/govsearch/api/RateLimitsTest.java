package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** The token buckets in front of the expensive endpoints, with a low limit and a hand-moved clock. */
class RateLimitsTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final RateLimits limits = new RateLimits(6, 3, now::get);

    int status(String path, String client) {
        MockServerWebExchange e = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost" + path)
                .remoteAddress(new InetSocketAddress(client, 40000)));
        limits.filter(e, ex -> Mono.empty()).block();
        if (e.getResponse().getStatusCode() != null && e.getResponse().getStatusCode().value() == 429) {
            assertThat(e.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(e.getResponse().getBodyAsString().block()).startsWith("{\"error\":\"too many requests");
            return 429;
        }
        return 200;
    }

    @Test
    void theRequestAfterTheBurstIs429AndOtherEndpointsAndClientsAreUnaffected() {
        for (int i = 0; i < 3; i++) {
            assertThat(status(i % 2 == 0 ? "/api/trend" : "/api/phrasing/variants", "203.0.113.5")).isEqualTo(200);
        }
        assertThat(status("/api/compare", "203.0.113.5")).isEqualTo(429);
        assertThat(status("/api/concordance", "203.0.113.5")).isEqualTo(429);
        for (int i = 0; i < 20; i++) {
            assertThat(status("/api/search", "203.0.113.5")).as("search is a cheaper class").isEqualTo(200);
            assertThat(status("/api/reports", "203.0.113.5")).isEqualTo(200);
        }
        assertThat(status("/api/trend", "198.51.100.7")).as("another client").isEqualTo(200);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            status("/api/trend", "203.0.113.9");
        }
        assertThat(status("/api/trend", "203.0.113.9")).isEqualTo(429);
        now.addAndGet(10_000_000_000L); // 6 a minute: one token every 10 s
        assertThat(status("/api/trend", "203.0.113.9")).isEqualTo(200);
        assertThat(status("/api/trend", "203.0.113.9")).isEqualTo(429);
    }
}
