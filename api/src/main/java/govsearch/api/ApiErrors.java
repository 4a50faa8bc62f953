package govsearch.api;

import govsearch.index.BackendUnavailable;
import govsearch.index.BadQuery;
import govsearch.index.QueryCancelled;
import govsearch.index.QueryTimedOut;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Every failure becomes {"error": …, "param": …, "message": …}; no stack trace or internal path ever
 * leaves. error is English for programs and logs, message says the same in Chinese for the pages
 * (docs/design/chinese-messages.md).
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final int MAX_MESSAGE = 240;

    @ExceptionHandler(BadQuery.class)
    ResponseEntity<Map<String, String>> badQuery(BadQuery e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.param(), e.chinese());
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(TooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), e.param(), e.chinese());
    }

    @ExceptionHandler(QueryTimedOut.class)
    ResponseEntity<Map<String, String>> timedOut(QueryTimedOut e) {
        log.warn("query stopped at the {} ms limit", e.limitMs());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_JSON).body(error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null, e.chinese()).getBody());
    }

    /** Over a rate or in-flight limit (429), or a lane full (503): come back after Retry-After. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, String>> refused(Refused e) {
        return ResponseEntity.status(e.status()).header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON).body(error(e.status(), e.getMessage(), null, e.chinese()).getBody());
    }

    /** The client went away and its work was stopped: nobody reads this answer. */
    @ExceptionHandler(QueryCancelled.class)
    ResponseEntity<Map<String, String>> cancelled(QueryCancelled e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null, "查询已停止：请求方已离开。");
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), e.param(), e.chinese());
    }

    /** The cluster is away or overloaded: 503, so clients and balancers retry later. */
    @ExceptionHandler(BackendUnavailable.class)
    ResponseEntity<Map<String, String>> unavailable(BackendUnavailable e) {
        log.warn("index unavailable: {}", e.getMessage());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "the search index is unavailable; try again later", null,
                "检索索引暂时无法使用，请稍后再试。");
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<?> status(ResponseStatusException e, ServerWebExchange exchange) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        if (status == HttpStatus.NOT_FOUND && wantsPage(exchange)) {
            // a mistyped page address in a browser: a Chinese page, not JSON; /api/ stays JSON for programs
            return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(NOT_FOUND_PAGE);
        }
        if (status == HttpStatus.NOT_FOUND) {
            // Spring's reason repeats the path, which the client chose and may be 30,000 characters long
            return error(status, "no such page or API endpoint", null, "没有这个页面或接口。");
        }
        return error(status, e.getReason() == null ? status.getReasonPhrase() : e.getReason(), null);
    }

    private static final Resource NOT_FOUND_PAGE = new ClassPathResource("static/not-found.html");

    /** A browser asking for a page (not /api/ or /actuator), its Accept naming HTML. */
    private static boolean wantsPage(ServerWebExchange exchange) {
        if (exchange == null) {
            return false;
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String accept = exchange.getRequest().getHeaders().getFirst("Accept");
        return !path.startsWith("/api") && !path.startsWith("/actuator") && !path.startsWith("/v3/")
                && accept != null && accept.contains("text/html");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        log.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details", null,
                "服务器内部出错，详情已记入服务器日志。");
    }

    /** An error whose Chinese message is the generic one for its status (and parameter). */
    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message, String param) {
        return error(status, message, param, null);
    }

    /**
     * The error body: the English message, the parameter at fault, and the Chinese message, or when
     * the thrower gave none, a generic one for the status that names the parameter.
     */
    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message, String param, String chinese) {
        Map<String, String> body = new LinkedHashMap<>();
        // messages quote input cut short (BadQuery.echo); this bounds any that does not
        body.put("error", bounded(message));
        if (param != null) {
            body.put("param", Params.abbreviate(param));
        }
        body.put("message", bounded(chinese != null ? chinese : ChineseMessages.generic(status, param)));
        // JSON whatever the Accept header asked for: an error page in text/html would be a 406 instead
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String bounded(String message) {
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
    }
}
