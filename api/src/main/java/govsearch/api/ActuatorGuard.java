package govsearch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The actuator holds the data directory's disk, the JVM version and call counts per endpoint:
 * only {@code /actuator/health} is public. The rest answers with the admin token
 * ({@code Authorization: Bearer <govsearch.admin-token>}) and is off (404) while no token is set.
 * Paths are matched by the same {@link PathPattern}s, over the same decoded path without
 * {@code ;params}, that route the request, and {@code /actuator/**} holds every path routed to an
 * actuator endpoint, so no spelling ({@code /actuator;x/metrics}, {@code /%61ctuator/metrics})
 * gets past (docs/design/limits-by-handler.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class ActuatorGuard implements WebFilter {

    private static final PathPattern ACTUATOR = PathPatternParser.defaultInstance.parse("/actuator/**");
    private static final PathPattern HEALTH = PathPatternParser.defaultInstance.parse("/actuator/health/**");

    private final byte[] token;

    ActuatorGuard(@Value("${govsearch.admin-token:}") String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var path = exchange.getRequest().getPath().pathWithinApplication();
        if (!ACTUATOR.matches(path) || HEALTH.matches(path)) {
            return chain.filter(exchange);
        }
        if (token == null) {
            return refuse(exchange, HttpStatus.NOT_FOUND, "no such page or API endpoint");
        }
        String auth = exchange.getRequest().getHeaders().getFirst("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            return refuse(exchange, HttpStatus.UNAUTHORIZED, "a valid admin token is required: Authorization: Bearer <token>");
        }
        return chain.filter(exchange);
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String message) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        String chinese = status == HttpStatus.NOT_FOUND ? "没有这个页面或接口。" : "需要有效的管理令牌。";
        byte[] body = ("{\"error\":\"" + message + "\",\"message\":\"" + chinese + "\"}").getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }
}
