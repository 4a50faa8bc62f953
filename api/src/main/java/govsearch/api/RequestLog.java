package govsearch.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request on the logger {@code govsearch.access}: method, path, status, milliseconds
 * and client address. Never headers (so never the admin token in Authorization) and never the
 * query string (searches may be private); the path alone says which endpoint was called.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLog implements WebFilter {

    static final Logger log = LoggerFactory.getLogger("govsearch.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            var remote = exchange.getRequest().getRemoteAddress();
            log.info("{} {} {} {}ms {}", exchange.getRequest().getMethod(),
                    clean(exchange.getRequest().getPath().value()),
                    status == null ? "-" : status.value(), (System.nanoTime() - start) / 1_000_000,
                    remote == null || remote.getAddress() == null ? "-" : remote.getAddress().getHostAddress());
        });
    }

    /** Paths are attacker-chosen: cut them short and drop control characters, so a line stays a line. */
    static String clean(String path) {
        String p = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return p.replaceAll("\\p{Cntrl}", "?");
    }
}
