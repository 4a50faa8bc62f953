package govsearch.api;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code govsearch load [--url URL] [--clients 50] [--seconds 60] [--think-ms 0] [--hostile N]}: a
 * benchmark, not a test. That many clients (virtual threads, one JDK HttpClient) send a mix of
 * search, trend, concordance and phrasing to a running server for that long, each waiting
 * {@code --think-ms} between requests; then throughput, errors by status and latency percentiles,
 * overall and per endpoint. Each client names its own address in X-Forwarded-For (198.18.x.y, a
 * benchmarking range), so a server started with {@code --govsearch.trusted-proxies=127.0.0.1}
 * counts its limits per client; otherwise all share one address, and the limits of one address
 * apply to all of them. {@code --hostile N} adds one flooding client ({@link Flood}) with N
 * requests in flight, and the figures are the well-behaved clients' beside it.
 */
final class LoadTest {

    private LoadTest() {
    }

    /** Weighted mix: searches are most of the traffic. */
    static final List<String> MIX = List.of(
            "/api/search?q=" + enc("脱贫攻坚"), "/api/search?q=" + enc("小康") + "&year=2010-2020",
            "/api/search?q=" + enc("\"全面建成小康社会\""), "/api/search?q=" + enc("生态 环境") + "&region=" + enc("全国"),
            "/api/search?q=" + enc("改革") + "&page=2", "/api/search?domain=" + enc("统一战线"),
            "/api/trend?term=" + enc("小康") + "&term=" + enc("脱贫攻坚"), "/api/trend?term=" + enc("改革开放") + "&mode=docShare",
            "/api/concordance?q=" + enc("小康"), "/api/concordance?q=" + enc("统一战线") + "&sort=left",
            "/api/phrasing?text=" + enc("坚决打赢脱贫攻坚战"), "/api/phrasing/variants?phrase=" + enc("全面建成小康社会"));

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) throws InterruptedException {
        String url = "http://localhost:8080";
        int clients = 50;
        int seconds = 60;
        int hostile = 0;
        Integer thinkMs = null;
        for (int i = 1; i < argv.length; i++) {
            String a = argv[i];
            if (i + 1 >= argv.length) {
                err.println("govsearch load: " + a + " needs a value\nusage: govsearch load [--url URL] [--clients 50] [--seconds 60] [--think-ms 0] [--hostile N]");
                return 1;
            }
            String v = argv[++i];
            try {
                switch (a) {
                    case "--url" -> url = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                    case "--clients" -> clients = Math.max(1, Integer.parseInt(v));
                    case "--seconds" -> seconds = Math.max(1, Integer.parseInt(v));
                    case "--hostile" -> hostile = Math.max(0, Integer.parseInt(v));
                    case "--think-ms" -> thinkMs = Math.max(0, Integer.parseInt(v));
                    default -> {
                        err.println("govsearch load: unknown option " + a);
                        return 1;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("govsearch load: " + a + " must be a whole number, got " + v);
                return 1;
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<long[]>> latencies = new ConcurrentHashMap<>();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        LongAdder done = new LongAdder();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        String base = url;
        long think = thinkMs != null ? thinkMs : hostile > 0 ? 500 : 0; // beside a flood, clients are visitors who read
        out.printf("load: %d clients (%d ms between requests, each its own X-Forwarded-For) for %d s against %s%n",
                clients, think, seconds, base);
        Flood flood = hostile > 0 ? Flood.start(http, base, hostile, end) : null;
        if (flood != null) {
            out.printf("      beside one hostile client (%s) keeping %d unique ten-character count trends in flight%n",
                    Flood.ADDRESS, hostile);
        }
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String address = "198.18." + (c / 250) + "." + (c % 250 + 1);
            threads.add(Thread.ofVirtual().start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String path = MIX.get(random.nextInt(MIX.size()));
                    String endpoint = path.substring(0, path.indexOf('?'));
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .header("X-Forwarded-For", address)
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        outcome = r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
                    } catch (java.io.IOException e) {
                        outcome = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long took = System.nanoTime() - t0;
                    latencies.computeIfAbsent(endpoint, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(new long[]{took});
                    if (outcome != null) {
                        errors.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    }
                    done.increment();
                    if (think > 0) {
                        try {
                            Thread.sleep(think);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (flood != null) {
            flood.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long total = done.sum();
        long failed = errors.values().stream().mapToLong(LongAdder::sum).sum();
        out.printf("%d requests in %.1f s: %.1f requests/s, %d errors%n", total, elapsed, total / elapsed, failed);
        new TreeMap<>(errors).forEach((k, v) -> out.printf("  error %s: %d%s%n", k, v.sum(),
                k.equals("HTTP 429") ? " (rate limit: serve with --govsearch.trusted-proxies=127.0.0.1 so each client counts apart, "
                        + "or raise govsearch.rate-limit.per-minute)" : ""));
        List<long[]> all = new ArrayList<>();
        latencies.values().forEach(all::addAll);
        out.println(row("all", all));
        new TreeMap<>(latencies).forEach((k, v) -> out.println(row(k, v)));
        if (flood != null) {
            out.println(flood.summary());
        }
        return failed == 0 ? 0 : 2;
    }

    static String row(String name, List<long[]> samples) {
        long[] ms;
        synchronized (samples) {
            ms = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        }
        if (ms.length == 0) {
            return String.format("  %-24s no requests", name);
        }
        return String.format("  %-24s n=%-7d p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms", name, ms.length,
                pct(ms, 50), pct(ms, 90), pct(ms, 99), ms[ms.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

}
