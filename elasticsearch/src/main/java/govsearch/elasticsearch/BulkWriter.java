package govsearch.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import govsearch.index.BackendUnavailable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends operations in bulk requests of bounded size, at most {@code concurrency} at once (the
 * caller blocks while they are in flight: backpressure), retrying a request on connection errors,
 * 429 and 503 with exponential backoff, and retrying just the items the cluster rejected with 429.
 * Operations address documents by id, so a request sent twice leaves every document once.
 */
final class BulkWriter {

    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    static final int MAX_OPS = 500;
    static final long MAX_BYTES = 4_000_000;
    static final int ATTEMPTS = Integer.getInteger("govsearch.elasticsearch.bulk-attempts", 10);
    static final long FIRST_BACKOFF_MS = 100;
    static final long MAX_BACKOFF_MS = 8_000;
    /**
     * How long a bulk request may go unanswered: past it the write fails as a lost connection does
     * (and its caller retries it; documents are addressed by id). A test node once held a request
     * for minutes without reading it, and an import waited on it for ever.
     */
    static final long ANSWER_MS = Long.getLong("govsearch.elasticsearch.bulk-answer-ms", 120_000);

    /** Retries are exhausted: retrying the whole write again would not help. */
    static final class GaveUp extends BackendUnavailable {
        GaveUp(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An operation and its size in the request body, at most (see {@link #jsonBytes}). */
    record Op(BulkOperation op, long bytes) {
    }

    /** The size of an index operation's two lines: the action with its id, and the document. */
    static long indexBytes(String id, Object document) {
        return 20 + jsonBytes(id) + jsonBytes(document);
    }

    /**
     * Bytes of a value written as JSON in UTF-8, never fewer than a JSON writer writes: every
     * escape is counted at its longest. The token fields are several times the section's text, so
     * counting the text alone let a 4 MB bound send 11 MB requests.
     */
    static long jsonBytes(Object value) {
        return switch (value) {
            case null -> 4;
            case CharSequence s -> {
                long n = 2;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    n += c == '"' || c == '\\' ? 2 : c < 0x20 ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                }
                yield n;
            }
            case Number x -> x.toString().length();
            case Boolean b -> 5;
            case java.util.Map<?, ?> m -> {
                long n = 2;
                for (var e : m.entrySet()) {
                    n += jsonBytes(String.valueOf(e.getKey())) + 2 + jsonBytes(e.getValue());
                }
                yield n;
            }
            case Iterable<?> list -> {
                long n = 2;
                for (Object o : list) {
                    n += jsonBytes(o) + 1;
                }
                yield n;
            }
            default -> jsonBytes(value.toString()) + 16;
        };
    }

    private final ElasticsearchClient client;
    private final String index;
    private final Semaphore inFlight;
    private final ExecutorService pool;
    private final long answerMs;

    BulkWriter(ElasticsearchClient client, String index, int concurrency) {
        this(client, index, concurrency, ANSWER_MS);
    }

    BulkWriter(ElasticsearchClient client, String index, int concurrency, long answerMs) {
        this.answerMs = answerMs;
        this.client = client;
        this.index = index;
        this.inFlight = new Semaphore(concurrency);
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "es-bulk");
            t.setDaemon(true);
            return t;
        });
    }

    void write(List<Op> ops) throws IOException {
        List<Future<?>> sent = new ArrayList<>();
        List<BulkOperation> chunk = new ArrayList<>();
        long bytes = 0;
        try {
            for (Op op : ops) {
                // sent before the operation that would take it past the bound (one larger operation goes alone)
                if (!chunk.isEmpty() && (chunk.size() >= MAX_OPS || bytes + op.bytes() > MAX_BYTES)) {
                    sent.add(submit(chunk));
                    chunk = new ArrayList<>();
                    bytes = 0;
                }
                chunk.add(op.op());
                bytes += op.bytes();
            }
            if (!chunk.isEmpty()) {
                sent.add(submit(chunk));
            }
            for (Future<?> f : sent) {
                f.get(answerMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            // Interrupting the sender frees its thread and its place among the requests in flight.
            sent.forEach(f -> f.cancel(true));
            throw new java.net.SocketTimeoutException("Elasticsearch did not answer a bulk request in "
                    + answerMs / 1000.0 + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("bulk indexing interrupted", e);
        } catch (ExecutionException e) {
            sent.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    private Future<?> submit(List<BulkOperation> chunk) throws InterruptedException {
        inFlight.acquire();
        try {
            return pool.submit(() -> {
                try {
                    send(chunk);
                    return null;
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    private void send(List<BulkOperation> ops) throws IOException, InterruptedException {
        List<BulkOperation> todo = ops;
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                List<BulkOperation> request = todo;
                BulkResponse r = client.bulk(b -> b.index(index).operations(request));
                List<BulkOperation> again = new ArrayList<>();
                for (int i = 0; i < r.items().size(); i++) {
                    BulkResponseItem item = r.items().get(i);
                    if (item.error() == null || item.status() == 404) {
                        continue;
                    }
                    if (item.status() == 429 || item.status() == 503) {
                        again.add(request.get(i));
                    } else {
                        throw new IOException("Elasticsearch refused document " + item.id() + ": "
                                + item.error().type() + " " + item.error().reason());
                    }
                }
                if (again.isEmpty()) {
                    return;
                }
                todo = again;
                if (attempt >= ATTEMPTS) {
                    throw new GaveUp("Elasticsearch kept rejecting " + again.size() + " documents (429)", null);
                }
            } catch (IOException | RuntimeException e) {
                if (!Calls.transientFailure(e) || e instanceof BackendUnavailable) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new GaveUp("bulk indexing failed after " + attempt + " attempts: " + e.getMessage(), e);
                }
                log.warn("bulk request failed ({}), retrying in {} ms", e.toString(), backoff);
            }
            Thread.sleep(backoff + (long) (Math.random() * backoff / 2));
            backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
    }

    void close() {
        pool.shutdownNow();
    }
}
