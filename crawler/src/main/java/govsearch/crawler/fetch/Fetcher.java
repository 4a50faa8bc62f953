package govsearch.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL with one GET, never following redirects itself: the crawl queues the target as
 * a new link so each hop passes the URL filters, robots.txt, politeness and the
 * {@link AddressPolicy} like any other, and the connection goes to the address the policy checked. An
 * honest User-Agent, connect and read timeouts (the read
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

    /**
     * The address the policy checked for the request on this thread. The classic client connects
     * on the calling thread, so its DNS resolver answers with this address and nothing else: the
     * name is never looked up a second time between the check and the connection.
     */
    private static final ThreadLocal<InetAddress> CHECKED = new ThreadLocal<>();

    private static final DnsResolver PINNED = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress checked = CHECKED.get();
            if (checked == null) {
                throw new UnknownHostException(host + ": no address checked by the crawl's address policy");
            }
            return new InetAddress[]{checked};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    };

    private final AddressPolicy policy;
    private final Settings settings;
    private final CloseableHttpClient http;

    public Fetcher(AddressPolicy policy, Settings settings) {
        this.policy = policy;
        this.settings = settings;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(PINNED)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.readTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                // bodies are stored as sent and decoded when read (ContentEncoding), with a cap on the decoded size
                .disableContentCompression()
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
        sent.put("Accept-Encoding", "gzip, deflate");
        sent.put("Accept-Language", "zh-CN,zh;q=0.9");
        if (validators != null && validators.etag() != null) {
            sent.put("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            sent.put("If-Modified-Since", validators.lastModified());
        }
        HttpGet request = new HttpGet(uri);
        sent.forEach(request::setHeader);
        Instant date = Instant.now();
        AtomicBoolean timedOut = new AtomicBoolean();
        // the read timeout bounds the whole exchange, however slowly the server trickles bytes
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, settings.readTimeout().toNanos(), TimeUnit.NANOSECONDS);
        CHECKED.set(address);
        ClassicHttpResponse response = null;
        try {
            response = http.executeOpen(null, request, null);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header h : response.getHeaders()) {
                headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
            }
            HttpEntity entity = response.getEntity();
            byte[] body = new byte[0];
            boolean truncated = false;
            if (entity != null) {
                InputStream in = entity.getContent();
                body = readCapped(in, settings.maxBytes());
                truncated = body.length > settings.maxBytes();
                if (truncated) {
                    body = Arrays.copyOf(body, settings.maxBytes());
                    request.cancel(); // closing would read the rest to reuse the connection
                }
            }
            return new Fetched(url, date, sent, response.getCode(), headers, body, truncated, address);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            if (timedOut.get()) {
                throw new IOException("timed out after " + settings.readTimeout().toSeconds() + " s");
            }
            if (e instanceof java.net.SocketTimeoutException) {
                throw new IOException("timed out after " + settings.readTimeout().toSeconds() + " s");
            }
            throw e;
        } finally {
            CHECKED.remove();
            watchdog.cancel(false);
            closeQuietly(response);
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

    /** After a cancel the connection is gone, and closing says so: nothing to report. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException ignored) {
                // the body was read or deliberately cut
            }
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
    }
}
