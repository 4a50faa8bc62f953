package govsearch.index;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The time one request may still take, counted from when it arrived (so time spent waiting for a
 * thread counts too), and whether its client is still there. Work run through {@link #run} sees it
 * as {@link #current()}: every Lucene search and analytics loop of the request checks the same
 * deadline, however many searches the request makes. A request of ten trend terms used to get ten
 * fresh limits, none of which ever ran out.
 */
public final class QueryDeadline {

    private static final ThreadLocal<QueryDeadline> CURRENT = new ThreadLocal<>();

    private final long end;
    private final long limitMs;
    private volatile boolean exceeded;
    private volatile boolean cancelled;

    private QueryDeadline(long end, long limitMs) {
        this.end = end;
        this.limitMs = limitMs;
    }

    /** A deadline {@code limit} from now. */
    public static QueryDeadline after(Duration limit) {
        return new QueryDeadline(System.nanoTime() + limit.toNanos(), limit.toMillis());
    }

    /** The deadline of the work running on this thread, or null outside {@link #run}. */
    public static QueryDeadline current() {
        return CURRENT.get();
    }

    /** Runs {@code work} with this deadline as {@link #current()}. */
    public <T> T run(Callable<T> work) throws Exception {
        QueryDeadline outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The client went away: the work stops at its next check. */
    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Whether the work should stop now: past its time, or its client gone. Cheap enough for inner loops. */
    public boolean shouldStop() {
        if (!exceeded && System.nanoTime() - end > 0) {
            exceeded = true;
        }
        return exceeded || cancelled;
    }

    /** Throws {@link QueryTimedOut} (or {@link QueryCancelled}) once the work should stop. */
    public void check() {
        if (shouldStop()) {
            throw stopped();
        }
    }

    /** The exception that says why the work stopped. */
    public RuntimeException stopped() {
        return cancelled ? new QueryCancelled() : new QueryTimedOut(limitMs);
    }

    public long limitMs() {
        return limitMs;
    }

    /** Nanoseconds left, negative once past. */
    public long remainingNanos() {
        return end - System.nanoTime();
    }
}
