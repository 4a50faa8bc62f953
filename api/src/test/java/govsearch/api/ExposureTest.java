package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the review found exposed (issue 15, finding 7), on the shared server, which has no admin
 * token: only health of the actuator, errors that echo at most 100 characters of what was sent,
 * and JSON for every API error whatever the client said it accepts.
 */
class ExposureTest extends BundledCorpusServer {

    RawHttp.Response get(String target, String... headers) throws IOException {
        return RawHttp.get("127.0.0.1", port, target, headers);
    }

    static void assertJsonError(RawHttp.Response r, int status) {
        assertThat(r.status()).as(r.head() + "\n" + r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/json");
        assertThat(r.body()).startsWith("{\"error\":\"").doesNotContain("Exception", "java.", "/tmp/", "Whitelabel");
    }

    @Test
    void healthIsPublicAndTheRestOfTheActuatorIsOffWithoutTheAdminToken() throws IOException {
        RawHttp.Response health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        for (String target : List.of("/actuator/metrics", "/actuator/metrics/jvm.info", "/actuator/metrics/cache.gets",
                "/actuator/info", "/actuator", "/actuator/", "/actuator;x/metrics", "/actuator/%6detrics",
                "/%61ctuator/metrics", "/actuator/metrics;x", "/actuator/health/../metrics", "/actuator/health/%2e%2e/metrics")) {
            RawHttp.Response r = get(target);
            assertThat(r.status()).as(target + " " + r.body()).isIn(400, 404);
            assertThat(r.body()).as(target).doesNotContain("jvm", "disk", "cache.gets", "govsearch-api", "measurements");
        }
    }

    @Test
    void aHugeUnknownReportIdIsEchoedAtMost100Characters() throws IOException {
        String id = "x".repeat(30_000);
        RawHttp.Response r = get("/api/reports/" + id);
        assertJsonError(r, 404);
        assertThat(r.body()).doesNotContain("x".repeat(101)).hasSizeLessThan(300);
        RawHttp.Response path = get("/api/" + id);
        assertJsonError(path, 404);
        assertThat(path.body()).doesNotContain("x".repeat(101)).hasSizeLessThan(300);
    }

    @Test
    void aLonePercentInTheQueryIs400NamingTheParameter() throws IOException {
        for (String target : List.of("/api/search?q=%", "/api/search?q=%zz", "/api/search?size=1&q=a%2", "/api/trend?term=%")) {
            RawHttp.Response r = get(target);
            assertJsonError(r, 400);
            assertThat(r.body()).as(target).contains("\"param\":\"" + (target.contains("term") ? "term" : "q") + "\"");
        }
    }

    @Test
    void apiErrorsAreJsonWhateverTheAcceptHeader() throws IOException {
        for (String accept : List.of("text/html", "text/html,application/xhtml+xml;q=0.9", "image/png", "text/csv")) {
            for (String target : List.of("/api/search?size=0", "/api/trend", "/api/nope", "/api/reports/nope")) {
                // The answer's type is chosen before the parameters are read, so a client that accepts no
                // JSON may hear 406 rather than 400 (NoLeaksTest#unsupportedAcceptIs406Json); in JSON all the
                // same, never a Whitelabel page.
                RawHttp.Response r = get(target, "Accept: " + accept);
                assertThat(r.status()).as(target + " " + accept).isIn(400, 404, 406);
                assertJsonError(r, r.status());
            }
        }
        assertJsonError(get("/api/nope", "Accept: text/html"), 404);
    }
}
