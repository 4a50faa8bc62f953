package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** BlockHound is armed in these tests, and a mix of API calls never blocks an event-loop thread. */
class EventLoopTest extends BundledCorpusServer {

    @Test
    void blockHoundIsArmed() {
        assertThatThrownBy(() -> Mono.fromCallable(() -> {
                    Thread.sleep(5);
                    return 1;
                }).subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10)))
                .hasCauseInstanceOf(BlockingOperationError.class);
        EventLoopGuard.VIOLATIONS.removeIf(v -> v.startsWith("parallel-"));
    }

    @Test
    void apiCallsNeverBlockAnEventLoop() {
        for (String uri : List.of("/api/search?q=小康", "/api/search?q=\"全面建成小康社会\"&year=2010-2020",
                "/api/reports", "/api/trend?term=小康", "/api/trend?term=脱贫攻坚&format=csv",
                "/api/compare?left.year=1954-1965&right.year=2010-2025", "/api/concordance?q=小康",
                "/api/phrasing?text=坚决打赢脱贫攻坚战", "/api/phrasing/variants?phrase=全面建成小康社会",
                "/", "/report/x", "/app.css", "/actuator/health", "/v3/api-docs", "/api/search?size=0", "/nope")) {
            http.mutate().responseTimeout(Duration.ofSeconds(60)).build().get().uri(uri).exchange().expectStatus().value(s -> assertThat(s).as(uri).isLessThan(500));
        }
        assertThat(EventLoopGuard.VIOLATIONS).as("blocking calls on non-blocking threads").isEmpty();
    }
}
