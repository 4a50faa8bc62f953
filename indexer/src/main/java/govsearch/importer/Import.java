package govsearch.importer;

import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads sources into reports and adds them to an index, committing after every batch so that an
 * import killed at any moment leaves the last commit searchable. Running it again skips the
 * reports already committed (same source, same text, same id) and completes the rest; a report
 * already committed whose labels changed (a manifest.tsv added or edited since) is replaced.
 *
 * <p>Within a batch, reports are understood and analysed on all cores at once (the index takes
 * concurrent adds); a commit waits for the whole batch.
 */
public final class Import {

    /**
     * A commit every so many reports or chars: bigger batches flush fewer, larger segments (less
     * merging), smaller ones lose less work to a crash. Tunable for tests that kill an import.
     */
    static final int BATCH_REPORTS = Integer.getInteger("govsearch.import.batch-reports", 200);
    static final long BATCH_CHARS = Long.getLong("govsearch.import.batch-chars", 8_000_000L);

    public record Progress(int seen, int added, int skipped, int failed, long chars) {
    }

    public record Failure(String url, String message) {
    }

    /**
     * @param skipped    reports already indexed with the same labels
     * @param relabelled reports already indexed whose title, year, region or type changed, replaced
     * @param bytes      UTF-8 size of the added reports' text
     */
    public record Summary(int added, int skipped, int relabelled, List<Failure> failures, long chars, long bytes,
                          Duration took) {

        public double megabytesPerSecond() {
            return bytes / 1e6 / Math.max(1e-3, took.toNanos() / 1e9);
        }
    }

    private enum Outcome { ADDED, SKIPPED, RELABELLED }

    private record Done(Outcome outcome, long chars, long bytes) {
    }

    private Import() {
    }

    public static Summary run(Iterator<Source> sources, ReportIndex index, List<Failure> failures,
                              Consumer<Progress> progress) throws IOException {
        return run(sources, index, failures, progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param failures failures met before this step (unreadable files); the summary lists them too
     * @param threads  how many reports are analysed at once
     */
    public static Summary run(Iterator<Source> sources, ReportIndex index, List<Failure> failures,
                              Consumer<Progress> progress, int threads) throws IOException {
        long start = System.nanoTime();
        List<Failure> failed = new ArrayList<>(failures);
        int seen = 0;
        int added = 0;
        int skipped = 0;
        int relabelled = 0;
        long chars = 0;
        long bytes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "import");
            t.setDaemon(true);
            return t;
        });
        try {
            while (sources.hasNext()) {
                List<Source> batch = new ArrayList<>();
                long batchChars = 0;
                while (sources.hasNext() && batch.size() < BATCH_REPORTS && batchChars < BATCH_CHARS) {
                    Source s = sources.next();
                    batch.add(s);
                    batchChars += s.text().length();
                }
                // Longest first: a long report started last would keep one thread busy while the others wait.
                batch.sort(java.util.Comparator.comparingInt((Source s) -> s.text().length()).reversed());
                List<Future<Done>> work = new ArrayList<>();
                for (Source s : batch) {
                    work.add(pool.submit(() -> add(s, index)));
                }
                for (int i = 0; i < work.size(); i++) {
                    seen++;
                    try {
                        Done done = work.get(i).get();
                        if (done.outcome() == Outcome.ADDED) {
                            added++;
                            chars += done.chars();
                            bytes += done.bytes();
                        } else if (done.outcome() == Outcome.RELABELLED) {
                            relabelled++;
                        } else {
                            skipped++;
                        }
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof UncheckedIOException io) {
                            throw io.getCause();
                        }
                        failed.add(new Failure(batch.get(i).url(), String.valueOf(cause.getMessage())));
                    }
                }
                if (threads > 1) {
                    flushInParallel(index, pool, threads);
                }
                index.commit();
                progress.accept(new Progress(seen, added, skipped, failed.size(), chars));
            }
            index.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        progress.accept(new Progress(seen, added, skipped, failed.size(), chars));
        return new Summary(added, skipped, relabelled, List.copyOf(failed), chars, bytes, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Each analysing thread left a buffer of its own; a commit would write them one after another
     * on the calling thread while the others wait, so they are written on all threads first. One
     * buffer per thread: another writer adding to the index meanwhile must not keep these threads
     * writing ever smaller segments; whatever is left, the commit writes.
     */
    private static void flushInParallel(ReportIndex index, ExecutorService pool, int threads)
            throws IOException, InterruptedException {
        List<Future<Void>> flushes = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            flushes.add(pool.submit(() -> {
                index.flushBuffer();
                return null;
            }));
        }
        for (Future<Void> f : flushes) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException("flushing the import's buffers failed", e.getCause());
            }
        }
    }

    private static Done add(Source source, ReportIndex index) {
        Report report = ReportReader.read(source);
        try {
            if (index.contains(report.id())) {
                Report indexed = index.report(report.id()).orElse(null);
                if (indexed == null || sameLabels(indexed, report)) {
                    return new Done(Outcome.SKIPPED, 0, 0);
                }
                index.add(List.of(report));
                return new Done(Outcome.RELABELLED, 0, 0);
            }
            index.add(List.of(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Done(Outcome.ADDED, report.chars(), utf8Length(source.text()));
    }

    private static boolean sameLabels(Report a, Report b) {
        return java.util.Objects.equals(a.title(), b.title()) && java.util.Objects.equals(a.year(), b.year())
                && java.util.Objects.equals(a.region(), b.region()) && java.util.Objects.equals(a.docType(), b.docType())
                && java.util.Objects.equals(a.publishedAt(), b.publishedAt());
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
