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
    final RateLimits limits = new RateLimits(6, 3, now::get, TrustedProxies.parse("10.0.0.0/8"));

    int status(String path, String client) {
        return status(path, client, null);
    }

    int status(String path, String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("http://localhost" + path)
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        MockServerWebExchange e = MockServerWebExchange.from(request);
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

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            assertThat(status("/api/trend", "10.1.2.3", "203.0.113.20")).isEqualTo(200);
        }
        assertThat(status("/api/trend", "10.1.2.3", "203.0.113.20")).isEqualTo(429);
        assertThat(status("/api/trend", "10.9.9.9", "198.51.100.1, 10.1.2.3"))
                .as("another client through two trusted hops").isEqualTo(200);
    }

    @Test
    void forwardedForFromAnUntrustedPeerOrWrittenByTheClientIsNotBelieved() {
        for (int i = 0; i < 3; i++) {
            assertThat(status("/api/trend", "203.0.113.30", "192.0.2." + i)).isEqualTo(200);
        }
        assertThat(status("/api/trend", "203.0.113.30", "192.0.2.99"))
                .as("a client cannot pick a fresh bucket per request").isEqualTo(429);
        for (int i = 0; i < 3; i++) {
            // the proxy appends the address it saw; what the client wrote further left is ignored
            assertThat(status("/api/trend", "10.1.2.3", "192.0.2." + i + ", 203.0.113.40")).isEqualTo(200);
        }
        assertThat(status("/api/trend", "10.1.2.3", "192.0.2.77, 203.0.113.40")).isEqualTo(429);
    }
}
