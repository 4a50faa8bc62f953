package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Whatever goes wrong, the answer is a 4xx without stack traces, class names or server paths. */
class NoLeaksTest extends BundledCorpusServer {

    @Value("${local.server.port}")
    int port;

    static void assertClean(int status, String body) {
        assertThat(status).as(body).isBetween(400, 499);
        assertThat(body).doesNotContain("Exception", "at govsearch", "/work/", "java.", "/tmp/", "\tat ");
    }

    static void assertJsonError(int status, String contentType, String body) {
        assertClean(status, body);
        assertThat(contentType).as(body).startsWith("application/json");
        assertThat(body).startsWith("{").contains("\"error\"");
    }

    void expectJsonError(WebTestClient.RequestHeadersSpec<?> request) {
        EntityExchangeResult<String> r = request.exchange().expectBody(String.class).returnResult();
        String type = r.getResponseHeaders().getContentType() == null ? "" : r.getResponseHeaders().getContentType().toString();
        assertJsonError(r.getStatus().value(), type, r.getResponseBody() == null ? "" : r.getResponseBody());
    }

    /** Raw HTTP/1.1, for requests no well-behaved client would send. */
    String[] raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (java.net.SocketException refusedMidway) {
                // the server answered and closed before reading it all; read that answer
            }
            InputStream in = s.getInputStream();
            String response;
            try {
                response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.SocketException reset) {
                return new String[]{RESET, ""};
            }
            int split = response.indexOf("\r\n\r\n");
            return new String[]{response.substring(0, split < 0 ? response.length() : split),
                    split < 0 ? "" : response.substring(split + 4)};
        }
    }

    /** What {@link #raw} gives when the server reset the connection instead of answering. */
    static final String RESET = "connection reset by the server";

    static int status(String head) {
        assertThat(head).as("the server answered rather than resetting the connection").isNotEqualTo(RESET);
        return Integer.parseInt(head.substring(9, 12));
    }

    /** An oversized request may be refused with a 4xx or by closing the connection; never a 5xx or a leak. */
    static void assertRefused(String[] response) {
        if (!response[0].equals(RESET)) {
            assertClean(status(response[0]), response[1]);
        }
    }

    @Test
    void unknownApiPathsAreJson404() {
        expectJsonError(http.get().uri("/api/nope"));
        expectJsonError(http.get().uri("/api/search/deeper/still"));
        expectJsonError(http.get().uri("/api/reports/%2e%2e%2f%2e%2e%2fetc%2fpasswd"));
    }

    @Test
    void wrongMethodsAre405Json() {
        expectJsonError(http.post().uri("/api/search"));
        expectJsonError(http.delete().uri("/api/reports"));
        expectJsonError(http.put().uri("/api/trend?term=x").contentType(MediaType.APPLICATION_JSON).bodyValue("{}"));
    }

    @Test
    void malformedPercentEncodingIs400() throws IOException {
        for (String target : new String[]{"/api/search?q=%zz", "/api/search?q=%E4%B8", "/api/search?q=%",
                "/api/concordance?q=%C0%AF", "/api/reports/%ff%fe", "/api/search?%=1"}) {
            String[] r = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(status(r[0])).as(target + " " + r[1]).isEqualTo(400);
            assertThat(r[0].toLowerCase(java.util.Locale.ROOT)).as(target).contains("content-type: application/json");
            assertThat(r[1]).as(target).startsWith("{").contains("\"error\"")
                    .doesNotContain("Exception", "at govsearch", "/work/", "java.");
        }
    }

    @Test
    void hugeHeadersAndLinesAreRefusedWithout5xx() throws IOException {
        String big = "x".repeat(64 * 1024);
        String[] header = raw("GET /api/search HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n");
        assertRefused(header);
        String[] line = raw("GET /api/search?q=" + big + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertRefused(line);
        String[] many = raw("GET /api/search HTTP/1.1\r\nHost: localhost\r\n" + "X-A: b\r\n".repeat(5000) + "Connection: close\r\n\r\n");
        assertRefused(many);
    }

    @Test
    void aJsonBodyOnAGetIsIgnoredOrRefusedCleanly() {
        EntityExchangeResult<String> r = http.method(org.springframework.http.HttpMethod.GET).uri("/api/search?q=小康")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"q\": {\"$ne\": null}, \"size\": 1e999")
                .exchange().expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).isLessThan(500);
        assertThat(r.getResponseBody()).doesNotContain("Exception", "at govsearch", "/work/", "java.");
    }

    @Test
    void unsupportedAcceptIs406Json() {
        EntityExchangeResult<String> r = http.get().uri("/api/search?q=小康").accept(MediaType.APPLICATION_XML)
                .exchange().expectBody(String.class).returnResult();
        assertClean(r.getStatus().value(), r.getResponseBody() == null ? "" : r.getResponseBody());
        assertThat(r.getStatus().value()).isEqualTo(406);
        EntityExchangeResult<String> bad = http.get().uri("/api/search?size=0").accept(MediaType.IMAGE_PNG)
                .exchange().expectBody(String.class).returnResult();
        assertClean(bad.getStatus().value(), bad.getResponseBody() == null ? "" : bad.getResponseBody());
    }

    @Test
    void badParametersNameTheParameterAndNothingInternal() {
        expectJsonError(http.get().uri("/api/search?size=abc"));
        expectJsonError(http.get().uri("/api/trend"));
        expectJsonError(http.get().uri("/api/compare?left.bogus=1&right.year=2010"));
    }

    @Test
    void theRequestLogNeverRecordsTheAuthorizationToken() throws InterruptedException {
        Logger logger = (Logger) LoggerFactory.getLogger("govsearch.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            String token = "s3cret-admin-token-4f9a";
            http.get().uri("/api/search?q=小康").header("Authorization", "Bearer " + token).exchange();
            http.post().uri("/api/crawl").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"seeds\":[\"https://example.org/\"]}").exchange();
            http.get().uri("/api/reports?token=" + token).exchange();
            for (int i = 0; i < 100 && lines.list.size() < 3; i++) {
                Thread.sleep(50); // a line is written once the response has gone out
            }
            assertThat(lines.list).hasSizeGreaterThanOrEqualTo(3);
            for (ILoggingEvent e : lines.list) {
                assertThat(e.getFormattedMessage()).doesNotContain(token).doesNotContain("Bearer");
            }
            assertThat(lines.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("GET /api/search 200 "));
        } finally {
            logger.detachAppender(lines);
        }
    }
}
