package govsearch.index.lucene;

import govsearch.index.QueryDeadline;
import govsearch.index.strings.StringChunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One question's work on each suffix-array chunk, spread over the machine's cores. A gigabyte is
 * some forty chunks, and a trend term's occurrences in one chunk do not depend on another's: on two
 * cores a question answers in about half the time. The asking thread works too, so a question
 * still answers when every helper thread is busy with other questions.
 */
final class ChunkTasks {

    /** The work on one chunk of the segment at leaf {@code leaf}. */
    interface Task<T> {
        T run(int leaf, StringChunk chunk) throws IOException;
    }

    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS, r -> {
        Thread t = new Thread(r, "govsearch-strings");
        t.setDaemon(true);
        return t;
    });

    private ChunkTasks() {
    }

    /** One of a question's independent pieces of work. */
    interface Piece<T> {
        T run(int piece) throws IOException;
    }

    /** The task's result for every chunk, per leaf in leaf order and per chunk in chunk order. */
    static <T> List<List<T>> each(StringIndex.Segment[] segments, Task<T> task) throws IOException {
        List<int[]> work = new ArrayList<>();
        for (int l = 0; l < segments.length; l++) {
            for (int c = 0; c < segments[l].strings().chunks().size(); c++) {
                work.add(new int[]{l, c});
            }
        }
        List<T> results = pieces(work.size(), i -> {
            int[] at = work.get(i);
            return task.run(at[0], segments[at[0]].strings().chunks().get(at[1]));
        });
        List<List<T>> out = new ArrayList<>(segments.length);
        int i = 0;
        for (StringIndex.Segment segment : segments) {
            int n = segment.strings().chunks().size();
            out.add(results.subList(i, i + n));
            i += n;
        }
        return out;
    }

    /** The results of pieces {@code [0, count)}, in order, worked on by the asking thread and the helpers. */
    static <T> List<T> pieces(int count, Piece<T> piece) throws IOException {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length && failed.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = piece.run(i);
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        QueryDeadline deadline = QueryDeadline.current();
        List<Future<?>> helpers = new ArrayList<>();
        // Per helper: 0 queued, 1 started, 2 no longer wanted (the asking thread did all the work first).
        List<AtomicInteger> states = new ArrayList<>();
        for (int h = 0; h < Math.min(HELPERS, results.length - 1); h++) {
            AtomicInteger state = new AtomicInteger();
            states.add(state);
            helpers.add(POOL.submit(() -> {
                if (!state.compareAndSet(0, 1)) {
                    return null;
                }
                if (deadline == null) {
                    worker.run();
                } else {
                    deadline.run(() -> {
                        worker.run();
                        return null;
                    });
                }
                return null;
            }));
        }
        worker.run();
        for (int h = 0; h < helpers.size(); h++) {
            // A helper still queued behind another question's work is not waited for: every chunk is done.
            if (states.get(h).compareAndSet(0, 2)) {
                continue;
            }
            try {
                helpers.get(h).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while counting", e);
            } catch (java.util.concurrent.ExecutionException e) {
                failed.compareAndSet(null, e.getCause());
            }
        }
        Throwable e = failed.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IOException(e);
        }
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) Arrays.asList(results);
        return out;
    }
}
