package govsearch.importer;

import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads sources into reports and adds them to an index, committing every few reports so that an
 * import killed at any moment leaves the last commit searchable. Running it again skips the
 * reports already committed (same source, same text, same id) and completes the rest.
 */
public final class Import {

    static final int COMMIT_EVERY_REPORTS = 25;
    static final long COMMIT_EVERY_CHARS = 2_000_000;

    public record Progress(int seen, int added, int skipped, int failed, long chars) {
    }

    public record Failure(String url, String message) {
    }

    /** @param bytes UTF-8 size of the added reports' text */
    public record Summary(int added, int skipped, List<Failure> failures, long chars, long bytes, Duration took) {

        public double megabytesPerSecond() {
            return bytes / 1e6 / Math.max(1e-3, took.toNanos() / 1e9);
        }
    }

    private Import() {
    }

    /**
     * @param failures failures met before this step (unreadable files); the summary lists them too
     */
    public static Summary run(Iterator<Source> sources, ReportIndex index, List<Failure> failures,
                              Consumer<Progress> progress) throws IOException {
        long start = System.nanoTime();
        List<Failure> failed = new ArrayList<>(failures);
        List<Report> batch = new ArrayList<>();
        long batchChars = 0;
        int seen = 0;
        int added = 0;
        int skipped = 0;
        long chars = 0;
        long bytes = 0;
        while (sources.hasNext()) {
            Source source = sources.next();
            seen++;
            Report report;
            try {
                report = ReportReader.read(source);
            } catch (RuntimeException e) {
                failed.add(new Failure(source.url(), e.getMessage()));
                continue;
            }
            if (index.contains(report.id())) {
                skipped++;
            } else {
                batch.add(report);
                int n = report.chars();
                batchChars += n;
                chars += n;
                bytes += utf8Length(source.text());
                added++;
            }
            if (batch.size() >= COMMIT_EVERY_REPORTS || batchChars >= COMMIT_EVERY_CHARS) {
                index.add(batch);
                index.commit();
                batch.clear();
                batchChars = 0;
                progress.accept(new Progress(seen, added, skipped, failed.size(), chars));
            }
        }
        if (!batch.isEmpty()) {
            index.add(batch);
        }
        index.commit();
        progress.accept(new Progress(seen, added, skipped, failed.size(), chars));
        return new Summary(added, skipped, List.copyOf(failed), chars, bytes, Duration.ofNanos(System.nanoTime() - start));
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
