package govsearch.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import govsearch.index.ReportIndex;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Caffeine caches for the expensive answers (search with facets, trend, compare, concordance,
 * phrasing), keyed by the parsed request and the index generation, so a commit makes every older
 * entry unreachable. Bounded by an estimate of each answer's size. Hits and misses show at
 * /actuator/metrics/cache.gets.
 */
@Component
class ResultCache {

    interface Work<T> {
        T compute() throws IOException;
    }

    static final List<String> NAMES = List.of("search", "trend", "compare", "concordance", "phrasing", "wildcard", "firstUses",
            "changes", "diffusion", "targets");
    private static final long MAX_BYTES_PER_CACHE = 32L << 20;

    private final ReportIndex index;
    private final Map<String, Cache<List<Object>, Object>> caches = new java.util.HashMap<>();

    ResultCache(ReportIndex index, MeterRegistry registry) {
        this.index = index;
        for (String name : NAMES) {
            Cache<List<Object>, Object> cache = Caffeine.newBuilder()
                    .maximumWeight(MAX_BYTES_PER_CACHE)
                    .weigher((List<Object> key, Object value) -> Math.max(1, weight(value)))
                    .recordStats()
                    .build();
            CaffeineCacheMetrics.monitor(registry, cache, name);
            caches.put(name, cache);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T get(String cache, Object request, Work<T> work) {
        List<Object> key = List.of(index.generation(), request);
        return (T) caches.get(cache).get(key, k -> {
            try {
                return work.compute();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A rough size in bytes: strings by their length, collections and records by their parts. */
    static int weight(Object value) {
        return (int) Math.min(Integer.MAX_VALUE, estimate(value, 0));
    }

    private static long estimate(Object v, int depth) {
        if (v == null || depth > 6) {
            return 8;
        }
        if (v instanceof CharSequence s) {
            return 40 + 2L * s.length();
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof Enum<?>) {
            return 16;
        }
        if (v instanceof Collection<?> c) {
            long n = 16;
            for (Object o : c) {
                n += estimate(o, depth + 1);
            }
            return n;
        }
        if (v instanceof Map<?, ?> m) {
            long n = 16;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                n += estimate(e.getKey(), depth + 1) + estimate(e.getValue(), depth + 1);
            }
            return n;
        }
        if (v instanceof Record r) {
            long n = 16;
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    n += estimate(c.getAccessor().invoke(r), depth + 1);
                } catch (ReflectiveOperationException e) {
                    n += 16;
                }
            }
            return n;
        }
        return 32;
    }
}
