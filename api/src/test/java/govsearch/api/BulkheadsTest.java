package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.index.QueryCancelled;
import govsearch.index.QueryDeadline;
import govsearch.index.QueryTimedOut;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Admission to the lanes, with one thread each and work held on a latch, so what is queued,
 * running or refused is known exactly: 429 past the client's requests in flight, 503 when the
 * queue is full or no thread came free in time, queue time counted in the query deadline, and work
 * stopped when its client goes away.
 */
class BulkheadsTest {

    final CountDownLatch open = new CountDownLatch(1);
    Bulkheads bulkheads = bulkheads(Duration.ofSeconds(30), Duration.ofSeconds(30));

    static Bulkheads bulkheads(Duration queueWait, Duration queryTimeout) {
        // one thread and a queue of 2 per lane; 3 requests in flight per client; rate limits out of the way
        return new Bulkheads(1, 2, 1, 2, queueWait, 3, queryTimeout, 1_000_000, 0, 1_000_000, 0, "");
    }

    @AfterEach
    void close() {
        open.countDown();
        bulkheads.destroy();
    }

    static ServerHttpRequest from(String address) {
        return MockServerHttpRequest.get("/api/trend").remoteAddress(new InetSocketAddress(address, 40000)).build();
    }

    /** Work that holds its thread until the test opens the latch. */
    String held() throws InterruptedException {
        open.await(30, TimeUnit.SECONDS);
        return "done";
    }

    static Refused refusal(Mono<?> request) {
        try {
            request.block(Duration.ofSeconds(30));
        } catch (Refused r) {
            return r;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aClientOverItsRequestsInFlightIs429WhileOthersAreServed() {
        for (int i = 0; i < 3; i++) {
            bulkheads.run(i == 0 ? Lane.SEARCH : Lane.ANALYTICS, from("203.0.113.5"), this::held).subscribe();
        }
        Refused r = refusal(bulkheads.run(Lane.SEARCH, from("203.0.113.5"), () -> "fourth"));
        assertThat(r.status().value()).isEqualTo(429);
        assertThat(r.retryAfterSeconds()).isPositive();
        assertThat(r.getMessage()).contains("more than 3 requests at once");

        Mono<String> other = bulkheads.run(Lane.SEARCH, from("198.51.100.7"), () -> "served");
        open.countDown();
        assertThat(other.block(Duration.ofSeconds(30))).isEqualTo("served");
        assertThat(bulkheads.run(Lane.SEARCH, from("203.0.113.5"), () -> "again").block(Duration.ofSeconds(30)))
                .as("answered requests no longer count").isEqualTo("again");
    }

    @Test
    void aFullQueueIs503WithRetryAfterAndTheOtherLaneIsUntouched() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        bulkheads.run(Lane.ANALYTICS, from("192.0.2.0"), () -> {
            started.countDown();
            return held();
        }).subscribe();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < 3; i++) { // one running, two queued
            bulkheads.run(Lane.ANALYTICS, from("192.0.2." + i), this::held).subscribe();
        }
        Refused r = refusal(bulkheads.run(Lane.ANALYTICS, from("192.0.2.9"), () -> "no room"));
        assertThat(r.status().value()).isEqualTo(503);
        assertThat(r.getMessage()).contains("analytics queue is full");
        assertThat(r.retryAfterSeconds()).isPositive();
        assertThat(bulkheads.run(Lane.SEARCH, from("192.0.2.9"), () -> "search").block(Duration.ofSeconds(30)))
                .as("search has threads of its own").isEqualTo("search");
    }

    @Test
    void aRequestWaitsForAThreadAtMostTheQueueWaitThen503() {
        bulkheads.destroy();
        bulkheads = bulkheads(Duration.ofMillis(200), Duration.ofSeconds(30));
        bulkheads.run(Lane.ANALYTICS, from("192.0.2.1"), this::held).subscribe();
        Refused r = refusal(bulkheads.run(Lane.ANALYTICS, from("192.0.2.2"), () -> "too late"));
        assertThat(r.status().value()).isEqualTo(503);
        assertThat(r.getMessage()).contains("no analytics thread was free within 200 ms");
        assertThat(bulkheads.busy(Lane.ANALYTICS)).as("the expired request left the queue").isEqualTo(1);
    }

    @Test
    void timeInTheQueueCountsAgainstTheQueryTimeout() {
        bulkheads.destroy();
        bulkheads = bulkheads(Duration.ofSeconds(30), Duration.ofMillis(300));
        bulkheads.run(Lane.ANALYTICS, from("192.0.2.1"), () -> {
            Thread.sleep(600); // the one thread is busy longer than the second request may take in all
            return "first";
        }).subscribe();
        Mono<String> queued = bulkheads.run(Lane.ANALYTICS, from("192.0.2.2"), () -> {
            QueryDeadline.current().check(); // what every Lucene search of the request does first
            return "ran";
        });
        assertThatThrownBy(() -> queued.block(Duration.ofSeconds(30))).isInstanceOf(QueryTimedOut.class);
    }

    @Test
    void aClientThatGoesAwayLeavesTheQueueAndStopsItsRunningWork() throws InterruptedException {
        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        Disposable first = bulkheads.run(Lane.ANALYTICS, from("203.0.113.5"), () -> {
            running.countDown();
            try {
                while (true) { // a long analysis, checking its deadline as the Lucene loops do
                    QueryDeadline.current().check();
                    Thread.onSpinWait();
                }
            } catch (QueryCancelled e) {
                stopped.set(true);
                throw e;
            }
        }).subscribe(v -> { }, e -> { });
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        Disposable second = bulkheads.run(Lane.ANALYTICS, from("203.0.113.5"), () -> "never").subscribe(v -> { }, e -> { });
        assertThat(bulkheads.busy(Lane.ANALYTICS)).isEqualTo(2);

        second.dispose(); // the connection closed
        assertThat(bulkheads.busy(Lane.ANALYTICS)).as("the queued request is gone").isEqualTo(1);
        first.dispose();
        assertThat(bulkheads.run(Lane.ANALYTICS, from("203.0.113.5"), () -> "next").block(Duration.ofSeconds(30)))
                .as("the thread came free").isEqualTo("next");
        assertThat(stopped).isTrue();
        assertThat(bulkheads.cancelled.sum()).isEqualTo(2);
    }

    @Test
    void aFreeThreadTakesTheClientWithTheFewestRunningFirst() throws InterruptedException {
        bulkheads.destroy();
        bulkheads = new Bulkheads(1, 10, 1, 10, Duration.ofSeconds(30), 10, Duration.ofSeconds(30), 1_000_000, 0, 1_000_000, 0, "");
        java.util.List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        bulkheads.run(Lane.ANALYTICS, from("203.0.113.5"), () -> {
            started.countDown();
            return held();
        }).subscribe();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 3; i++) {
            String name = "flood " + i;
            bulkheads.run(Lane.ANALYTICS, from("203.0.113.5"), () -> order.add(name)).subscribe();
        }
        Mono<Boolean> visitor = bulkheads.run(Lane.ANALYTICS, from("198.51.100.7"), () -> order.add("visitor"));
        visitor.subscribe();
        open.countDown();
        for (int i = 0; i < 600 && order.size() < 4; i++) {
            Thread.sleep(50);
        }
        // the flood's client was served last: the visitor's one request goes ahead of all it queued
        assertThat(order).containsExactly("visitor", "flood 1", "flood 2", "flood 3");
    }

    @Test
    void oneClientHoldsAtMostHalfALanesThreadsSoAnotherFindsOneFree() {
        bulkheads.destroy();
        bulkheads = new Bulkheads(2, 10, 2, 10, Duration.ofSeconds(30), 10, Duration.ofSeconds(30), 1_000_000, 0, 1_000_000, 0, "");
        for (int i = 0; i < 4; i++) {
            bulkheads.run(Lane.ANALYTICS, from("203.0.113.5"), this::held).subscribe();
        }
        // the flood's three others wait although a thread is idle: it is the visitor's
        assertThat(bulkheads.run(Lane.ANALYTICS, from("198.51.100.7"), () -> "visitor").block(Duration.ofSeconds(30)))
                .isEqualTo("visitor");
        assertThat(bulkheads.busy(Lane.ANALYTICS)).isEqualTo(4);
    }
}
