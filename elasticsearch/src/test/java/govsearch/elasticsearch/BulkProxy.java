package govsearch.elasticsearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * An HTTP reverse proxy in front of the test node that answers the next bulk requests with the
 * statuses it is given (429, 503 …, in Elasticsearch's own error shape) before passing bulk
 * requests through again, and records every bulk request: when it came, its body, what it was answered.
 * Given an SSL context it terminates https as a secured cluster would, and it can require an
 * Authorization header (401 without it), recording the one each request carried.
 */
final class BulkProxy implements AutoCloseable {

    /** One bulk request as the proxy saw it. */
    record Bulk(long nanos, byte[] body, int status) {

        /** Action lines (index, create, update, delete): the operations in the request. */
        int actions() {
            int n = 0;
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("{\"index\":") || line.startsWith("{\"create\":")
                        || line.startsWith("{\"update\":") || line.startsWith("{\"delete\":")) {
                    n++;
                }
            }
            return n;
        }
    }

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bulk-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String target;
    private final ConcurrentLinkedQueue<Integer> refusals = new ConcurrentLinkedQueue<>();
    private volatile boolean refuseAll;
    private final List<Bulk> bulks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final boolean https;
    private volatile String required;

    BulkProxy(String targetUrl) throws IOException {
        this(targetUrl, null);
    }

    /** With {@code tls}, the proxy answers https only, with that context's certificate. */
    BulkProxy(String targetUrl, javax.net.ssl.SSLContext tls) throws IOException {
        this.target = targetUrl;
        this.https = tls != null;
        InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(local, 0);
        } else {
            com.sun.net.httpserver.HttpsServer s = com.sun.net.httpserver.HttpsServer.create(local, 0);
            s.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(tls));
            server = s;
        }
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return (https ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on a request without exactly this Authorization header is answered 401. */
    void require(String authorization) {
        required = authorization;
    }

    /** The Authorization header of every request so far ("" for none). */
    List<String> authorizations() {
        synchronized (authorizations) {
            return List.copyOf(authorizations);
        }
    }

    /** The next bulk requests are answered with these statuses, one each, then passed through. */
    void refuseNext(int... statuses) {
        for (int s : statuses) {
            refusals.add(s);
        }
    }

    /** Every bulk request from now on is answered 429. */
    void refuseAll() {
        refuseAll = true;
    }

    List<Bulk> bulks() {
        synchronized (bulks) {
            return List.copyOf(bulks);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            if (required != null && !required.equals(auth)) {
                byte[] answer = "{\"error\":\"missing or wrong credentials\",\"status\":401}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\", ApiKey");
                ex.sendResponseHeaders(401, answer.length);
                ex.getResponseBody().write(answer);
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            if (path.endsWith("/_bulk")) {
                Integer refused = refuseAll ? Integer.valueOf(429) : refusals.poll();
                bulks.add(new Bulk(System.nanoTime(), plain(body, ex.getRequestHeaders().getFirst("Content-Encoding")),
                        refused == null ? 200 : refused));
                if (refused != null) {
                    refuse(ex, refused);
                    return;
                }
            }
            forward(ex, body);
        }
    }

    private static byte[] plain(byte[] body, String encoding) throws IOException {
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            }
        }
        return body;
    }

    /** What a node under too much load (429) or blocked (503) answers. */
    private static void refuse(HttpExchange ex, int status) throws IOException {
        String type = status == 429 ? "es_rejected_execution_exception" : "cluster_block_exception";
        byte[] answer = ("{\"error\":{\"root_cause\":[{\"type\":\"" + type + "\",\"reason\":\"refused by the test proxy\"}],"
                + "\"type\":\"" + type + "\",\"reason\":\"refused by the test proxy\"},\"status\":" + status + "}")
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        ex.sendResponseHeaders(status, answer.length);
        ex.getResponseBody().write(answer);
    }

    private void forward(HttpExchange ex, byte[] body) throws IOException {
        String query = ex.getRequestURI().getRawQuery();
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI().getRawPath()
                + (query == null ? "" : "?" + query)));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> req.header(name, v));
            }
        });
        req.method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r;
        try {
            r = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        r.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> ex.getResponseHeaders().add(name, v));
            }
        });
        byte[] answer = r.body();
        boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(r.statusCode(), head || answer.length == 0 ? -1 : answer.length);
        if (!head && answer.length > 0) {
            ex.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        client.close();
    }
}
