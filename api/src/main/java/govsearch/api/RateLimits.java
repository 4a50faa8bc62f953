package govsearch.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A token bucket per client address for the expensive analytics endpoints (trend, compare,
 * phrasing, concordance): {@code govsearch.rate-limit.per-minute} tokens a minute, up to
 * {@code govsearch.rate-limit.burst} at once. An empty bucket answers 429 with Retry-After. The
 * buckets live in a bounded Caffeine map, so a flood of addresses costs at most its size in memory.
 * Cheap endpoints (search, reports, pages) are not limited here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimits implements WebFilter {

    static final Set<String> EXPENSIVE = Set.of("/api/trend", "/api/compare", "/api/phrasing",
            "/api/phrasing/variants", "/api/concordance");

    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final TrustedProxies proxies;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Autowired
    RateLimits(@Value("${govsearch.rate-limit.per-minute:120}") int perMinute,
               @Value("${govsearch.rate-limit.burst:0}") int burst,
               @Value("${govsearch.trusted-proxies:}") String trustedProxies) {
        this(perMinute, burst, System::nanoTime, TrustedProxies.parse(trustedProxies));
    }

    RateLimits(int perMinute, int burst, LongSupplier clock, TrustedProxies proxies) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("govsearch.rate-limit.per-minute must be positive, got " + perMinute);
        }
        this.perNano = perMinute / 60e9;
        this.burst = burst > 0 ? burst : Math.max(1, perMinute / 2);
        this.clock = clock;
        this.proxies = proxies;
    }

    private final class Bucket {
        private double tokens = burst;
        private long last = clock.getAsLong();

        /** Takes a token and returns 0, or returns the seconds until one is there. */
        synchronized long take() {
            long now = clock.getAsLong();
            tokens = Math.min(burst, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.endsWith("/") && path.length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        if (!EXPENSIVE.contains(path)) {
            return chain.filter(exchange);
        }
        long wait = buckets.get(client(exchange), k -> new Bucket()).take();
        if (wait == 0) {
            return chain.filter(exchange);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(wait));
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body = ("{\"error\":\"too many requests to the analytics endpoints; retry in " + wait + " s\"}")
                .getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The peer address, or behind a trusted proxy the client it forwarded for. */
    private String client(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return proxies.client(remote == null ? null : remote.getAddress(),
                exchange.getRequest().getHeaders().get("X-Forwarded-For"));
    }
}
