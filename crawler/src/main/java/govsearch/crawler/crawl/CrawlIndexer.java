package govsearch.crawler.crawl;

import govsearch.crawler.fetch.AddressPolicy;
import govsearch.importer.Import;
import govsearch.index.ReportIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A crawl whose reports go into an index as they are found: the crawl runs on its own threads,
 * {@link Import#run} on the caller's, committing in batches, so a crawl killed at any moment
 * leaves the last commit searchable and its store complete; started again, it hands on its stored
 * reports again and the import skips those already committed. Running out of memory on either
 * side ends both with {@link Crawl.Aborted}: never a thread dead in silence and the other waiting.
 */
public final class CrawlIndexer {

    public record Outcome(Crawl.Progress crawl, Import.Summary imported) {
    }

    private CrawlIndexer() {
    }

    /**
     * @param started receives the crawl before it starts, so the caller can {@link Crawl#stop} it
     */
    public static Outcome run(Path dir, Crawl.Options options, AddressPolicy policy, ReportIndex index,
                              Crawl.Listener listener, Consumer<Import.Progress> imported, Consumer<Crawl> started)
            throws IOException, InterruptedException {
        SourceQueue queue = new SourceQueue();
        Crawl crawl = new Crawl(dir, options, policy, queue, listener);
        started.accept(crawl);
        AtomicReference<Crawl.Progress> last = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread crawler = Thread.ofPlatform().name("crawl").start(() -> {
            try {
                last.set(crawl.run());
            } catch (IOException | RuntimeException | InterruptedException e) {
                failure.set(e);
            } catch (OutOfMemoryError e) {
                failure.set(new Crawl.Aborted("the crawl ran out of memory; stopped"));
            } catch (Error e) {
                failure.set(new Crawl.Aborted("the crawl stopped on an internal error: " + e));
            } finally {
                queue.end();
            }
        });
        Import.Summary summary;
        try {
            summary = Import.run(queue, index, List.of(), imported);
        } catch (IOException | RuntimeException e) {
            crawl.stop();
            crawler.join();
            throw e;
        } catch (OutOfMemoryError e) {
            crawl.stop();
            crawler.join();
            throw new Crawl.Aborted("indexing the crawl's reports ran out of memory; stopped");
        }
        try {
            crawler.join();
        } catch (InterruptedException interrupted) {
            // Whoever interrupts us is letting go of the data directory: the crawl must not go on
            // writing into it after we return.
            crawl.stop();
            crawler.join(Duration.ofSeconds(30));
            throw interrupted;
        }
        Exception e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof InterruptedException ie) {
            throw ie;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        return new Outcome(last.get(), summary);
    }
}
