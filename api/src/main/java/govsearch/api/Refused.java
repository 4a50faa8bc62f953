package govsearch.api;

import org.springframework.http.HttpStatus;

/**
 * A request turned away before any work was done: 429 (this client is over its rate or its
 * requests in flight) or 503 (the lane is full), with the seconds to wait before retrying.
 */
final class Refused extends RuntimeException {

    private final HttpStatus status;
    private final long retryAfterSeconds;

    private Refused(HttpStatus status, long retryAfterSeconds, String message) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    static Refused tooMany(long retryAfterSeconds, String message) {
        return new Refused(HttpStatus.TOO_MANY_REQUESTS, retryAfterSeconds, message);
    }

    static Refused busy(long retryAfterSeconds, String message) {
        return new Refused(HttpStatus.SERVICE_UNAVAILABLE, retryAfterSeconds, message);
    }

    /** The message as the pages show it: who is refused, and when to come back. */
    String chinese() {
        return status == HttpStatus.TOO_MANY_REQUESTS
                ? "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试。"
                : "服务正忙，请 " + retryAfterSeconds + " 秒后再试。";
    }

    HttpStatus status() {
        return status;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
