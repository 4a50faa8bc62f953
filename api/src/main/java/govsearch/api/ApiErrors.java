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

/** Every failure becomes {"error": …, "param": …}; no stack trace or internal path ever leaves. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final int MAX_MESSAGE = 240;

    @ExceptionHandler(BadQuery.class)
    ResponseEntity<Map<String, String>> badQuery(BadQuery e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), e.param());
    }

    @ExceptionHandler(TooLarge.class)
    ResponseEntity<Map<String, String>> tooLarge(TooLarge e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), e.param());
    }

    @ExceptionHandler(QueryTimedOut.class)
    ResponseEntity<Map<String, String>> timedOut(QueryTimedOut e) {
        log.warn("query stopped at the {} ms limit", e.limitMs());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_JSON).body(error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null).getBody());
    }

    /** Over a rate or in-flight limit (429), or a lane full (503): come back after Retry-After. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, String>> refused(Refused e) {
        return ResponseEntity.status(e.status()).header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON).body(error(e.status(), e.getMessage(), null).getBody());
    }

    /** The client went away and its work was stopped: nobody reads this answer. */
    @ExceptionHandler(QueryCancelled.class)
    ResponseEntity<Map<String, String>> cancelled(QueryCancelled e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), e.param());
    }

    /** The cluster is away or overloaded: 503, so clients and balancers retry later. */
    @ExceptionHandler(BackendUnavailable.class)
    ResponseEntity<Map<String, String>> unavailable(BackendUnavailable e) {
        log.warn("index unavailable: {}", e.getMessage());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "the search index is unavailable; try again later", null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        if (status == HttpStatus.NOT_FOUND) {
            // Spring's reason repeats the path, which the client chose and may be 30,000 characters long
            return error(status, "no such page or API endpoint", null);
        }
        return error(status, e.getReason() == null ? status.getReasonPhrase() : e.getReason(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e) {
        log.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details", null);
    }

    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message, String param) {
        Map<String, String> body = new LinkedHashMap<>();
        // messages quote input cut short (BadQuery.echo); this bounds any that does not
        body.put("error", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
        if (param != null) {
            body.put("param", Params.abbreviate(param));
        }
        // JSON whatever the Accept header asked for: an error page in text/html would be a 406 instead
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
