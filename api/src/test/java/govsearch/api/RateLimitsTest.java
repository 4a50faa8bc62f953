package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token buckets per client and lane, with low limits and a hand-moved clock. */
class RateLimitsTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final RateLimits limits = new RateLimits(RateLimits.Rate.of("analytics", 6, 3), RateLimits.Rate.of("search", 60, 0), now::get);

    int status(Lane lane, String client) {
        try {
            limits.take(lane, client);
            return 200;
        } catch (Refused r) {
            assertThat(r.status().value()).isEqualTo(429);
            assertThat(r.getMessage()).startsWith("too many requests to the " + lane.property + " endpoints");
            return (int) (429_000 + r.retryAfterSeconds());
        }
    }

    @Test
    void theRequestAfterTheBurstIs429WithTheSecondsToWaitAndOtherClientsAreUnaffected() {
        for (int i = 0; i < 3; i++) {
            assertThat(status(Lane.ANALYTICS, "203.0.113.5")).isEqualTo(200);
        }
        assertThat(status(Lane.ANALYTICS, "203.0.113.5")).as("6 a minute: a token every 10 s").isEqualTo(429_010);
        assertThat(status(Lane.ANALYTICS, "198.51.100.7")).as("another client").isEqualTo(200);
    }

    @Test
    void searchHasAGenerousLimitOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            status(Lane.ANALYTICS, "203.0.113.6");
        }
        for (int i = 0; i < 30; i++) {
            assertThat(status(Lane.SEARCH, "203.0.113.6")).as("burst of half a minute's worth").isEqualTo(200);
        }
        assertThat(status(Lane.SEARCH, "203.0.113.6")).isEqualTo(429_001);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            status(Lane.ANALYTICS, "203.0.113.9");
        }
        assertThat(status(Lane.ANALYTICS, "203.0.113.9")).isGreaterThan(429_000);
        now.addAndGet(10_000_000_000L);
        assertThat(status(Lane.ANALYTICS, "203.0.113.9")).isEqualTo(200);
        assertThat(status(Lane.ANALYTICS, "203.0.113.9")).isGreaterThan(429_000);
    }
}
