package govsearch.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address and {@link Lane}: for analytics
 * {@code govsearch.rate-limit.per-minute} tokens a minute, up to {@code govsearch.rate-limit.burst}
 * at once; for search (generous: it is cheap) {@code govsearch.rate-limit.search-per-minute} and
 * {@code .search-burst}. The lane is named by the handler that was matched, so no spelling of a
 * path ({@code /api/trend;x}, {@code /%61pi/trend}) reaches a handler past its limit
 * (docs/design/limits-by-handler.md). The buckets live in a bounded Caffeine map, so a flood of
 * addresses costs at most its size in memory.
 */
final class RateLimits {

    /** One lane's rate: tokens a nanosecond, and the most a bucket holds. */
    record Rate(double perNano, double burst) {

        static Rate of(String property, int perMinute, int burst) {
            if (perMinute < 1) {
                throw new IllegalArgumentException(property + " must be positive, got " + perMinute);
            }
            return new Rate(perMinute / 60e9, burst > 0 ? burst : Math.max(1, perMinute / 2));
        }
    }

    private record Key(Lane lane, String client) {
    }

    private final Map<Lane, Rate> rates;
    private final LongSupplier clock;
    private final Cache<Key, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RateLimits(Rate analytics, Rate search, LongSupplier clock) {
        this.rates = new EnumMap<>(Map.of(Lane.ANALYTICS, analytics, Lane.SEARCH, search));
        this.clock = clock;
    }

    private final class Bucket {
        private final Rate rate;
        private double tokens;
        private long last = clock.getAsLong();

        Bucket(Rate rate) {
            this.rate = rate;
            this.tokens = rate.burst();
        }

        /** Takes a token and returns 0, or returns the seconds until one is there. */
        synchronized long take() {
            long now = clock.getAsLong();
            tokens = Math.min(rate.burst(), tokens + (now - last) * rate.perNano());
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate.perNano() / 1e9));
        }
    }

    /** Takes a token from the client's bucket for the lane, or refuses with 429 and the seconds to wait. */
    void take(Lane lane, String client) {
        long wait = buckets.get(new Key(lane, client), k -> new Bucket(rates.get(lane))).take();
        if (wait > 0) {
            throw Refused.tooMany(wait, "too many requests to the " + lane.property + " endpoints; retry in " + wait + " s");
        }
    }
}
