package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** With an admin token, the actuator beyond health answers to that token only (ExposureTest: without one, it is off). */
class ActuatorGuardTest {

    final ActuatorGuard guard = new ActuatorGuard("s3cret");

    int status(String path, String authorization) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.method(org.springframework.http.HttpMethod.GET, URI.create("http://localhost" + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        MockServerWebExchange e = MockServerWebExchange.from(request);
        guard.filter(e, ex -> Mono.empty()).block();
        return e.getResponse().getStatusCode() == null ? 200 : e.getResponse().getStatusCode().value();
    }

    @Test
    void metricsNeedTheTokenInEverySpellingAndHealthDoesNot() {
        for (String path : new String[]{"/actuator/metrics", "/actuator", "/actuator;x/metrics", "/%61ctuator/metrics",
                "/actuator/%6detrics/jvm.info", "/actuator/metrics;a=b/cache.gets"}) {
            assertThat(status(path, null)).as(path).isEqualTo(401);
            assertThat(status(path, "Bearer wrong")).as(path).isEqualTo(401);
            assertThat(status(path, "Bearer s3cret")).as(path).isEqualTo(200);
        }
        assertThat(status("/actuator/health", null)).isEqualTo(200);
        assertThat(status("/actuator/health/liveness", null)).isEqualTo(200);
        assertThat(status("/api/search", null)).isEqualTo(200);
    }
}
