package govsearch.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lane's threads and bounded queue, taken in turn by client: a free thread takes the queued
 * request of the client that has the fewest requests running in the lane now and, among those, was
 * served longest ago; a client's own requests in the order they came. One client with many requests
 * queued therefore never goes ahead of anyone else's request, and no client holds more than half
 * the lane's threads (rounded up) at once: the rest stay free for everyone else, even while its
 * requests wait. With a FIFO queue and no share, a flood of trends held both analytics threads and
 * a visitor's trend waited past the queue wait ({@code govsearch load --hostile}, docs/OPERATIONS.md).
 */
final class FairPool {

    private record Queued(String client, Runnable work) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition waiting = lock.newCondition();
    private final List<Queued> queue = new ArrayList<>();
    /** Per client with anything queued or running: {running, queued, when it last started one}. */
    private final Map<String, long[]> clients = new HashMap<>();
    private long ticks;
    private final int capacity;
    /** The most threads one client holds at once. */
    private final int share;
    private final List<Thread> threads = new ArrayList<>();
    private int busy;
    private volatile boolean stopped;

    FairPool(String name, int threadCount, int capacity) {
        this.capacity = capacity;
        this.share = (threadCount + 1) / 2;
        for (int i = 1; i <= threadCount; i++) {
            threads.add(Thread.ofPlatform().daemon().name(name + "-" + i).start(this::serve));
        }
    }

    /** Queues the work for the client; false when the queue is full. */
    boolean offer(String client, Runnable work) {
        lock.lock();
        try {
            if (stopped || queue.size() >= capacity) {
                return false;
            }
            queue.add(new Queued(client, work));
            clients.computeIfAbsent(client, k -> new long[3])[1]++;
            waiting.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Takes the work out of the queue if it has not started; whether it was there. */
    boolean remove(Runnable work) {
        lock.lock();
        try {
            for (Queued q : queue) {
                if (q.work() == work) {
                    queue.remove(q);
                    settle(q.client(), 0, -1);
                    return true;
                }
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Requests queued or running. */
    int size() {
        lock.lock();
        try {
            return queue.size() + busy;
        } finally {
            lock.unlock();
        }
    }

    private void serve() {
        while (!stopped) {
            Queued next;
            lock.lock();
            try {
                while ((next = pick()) == null && !stopped) {
                    waiting.awaitUninterruptibly();
                }
                if (stopped) {
                    return;
                }
                queue.remove(next);
                long[] c = clients.get(next.client());
                c[0]++;
                c[1]--;
                c[2] = ++ticks;
                busy++;
            } finally {
                lock.unlock();
            }
            try {
                next.work().run();
            } catch (RuntimeException | Error e) {
                // the work reports its own failures to its request; a thread is never lost to one
            } finally {
                lock.lock();
                try {
                    settle(next.client(), -1, 0);
                    busy--;
                    waiting.signal(); // the client may be under its share again
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** The queued request to run next, or null: none, or each from a client holding its share. */
    private Queued pick() {
        Queued next = null;
        for (Queued q : queue) {
            long[] a = clients.get(q.client());
            if (a[0] >= share) {
                continue;
            }
            long[] b = next == null ? null : clients.get(next.client());
            if (b == null || a[0] < b[0] || a[0] == b[0] && a[2] < b[2]) {
                next = q;
            }
        }
        return next;
    }

    /** Moves a client's counts; a client with nothing queued or running is forgotten. */
    private void settle(String client, int running, int queued) {
        long[] c = clients.get(client);
        c[0] += running;
        c[1] += queued;
        if (c[0] == 0 && c[1] == 0) {
            clients.remove(client);
        }
    }

    void shutdown() {
        lock.lock();
        try {
            stopped = true;
            queue.clear();
            waiting.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
