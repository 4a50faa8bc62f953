package govsearch.api;

import govsearch.crawler.crawl.Crawl;
import govsearch.crawler.crawl.CrawlIndexer;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.index.ReportIndex;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The service's crawl jobs. Jobs run one at a time on their own thread (never on the event loop),
 * each in its own directory DATA/crawl/jobs/ID, and add what they find to the running server's
 * index (the {@link ReportIndex} bean: one IndexWriter). Only what the {@link AddressPolicy} bean
 * lets through is fetched — seeds, links and every redirect hop ({@link CrawlPolicy}).
 *
 * <p>Each job's state is kept in its directory ({@code job.json}), so the list survives a restart:
 * a job that was queued or running when the server stopped reads back as {@code interrupted}.
 */
@Service
class CrawlJobs {

    private static final Logger log = LoggerFactory.getLogger(CrawlJobs.class);
    private static final int FAILURES_KEPT = 50;
    private static final String STATE_FILE = "job.json";
    /** Progress is written to job.json at most this often; state changes at once. */
    private static final long SAVE_EVERY_NANOS = 2_000_000_000L;

    enum State {
        queued, running, done, failed, cancelled, interrupted;

        boolean ended() {
            return this != queued && this != running;
        }
    }

    record Failure(String url, String reason) {
    }

    /** What GET /api/crawl/{id} and each SSE event carry, and what job.json holds. */
    record View(String id, State state, List<String> seeds, int fetched, int queued, int failed, int stored,
                int reports, int duplicates, int added, int alreadyIndexed, List<Failure> failures, String error,
                Instant createdAt, Instant endedAt) {
    }

    final class Job {
        final String id;
        /** Null for a job read back after a restart: it never runs again. */
        final Crawl.Options options;
        final List<String> seeds;
        final Instant createdAt;
        final Sinks.Many<View> events = Sinks.many().replay().latest();
        final List<Failure> failures = new ArrayList<>();
        volatile State state = State.queued;
        volatile Crawl.Progress progress = new Crawl.Progress(0, 0, 0, 0, 0, 0, 0);
        volatile int added;
        volatile int skipped;
        volatile String error;
        volatile Instant endedAt;
        volatile Crawl crawl;
        volatile boolean cancelAsked;
        private volatile View published;
        private State saved;
        private long savedAt;

        Job(Crawl.Options options) {
            this.id = ids.next();
            this.options = options;
            this.seeds = options.seeds();
            this.createdAt = Instant.now();
        }

        /** A job as its job.json left it. */
        Job(View v) {
            this.id = v.id();
            this.options = null;
            this.seeds = v.seeds() == null ? List.of() : v.seeds();
            this.createdAt = v.createdAt();
            this.state = v.state();
            this.progress = new Crawl.Progress(v.fetched(), v.queued(), v.failed(), v.stored(), v.reports(),
                    v.duplicates(), 0);
            this.added = v.added();
            this.skipped = v.alreadyIndexed();
            this.error = v.error();
            this.endedAt = v.endedAt();
            if (v.failures() != null) {
                failures.addAll(v.failures());
            }
        }

        /** The state last published: read without a lock, so a request thread never waits on a crawl thread. */
        View view() {
            View v = published;
            return v != null ? v : snapshot();
        }

        private synchronized View snapshot() {
            Crawl.Progress p = progress;
            return new View(id, state, seeds, p.fetched(), p.queued(), p.failed(), p.stored(), p.reports(),
                    p.duplicates(), added, skipped, List.copyOf(failures), error, createdAt, endedAt);
        }

        /** Sends the job's state to the SSE subscribers and its file; the stream ends with the job. */
        synchronized void publish() {
            View v = snapshot();
            published = v;
            events.tryEmitNext(v);
            long now = System.nanoTime();
            if (saved != state || now - savedAt > SAVE_EVERY_NANOS) {
                save(v);
                saved = state;
                savedAt = now;
            }
            if (state.ended()) {
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
    private final ObjectMapper json;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final JobIds ids = new JobIds();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crawl-jobs");
        t.setDaemon(true);
        return t;
    });

    CrawlJobs(ReportIndex index, @Value("${govsearch.data:./data}") Path data, AddressPolicy policy, ObjectMapper json) {
        this.index = index;
        this.data = data;
        this.policy = policy;
        this.json = json;
        readBack();
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

    /**
     * Cancels a queued job at once and asks a running one to stop after the requests in flight;
     * an ended job stays as it is.
     *
     * @return the job, or empty when there is none with that id
     */
    Optional<Job> cancel(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        synchronized (job) {
            if (job.state == State.queued) {
                job.state = State.cancelled;
                job.endedAt = Instant.now();
                job.publish();
            } else if (job.state == State.running) {
                job.cancelAsked = true;
                Crawl crawl = job.crawl;
                if (crawl != null) {
                    crawl.stop();
                }
            }
        }
        return Optional.of(job);
    }

    private void run(Job job) {
        synchronized (job) {
            if (job.state != State.queued) {
                return; // cancelled while it waited
            }
            job.state = State.running;
            job.publish();
        }
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
                    c -> {
                        synchronized (job) {
                            job.crawl = c;
                            if (job.cancelAsked) {
                                c.stop();
                            }
                        }
                    });
            job.progress = outcome.crawl();
            job.added = outcome.imported().added();
            job.skipped = outcome.imported().skipped();
            end(job, job.cancelAsked ? State.cancelled : State.done, null);
        } catch (Throwable e) {
            // an Error too: a job that stays "running" for ever is worse than one that says it failed
            log.warn("crawl job {} failed", job.id, e);
            end(job, State.failed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The job's last state, unless it has one already (interrupted by a shutdown). */
    private static void end(Job job, State state, String error) {
        synchronized (job) {
            job.crawl = null;
            if (!job.state.ended()) {
                job.state = state;
                job.error = error;
                job.endedAt = Instant.now();
            }
            job.publish();
        }
    }

    private void save(View v) {
        Path dir = DataDir.crawlJob(data, v.id());
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(STATE_FILE + ".tmp");
            Files.write(tmp, json.writeValueAsBytes(v));
            Files.move(tmp, dir.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            log.warn("cannot save the state of crawl job {} in {}: {}", v.id(), dir, e.toString());
        }
    }

    /** The jobs of earlier runs; those that had not ended are marked interrupted, in memory and on disk. */
    private void readBack() {
        Path root = DataDir.crawlJob(data, "x").getParent();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                Path file = dir.resolve(STATE_FILE);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                View v;
                try {
                    v = json.readValue(file.toFile(), View.class);
                } catch (JacksonException e) {
                    log.warn("crawl job state {} cannot be read: {}", file, e.getMessage());
                    continue;
                }
                if (v.id() == null || v.state() == null || !v.id().equals(dir.getFileName().toString())) {
                    continue;
                }
                Job job = new Job(v);
                if (!job.state.ended()) {
                    job.error = "the server stopped while the job was " + job.state;
                    job.state = State.interrupted;
                    job.endedAt = Instant.now();
                }
                jobs.put(job.id, job);
                job.publish();
            }
        } catch (IOException e) {
            log.warn("cannot list the crawl jobs in {}: {}", root, e.toString());
        }
    }

    /** Jobs still queued or running are written down as interrupted, then their crawls are stopped. */
    @jakarta.annotation.PreDestroy
    void shutdown() {
        for (Job job : jobs.values()) {
            Crawl crawl;
            synchronized (job) {
                if (job.state.ended()) {
                    continue;
                }
                job.error = "the server stopped while the job was " + job.state;
                job.state = State.interrupted;
                job.endedAt = Instant.now();
                job.publish();
                crawl = job.crawl;
            }
            if (crawl != null) {
                crawl.stop();
            }
        }
        // The crawl writes its WARC and frontier until it sees the stop: wait for it, so nothing is
        // written into the data directory (or the index) after the server has let go of them.
        // Not shutdownNow first: an interrupt would end the job's thread while the crawl's own
        // threads went on writing.
        runner.shutdown();
        try {
            if (!runner.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("a crawl job did not stop within 30 s of the shutdown");
                runner.shutdownNow();
            }
        } catch (InterruptedException e) {
            runner.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
