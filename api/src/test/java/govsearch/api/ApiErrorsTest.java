package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QueryTimedOut;
import org.junit.jupiter.api.Test;

/** The per-query time limit reaches the client as a 503 with a message, never a stack trace. */
class ApiErrorsTest {

    @Test
    void aTimedOutQueryIs503WithAMessageAndRetryAfter() {
        var r = new ApiErrors().timedOut(new QueryTimedOut(2000));
        assertThat(r.getStatusCode().value()).isEqualTo(503);
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(r.getBody()).containsOnlyKeys("error", "message");
        assertThat(r.getBody().get("error")).contains("2000 ms limit").doesNotContain("Exception");
        assertThat(r.getBody().get("message")).contains("2000 毫秒");
    }
}
