package govsearch.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one URL with one GET, never following redirects itself: the crawl queues the target as
 * a new link so each hop passes the URL filters, robots.txt, politeness and the
 * {@link AddressPolicy} like any other. An honest User-Agent, connect and read timeouts (the read
 * timeout bounds the whole response, headers and body), and a size cap: the body is cut at
 * {@code maxBytes} and marked truncated.
 */
public final class Fetcher implements AutoCloseable {

    public static final String USER_AGENT = "govsearch-crawler/0.1 (+https://github.com/govsearch/govsearch)";
    /** The name robots.txt groups are matched against. */
    public static final String ROBOTS_NAME = "govsearch-crawler";

    /**
     * @param maxBytes        a body is cut at this many bytes, as it comes over the wire
     * @param maxDecodedBytes a body sent with Content-Encoding may expand to this many bytes, no more
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, int maxBytes, long maxDecodedBytes) {
        public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), 5 << 20);

        /** Decoded bodies up to four times the cap: reports compress about that well. */
        public Settings(Duration connectTimeout, Duration readTimeout, int maxBytes) {
            this(connectTimeout, readTimeout, maxBytes, 4L * maxBytes);
        }
    }

    /** Pages first, then the documents report pages link (附件), then anything; plain text is a page too. */
    static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8,application/msword;q=0.8,"
            + "application/rtf;q=0.8,*/*;q=0.5";

    /** Validators of a stored copy, sent as If-None-Match / If-Modified-Since; null when there is none. */
    public record Validators(String etag, String lastModified) {
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final AddressPolicy policy;
    private final Settings settings;
    private final HttpClient http;

    public Fetcher(AddressPolicy policy, Settings settings) {
        this.policy = policy;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    public AddressPolicy policy() {
        return policy;
    }

    /**
     * @throws AddressPolicy.Refused when the policy refuses the URL's host or address
     * @throws IOException           on connection failures and timeouts
     */
    public Fetched fetch(String url, Validators validators) throws IOException, AddressPolicy.Refused {
        URI uri = URI.create(url);
        InetAddress address = policy.check(uri);
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("User-Agent", USER_AGENT);
        sent.put("Accept", ACCEPT);
        // bodies are stored as sent and decoded when read (ContentEncoding), with a cap on the decoded size
        sent.put("Accept-Encoding", "gzip, deflate");
        sent.put("Accept-Language", "zh-CN,zh;q=0.9");
        if (validators != null && validators.etag() != null) {
            sent.put("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            sent.put("If-Modified-Since", validators.lastModified());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout());
        sent.forEach(request::header);
        Instant date = Instant.now();
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (HttpTimeoutException e) {
            throw new IOException("timed out after " + settings.readTimeout().toSeconds() + " s");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> {
            if (!k.startsWith(":")) {
                headers.put(k, v);
            }
        });
        AtomicBoolean timedOut = new AtomicBoolean();
        try (InputStream in = response.body()) {
            long left = Math.max(1, deadline - System.nanoTime());
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                closeQuietly(in);
            }, left, TimeUnit.NANOSECONDS);
            try {
                byte[] body = readCapped(in, settings.maxBytes());
                boolean truncated = body.length > settings.maxBytes();
                if (truncated) {
                    body = Arrays.copyOf(body, settings.maxBytes());
                }
                return new Fetched(url, date, sent, response.statusCode(), headers, body, truncated, address);
            } finally {
                watchdog.cancel(false);
            }
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new IOException("timed out after " + settings.readTimeout().toSeconds() + " s");
            }
            throw e;
        }
    }

    /** Up to {@code cap + 1} bytes: one more than the cap tells that there was more. */
    private static byte[] readCapped(InputStream in, int cap) throws IOException {
        byte[] buf = new byte[Math.min(cap + 1, 64 << 10)];
        int n = 0;
        while (n <= cap) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(cap + 1, buf.length * 2));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the stream closed
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
