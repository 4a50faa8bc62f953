package govsearch.api;

import govsearch.crawler.files.ReportFiles;
import govsearch.importer.Import;
import govsearch.index.ReportIndex;
import govsearch.report.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Imports sent to the running service ({@code POST /api/import}). The uploaded files are written
 * under DATA/import/ID/files at their client paths, so a manifest.tsv sent along labels them as it
 * would on the client's disk, and read by the same {@link ReportFiles} as a local import; each
 * report is then named as a local import names it (the path as the user gave it), so importing the
 * same files locally later finds them already indexed. Jobs run one at a time on their own thread
 * into the server's {@link ReportIndex}, which answers searches meanwhile.
 */
@Service
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final int FAILURES_KEPT = 200;

    enum State { queued, running, done, failed }

    record Failure(String url, String reason) {
    }

    /**
     * A root the user named: {@code given} as typed (reports are named after it), {@code path} its
     * absolute form on the client, which places it in the upload folder.
     */
    record Root(String given, String path) {
    }

    /** What GET /api/import/{id} answers; {@code total} is known once the files are read. */
    record View(String id, State state, int files, long bytes, int total, int seen, int added, int alreadyIndexed,
                int relabelled, int failed, List<Failure> failures, long chars, long textBytes, long tookMs,
                String error, Instant createdAt, Instant endedAt) {
    }

    final class Job {
        final String id = ids.next();
        final Path folder;
        final List<Root> roots;
        final int files;
        final long bytes;
        final Instant createdAt = Instant.now();
        volatile State state = State.queued;
        volatile int total;
        volatile Import.Progress progress = new Import.Progress(0, 0, 0, 0, 0);
        volatile Import.Summary summary;
        volatile String error;
        volatile Instant endedAt;
        final Sinks.Many<View> events = Sinks.many().replay().latest();

        Job(Path folder, List<Root> roots, int files, long bytes) {
            this.folder = folder;
            this.roots = List.copyOf(roots);
            this.files = files;
            this.bytes = bytes;
        }

        View view() {
            Import.Summary s = summary;
            Import.Progress p = progress;
            List<Failure> failures = s == null ? List.of() : s.failures().stream().limit(FAILURES_KEPT)
                    .map(f -> new Failure(f.url(), f.message())).toList();
            return new View(id, state, files, bytes, total, p.seen(), s == null ? p.added() : s.added(),
                    s == null ? p.skipped() : s.skipped(), s == null ? 0 : s.relabelled(),
                    s == null ? p.failed() : s.failures().size(), failures, s == null ? p.chars() : s.chars(),
                    s == null ? 0 : s.bytes(), s == null ? 0 : s.took().toMillis(), error, createdAt, endedAt);
        }

        /** Sends the job's state to the SSE subscribers, as a crawl job does; the stream ends with the job. */
        synchronized void publish() {
            events.tryEmitNext(view());
            if (state == State.done || state == State.failed) {
                events.tryEmitComplete();
            }
        }

        Flux<View> events() {
            return events.asFlux();
        }
    }

    private final ReportIndex index;
    private final Path data;
    private final int threads;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final JobIds ids = new JobIds();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-jobs");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(ReportIndex index, @Value("${govsearch.data:./data}") Path data) {
        this.index = index;
        this.data = data;
        // Half the cores: the other half keeps answering searches while a large import runs.
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** A fresh folder for one upload; the job that reads it deletes it. */
    Path newUploadFolder() throws IOException {
        Path dir = data.resolve("import").resolve(ids.next());
        Files.createDirectories(dir.resolve("files"));
        return dir;
    }

    /** Where a client path goes inside an upload folder, or null for a path that would leave it. */
    static Path place(Path folder, String clientPath) {
        if (clientPath == null || clientPath.isBlank() || clientPath.indexOf('\0') >= 0) {
            return null;
        }
        String rel = clientPath.replace('\\', '/').replaceFirst("^[A-Za-z]:", "").replaceFirst("^/+", "");
        if (rel.isEmpty()) {
            return null;
        }
        for (String part : rel.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        Path files = folder.resolve("files");
        Path p = files.resolve(rel).normalize();
        return p.startsWith(files) && !p.equals(files) ? p : null;
    }

    Job start(Path folder, List<Root> roots, int files, long bytes) {
        Job job = new Job(folder, roots, files, bytes);
        jobs.put(job.id, job);
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
            List<Path> placed = job.roots.stream().map(r -> place(job.folder, r.path())).toList();
            ReportFiles files = ReportFiles.read(placed);
            List<Source> sources = files.sources().stream().map(s -> renamed(s, job.roots, placed)).toList();
            List<Import.Failure> failures = files.failures().stream()
                    .map(f -> new Import.Failure(clientName(f.url(), job.roots, placed), f.message())).toList();
            job.total = sources.size();
            job.summary = Import.run(sources.iterator(), index, failures, p -> {
                job.progress = p;
                job.publish();
            }, threads);
            job.state = State.done;
        } catch (Exception e) {
            log.warn("import job {} failed", job.id, e);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            job.state = State.failed;
        } finally {
            job.endedAt = Instant.now();
            delete(job.folder);
            job.publish();
        }
    }

    private static Source renamed(Source s, List<Root> roots, List<Path> placed) {
        return s.withUrl(clientName(s.url(), roots, placed));
    }

    /** The name a local import gives: the root as the user typed it, then the path below it. */
    static String clientName(String url, List<Root> roots, List<Path> placed) {
        String best = null;
        int bestLength = -1;
        for (int i = 0; i < roots.size(); i++) {
            String prefix = placed.get(i) == null ? null : placed.get(i).toString();
            if (prefix != null && prefix.length() > bestLength && (url.equals(prefix) || url.startsWith(prefix + "/")
                    || url.startsWith(prefix + "!"))) {
                best = roots.get(i).given() + url.substring(prefix.length());
                bestLength = prefix.length();
            }
        }
        return best == null ? url : best;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("could not delete the upload folder {}: {}", dir, e.getMessage());
        }
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        runner.shutdownNow();
    }
}
