package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Every response carries the security headers; CORS stays closed unless origins are configured. */
class SecurityHeadersTest extends BundledCorpusServer {

    static void assertSecurityHeaders(HttpHeaders h) {
        assertThat(h.getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP)
                .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "base-uri 'none'");
        assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(h.getFirst("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(h.getFirst("Access-Control-Allow-Origin")).isNull();
    }

    HttpHeaders headers(WebTestClient.RequestHeadersSpec<?> request, int status) {
        return request.header("Origin", "https://evil.example").exchange()
                .expectStatus().isEqualTo(status)
                .returnResult(byte[].class).getResponseHeaders();
    }

    @Test
    void theHomePageHasAStrictPolicy() {
        assertSecurityHeaders(headers(http.get().uri("/"), 200));
        assertSecurityHeaders(headers(http.get().uri("/report/x"), 200));
    }

    @Test
    void apiAnswersHaveThemToo() {
        assertSecurityHeaders(headers(http.get().uri("/api/search?q=小康"), 200));
    }

    @Test
    void errorsHaveThemToo() {
        assertSecurityHeaders(headers(http.get().uri("/api/search?size=0"), 400));
        assertSecurityHeaders(headers(http.get().uri("/api/reports/nope"), 404));
        assertSecurityHeaders(headers(http.get().uri("/no/such/page"), 404));
        assertSecurityHeaders(headers(http.post().uri("/api/search"), 405));
    }

    @Test
    void aPreflightFromAnotherOriginIsNotAllowed() {
        HttpHeaders h = http.options().uri("/api/search")
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .exchange().returnResult(byte[].class).getResponseHeaders();
        assertThat(h.getFirst("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void swaggerUiAloneMayUseInlineStyles() {
        HttpHeaders h = http.get().uri("/webjars/swagger-ui/index.html").exchange()
                .returnResult(byte[].class).getResponseHeaders();
        assertThat(h.getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.SWAGGER_CSP)
                .contains("script-src 'self';");
    }

    @Test
    void configuredOriginsMayReadTheApiAndNoOthers() {
        SecurityHeaders filter = new SecurityHeaders("https://portal.example.gov.cn, https://other.example");
        MockServerWebExchange allowed = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost/api/search")
                .header("Origin", "https://portal.example.gov.cn"));
        filter.filter(allowed, e -> Mono.empty()).block();
        assertThat(allowed.getResponse().getHeaders().getFirst("Access-Control-Allow-Origin"))
                .isEqualTo("https://portal.example.gov.cn");

        MockServerWebExchange denied = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost/api/search")
                .header("Origin", "https://evil.example"));
        filter.filter(denied, e -> Mono.empty()).block();
        assertThat(denied.getResponse().getHeaders().getFirst("Access-Control-Allow-Origin")).isNull();
        assertThat(denied.getResponse().getStatusCode().value()).isEqualTo(403);
    }
}
