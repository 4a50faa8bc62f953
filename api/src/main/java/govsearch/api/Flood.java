package govsearch.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hostile client of {@code govsearch load --hostile N}, as the review of issue 15 played it:
 * one address keeping N requests in flight, each a trend no cache has seen (ten common characters
 * in count mode, seconds of work), sent again the moment an answer comes back, 429 and 503
 * included (it ignores Retry-After).
 */
final class Flood {

    static final String ADDRESS = "198.19.255.254";
    static final List<String> COMMON = List.of("的", "发", "展", "国", "人", "经", "济", "会", "工", "作", "建", "设", "生",
            "产", "业", "社", "主", "义", "中", "新", "大", "年", "和", "在", "以");

    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    private Flood() {
    }

    static Flood start(HttpClient http, String base, int inFlight, long endNanos) {
        Flood f = new Flood();
        for (int i = 0; i < inFlight; i++) {
            f.threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < endNanos) {
                    String outcome;
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + uniqueTrend()))
                                .header("X-Forwarded-For", ADDRESS).timeout(Duration.ofSeconds(60)).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        outcome = "HTTP " + r.statusCode();
                    } catch (java.io.IOException e) {
                        outcome = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    f.outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                }
            }));
        }
        return f;
    }

    static String uniqueTrend() {
        List<String> chars = new ArrayList<>(COMMON);
        Collections.shuffle(chars, ThreadLocalRandom.current());
        StringBuilder path = new StringBuilder("/api/trend?mode=count");
        chars.subList(0, 10).forEach(c -> path.append("&term=").append(LoadTest.enc(c)));
        return path.toString();
    }

    void join() throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    String summary() {
        StringBuilder sb = new StringBuilder("  hostile client: ");
        long total = outcomes.values().stream().mapToLong(LongAdder::sum).sum();
        sb.append(total).append(" requests");
        new TreeMap<>(outcomes).forEach((k, v) -> sb.append(", ").append(k).append(" × ").append(v.sum()));
        return sb.toString();
    }
}
