package govsearch.api;

import govsearch.index.QueryDeadline;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * Where every search and analysis runs (docs/design/bulkheads.md). Each {@link Lane} has its own
 * threads and a bounded queue, taken in turn by client ({@link FairPool}), so sixty slow trends
 * cannot hold a search up, nor queue ahead of another client's trend. A request is admitted
 * in this order: the client's rate for the lane (else 429), the client's requests in flight across
 * both lanes (else 429), a place in the lane's queue (else 503); then it waits at most
 * {@code govsearch.bulkhead.queue-wait} for a thread (else 503). Its {@link QueryDeadline}
 * ({@code govsearch.query-timeout}) starts when it arrives, so time in the queue counts; when the
 * client goes away the request leaves the queue, or its Lucene work stops at the next check.
 */
@Component
class Bulkheads implements DisposableBean {

    private final Map<Lane, FairPool> pools = new EnumMap<>(Lane.class);
    private final RateLimits limits;
    private final TrustedProxies proxies;
    private final Duration queueWait;
    private final Duration queryTimeout;
    private final int perClient;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    /** Requests stopped because their client went away: queued or running. */
    final LongAdder cancelled = new LongAdder();

    Bulkheads(@Value("${govsearch.bulkhead.search.threads:0}") int searchThreads,
              @Value("${govsearch.bulkhead.search.queue:200}") int searchQueue,
              @Value("${govsearch.bulkhead.analytics.threads:0}") int analyticsThreads,
              @Value("${govsearch.bulkhead.analytics.queue:50}") int analyticsQueue,
              @Value("${govsearch.bulkhead.queue-wait:3s}") Duration queueWait,
              @Value("${govsearch.bulkhead.per-client:8}") int perClient,
              @Value("${govsearch.query-timeout:10s}") Duration queryTimeout,
              @Value("${govsearch.rate-limit.per-minute:120}") int perMinute,
              @Value("${govsearch.rate-limit.burst:0}") int burst,
              @Value("${govsearch.rate-limit.search-per-minute:600}") int searchPerMinute,
              @Value("${govsearch.rate-limit.search-burst:0}") int searchBurst,
              @Value("${govsearch.trusted-proxies:}") String trustedProxies) {
        int cores = Runtime.getRuntime().availableProcessors();
        pools.put(Lane.SEARCH, pool(Lane.SEARCH, searchThreads > 0 ? searchThreads : Math.max(2, cores), searchQueue));
        pools.put(Lane.ANALYTICS, pool(Lane.ANALYTICS, analyticsThreads > 0 ? analyticsThreads : Math.max(2, cores / 2),
                analyticsQueue));
        if (perClient < 1) {
            throw new IllegalArgumentException("govsearch.bulkhead.per-client must be positive, got " + perClient);
        }
        if (queueWait.isNegative() || queueWait.isZero()) {
            throw new IllegalArgumentException("govsearch.bulkhead.queue-wait must be positive, got " + queueWait);
        }
        this.limits = new RateLimits(RateLimits.Rate.of("govsearch.rate-limit.per-minute", perMinute, burst),
                RateLimits.Rate.of("govsearch.rate-limit.search-per-minute", searchPerMinute, searchBurst), System::nanoTime);
        this.proxies = TrustedProxies.parse(trustedProxies);
        this.queueWait = queueWait;
        this.queryTimeout = queryTimeout;
        this.perClient = perClient;
    }

    private static FairPool pool(Lane lane, int threads, int queue) {
        if (queue < 1) {
            throw new IllegalArgumentException("govsearch.bulkhead." + lane.property + ".queue must be positive, got " + queue);
        }
        return new FairPool(lane.property, threads, queue);
    }

    /** Runs {@code work} in the lane for the client who sent {@code request}, or refuses it. */
    <T> Mono<T> run(Lane lane, ServerHttpRequest request, Callable<T> work) {
        return run(lane, request, queryTimeout, work);
    }

    /** As {@link #run(Lane, ServerHttpRequest, Callable)} with a longer limit: an export reads every match. */
    <T> Mono<T> run(Lane lane, ServerHttpRequest request, Duration limit, Callable<T> work) {
        return Mono.create(sink -> {
            String client = client(request);
            try {
                limits.take(lane, client);
            } catch (Refused r) {
                sink.error(r);
                return;
            }
            if (inFlight.merge(client, 1, Integer::sum) > perClient) {
                release(client);
                sink.error(Refused.tooMany(1, "more than " + perClient + " requests at once from one address; "
                        + "wait for an answer before sending more"));
                return;
            }
            new Task<>(lane, client, work, sink, limit).submit();
        });
    }

    /** One request of the client's fewer in flight; a client with none is forgotten. */
    private void release(String client) {
        inFlight.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** One admitted request: queued, then running, or expired or cancelled while queued. */
    private final class Task<T> implements Runnable {
        private static final int QUEUED = 0, RUNNING = 1, EXPIRED = 2, CANCELLED = 3;

        private final Lane lane;
        private final String client;
        private final Callable<T> work;
        private final MonoSink<T> sink;
        private final QueryDeadline deadline;
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private volatile Disposable timer;

        Task(Lane lane, String client, Callable<T> work, MonoSink<T> sink, Duration limit) {
            this.deadline = QueryDeadline.after(limit);
            this.lane = lane;
            this.client = client;
            this.work = work;
            this.sink = sink;
        }

        void submit() {
            sink.onCancel(this::cancel);
            timer = Schedulers.parallel().schedule(this::expire, queueWait.toMillis(), TimeUnit.MILLISECONDS);
            if (!pools.get(lane).offer(client, this)) {
                if (state.compareAndSet(QUEUED, EXPIRED)) {
                    timer.dispose();
                    release(client);
                    sink.error(Refused.busy(retryAfter(), "the service is busy: the " + lane.property
                            + " queue is full; retry in " + retryAfter() + " s"));
                }
            }
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return; // expired or cancelled while queued, and already released
            }
            timer.dispose();
            try {
                sink.success(deadline.run(work));
            } catch (Throwable e) {
                sink.error(e);
            } finally {
                release(client);
            }
        }

        private void expire() {
            if (state.compareAndSet(QUEUED, EXPIRED)) {
                pools.get(lane).remove(this);
                release(client);
                sink.error(Refused.busy(retryAfter(), "the service is busy: no " + lane.property + " thread was free within "
                        + queueWait.toMillis() + " ms; retry in " + retryAfter() + " s"));
            }
        }

        private void cancel() {
            deadline.cancel(); // a running search stops at its next check
            cancelled.increment();
            if (state.compareAndSet(QUEUED, CANCELLED)) {
                if (timer != null) {
                    timer.dispose();
                }
                pools.get(lane).remove(this);
                release(client);
            }
        }
    }

    private long retryAfter() {
        return Math.max(1, (queueWait.toMillis() + 999) / 1000);
    }

    /** The peer address, or behind a trusted proxy the client it forwarded for. */
    private String client(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return proxies.client(remote == null ? null : remote.getAddress(), request.getHeaders().get("X-Forwarded-For"));
    }

    /** Requests now queued or running in the lane. */
    int busy(Lane lane) {
        return pools.get(lane).size();
    }

    @Override
    public void destroy() {
        pools.values().forEach(FairPool::shutdown);
    }
}
