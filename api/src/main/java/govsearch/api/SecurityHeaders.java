package govsearch.api;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Security headers on every response (pages, API answers and errors alike): a strict
 * Content-Security-Policy — relaxed only under Swagger UI, whose React styles are inline — plus
 * nosniff, no-referrer, DENY framing and a closed Permissions-Policy. CORS is closed unless
 * {@code govsearch.cors.allowed-origins} names the origins that may read the API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders implements WebFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** Swagger UI renders with inline styles; its scripts are still only its own files. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=(), interest-cohort=()";

    private final CorsConfiguration cors;
    private final DefaultCorsProcessor corsProcessor = new DefaultCorsProcessor();

    SecurityHeaders(@Value("${govsearch.cors.allowed-origins:}") String allowedOrigins) {
        List<String> origins = Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (origins.isEmpty()) {
            cors = null;
        } else {
            cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "HEAD"));
            cors.addAllowedHeader("*");
            cors.setMaxAge(3600L);
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        boolean swagger = path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui");
        set(response.getHeaders(), swagger);
        // Error handlers may rebuild the response; set the headers again just before it is sent.
        response.beforeCommit(() -> {
            set(response.getHeaders(), swagger);
            return Mono.empty();
        });
        if (cors != null && path.startsWith("/api/") && CorsUtils.isCorsRequest(exchange.getRequest())) {
            boolean valid = corsProcessor.process(cors, exchange);
            if (!valid || CorsUtils.isPreFlightRequest(exchange.getRequest())) {
                return Mono.empty();
            }
        }
        return chain.filter(exchange);
    }

    private static void set(HttpHeaders h, boolean swagger) {
        try {
            h.set("Content-Security-Policy", swagger ? SWAGGER_CSP : CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("X-Frame-Options", "DENY");
            h.set("Permissions-Policy", PERMISSIONS);
            h.set("Cross-Origin-Opener-Policy", "same-origin");
        } catch (UnsupportedOperationException committed) {
            // already sent
        }
    }
}
