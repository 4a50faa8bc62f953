package govsearch.crawler.crawl;

import govsearch.report.Source;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Hands the reports a crawl finds, as it finds them, to an import running on another thread:
 * the crawl {@link #accept}s, the import iterates and blocks until the next report or the end.
 */
public final class SourceQueue implements Consumer<Source>, Iterator<Source> {

    private static final Source END = Source.of("", "");

    private final LinkedBlockingQueue<Source> queue = new LinkedBlockingQueue<>();
    private Source next;

    @Override
    public void accept(Source source) {
        queue.add(source);
    }

    /** No more reports will come. */
    public void end() {
        queue.add(END);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next = END;
            }
        }
        return next != END;
    }

    @Override
    public Source next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Source s = next;
        next = null;
        return s;
    }
}
