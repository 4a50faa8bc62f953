package govsearch.api;

import govsearch.crawler.crawl.Crawl;
import govsearch.crawler.crawl.CrawlIndexer;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.index.ReportIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The service's crawl jobs. Jobs run one at a time on their own thread (never on the event loop),
 * each in its own directory DATA/crawl/jobs/ID, and add what they find to the running server's
 * index (the {@link ReportIndex} bean: one IndexWriter). Only hosts on
 * {@code govsearch.crawl.allowed-hosts} that resolve to public addresses are fetched — seeds,
 * links and every redirect hop ({@link AddressPolicy#strict}).
 */
@Service
class CrawlJobs {

    private static final Logger log = LoggerFactory.getLogger(CrawlJobs.class);
    private static final int FAILURES_KEPT = 50;

    enum State { queued, running, done, failed }

    record Failure(String url, String reason) {
    }

    /** What GET /api/crawl/{id} and each SSE event carry. */
    record View(String id, State state, List<String> seeds, int fetched, int queued, int failed, int stored,
                int reports, int duplicates, int added, int alreadyIndexed, List<Failure> failures, String error,
                Instant createdAt, Instant endedAt) {
    }

    final class Job {
        final String id = UUID.randomUUID().toString();
        final Crawl.Options options;
        final Instant createdAt = Instant.now();
        final Sinks.Many<View> events = Sinks.many().replay().latest();
        final List<Failure> failures = new ArrayList<>();
        volatile State state = State.queued;
        volatile Crawl.Progress progress = new Crawl.Progress(0, 0, 0, 0, 0, 0, 0);
        volatile int added;
        volatile int skipped;
        volatile String error;
        volatile Instant endedAt;

        Job(Crawl.Options options) {
            this.options = options;
        }

        synchronized View view() {
            Crawl.Progress p = progress;
            return new View(id, state, options.seeds(), p.fetched(), p.queued(), p.failed(), p.stored(), p.reports(),
                    p.duplicates(), added, skipped, List.copyOf(failures), error, createdAt, endedAt);
        }

        /** Sends the job's state to the SSE subscribers; the stream ends with the job. */
        synchronized void publish() {
            events.tryEmitNext(view());
            if (state == State.done || state == State.failed) {
                events.tryEmitComplete();
            }
        }

        public Flux<View> events() {
            return events.asFlux();
        }
    }

    private final ReportIndex index;
    private final Path data;
    private final AddressPolicy policy;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crawl-jobs");
        t.setDaemon(true);
        return t;
    });

    CrawlJobs(ReportIndex index, @Value("${govsearch.data:./data}") Path data,
              @Value("${govsearch.crawl.allowed-hosts:}") String allowedHosts,
              @Value("${govsearch.crawl.loopback-hosts-for-tests:}") String loopbackForTests) {
        this.index = index;
        this.data = data;
        this.policy = AddressPolicy.strict(commaList(allowedHosts), commaList(loopbackForTests));
    }

    AddressPolicy policy() {
        return policy;
    }

    Job start(Crawl.Options options) {
        Job job = new Job(options);
        jobs.put(job.id, job);
        job.publish();
        runner.execute(() -> run(job));
        return job;
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job) {
        job.state = State.running;
        job.publish();
        try {
            CrawlIndexer.Outcome outcome = CrawlIndexer.run(DataDir.crawlJob(data, job.id), job.options, policy, index,
                    new Crawl.Listener() {
                        @Override
                        public void progress(Crawl.Progress p) {
                            job.progress = p;
                            job.publish();
                        }

                        @Override
                        public void failure(String url, String reason) {
                            synchronized (job) {
                                if (job.failures.size() < FAILURES_KEPT) {
                                    job.failures.add(new Failure(url, reason));
                                }
                            }
                        }
                    },
                    p -> {
                        job.added = p.added();
                        job.skipped = p.skipped();
                    },
                    c -> { });
            job.progress = outcome.crawl();
            job.added = outcome.imported().added();
            job.skipped = outcome.imported().skipped();
            job.state = State.done;
        } catch (Exception e) {
            log.warn("crawl job {} failed", job.id, e);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.state = State.failed;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            job.endedAt = Instant.now();
            job.publish();
        }
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        runner.shutdownNow();
    }

    private static java.util.Set<String> commaList(String s) {
        return new HashSet<>(Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList());
    }
}
