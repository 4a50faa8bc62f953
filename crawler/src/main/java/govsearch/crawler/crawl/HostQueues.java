package govsearch.crawler.crawl;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The frontier in memory: one queue per host, breadth first within each. A host is given to one
 * worker at a time (one connection per host), and not again until its delay has passed since that
 * worker released it. Hosts take turns, so one large site does not starve the others.
 */
final class HostQueues<T> {

    private final Map<String, ArrayDeque<T>> queues = new LinkedHashMap<>();
    private final Map<String, Long> readyAt = new HashMap<>();
    private final Set<String> busy = new HashSet<>();
    private int size;
    private boolean closed;

    /** A host and the item taken from its queue; give the host back with {@link #release}. */
    record Taken<T>(String host, T item) {
    }

    synchronized void add(String host, T item) {
        queues.computeIfAbsent(host, h -> new ArrayDeque<>()).add(item);
        size++;
        notifyAll();
    }

    /** Puts an item back at the head of its host's queue (it was taken but not worked on). */
    synchronized void putBack(String host, T item) {
        queues.computeIfAbsent(host, h -> new ArrayDeque<>()).addFirst(item);
        size++;
        notifyAll();
    }

    /**
     * Waits for an item whose host is free and past its delay. Returns null when the frontier is
     * closed, or empty with no host being worked on (nothing more can come).
     */
    synchronized Taken<T> take() throws InterruptedException {
        while (true) {
            if (closed) {
                return null;
            }
            long now = System.nanoTime();
            long wait = Long.MAX_VALUE;
            for (Map.Entry<String, ArrayDeque<T>> e : queues.entrySet()) {
                String host = e.getKey();
                if (e.getValue().isEmpty() || busy.contains(host)) {
                    continue;
                }
                long ready = readyAt.getOrDefault(host, now);
                if (ready <= now) {
                    busy.add(host);
                    size--;
                    T item = e.getValue().poll();
                    // let the next host go first next time
                    ArrayDeque<T> q = queues.remove(host);
                    queues.put(host, q);
                    return new Taken<>(host, item);
                }
                wait = Math.min(wait, ready - now);
            }
            if (size == 0 && busy.isEmpty()) {
                return null;
            }
            if (wait == Long.MAX_VALUE) {
                wait();
            } else {
                long ms = Math.max(1, (wait + 999_999) / 1_000_000);
                wait(ms);
            }
        }
    }

    /** The worker is done with {@code host}; the next request to it waits {@code delayNanos}. */
    synchronized void release(String host, long delayNanos) {
        busy.remove(host);
        readyAt.put(host, System.nanoTime() + delayNanos);
        notifyAll();
    }

    synchronized int size() {
        return size;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
