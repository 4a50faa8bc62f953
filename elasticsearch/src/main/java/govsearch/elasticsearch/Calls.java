package govsearch.elasticsearch;

import co.elastic.clients.transport.TransportException;
import govsearch.index.BackendUnavailable;
import govsearch.index.QueryDeadline;
import java.io.IOException;

/** Maps what the client throws when the cluster is away or overloaded to {@link BackendUnavailable}. */
final class Calls {

    interface Call<T> {
        T run() throws IOException;
    }

    private Calls() {
    }

    /** Whether a retry later may succeed: no connection, timeouts, 429, 502, 503, 504. */
    static boolean transientFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransportException te) {
                int s = te.statusCode();
                return s == 429 || s == 502 || s == 503 || s == 504 || s <= 0;
            }
            if (t instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException ee) {
                int s = ee.status();
                return s == 429 || s == 502 || s == 503 || s == 504;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException
                    || t instanceof java.net.SocketTimeoutException || t instanceof java.io.InterruptedIOException
                    || t instanceof org.apache.hc.core5.http.ConnectionClosedException
                    || t instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return e instanceof IOException && !(e instanceof TransportException);
    }

    /**
     * For idempotent work: retried with exponential backoff (100 ms doubling to 8 s) while the
     * failure is transient, then {@link BackendUnavailable}.
     */
    static <T> T retry(String what, Call<T> call) throws IOException {
        return retry(what, call, BulkWriter.ATTEMPTS);
    }

    /**
     * Reads: a connection dropped under a pooled request is tried again twice, quickly (100 ms,
     * 200 ms), so one cut connection costs no request; a cluster that stays away answers
     * {@link BackendUnavailable} within a fraction of a second.
     */
    static <T> T read(String what, Call<T> call) throws IOException {
        return retry(what, call, 3);
    }

    private static <T> T retry(String what, Call<T> call, int attempts) throws IOException {
        long backoff = BulkWriter.FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            // The request's deadline (queue time included) and its client: checked before every call
            // to the cluster, so a many-request trend or a retry stops once its time is up or its
            // client is gone, as the Lucene searches do.
            QueryDeadline deadline = QueryDeadline.current();
            if (deadline != null) {
                deadline.check();
            }
            try {
                return call.run();
            } catch (IOException | RuntimeException e) {
                if (e instanceof BulkWriter.GaveUp || !(e instanceof BackendUnavailable || transientFailure(e))
                        || attempt >= attempts) {
                    return call(what, () -> {
                        throw e;
                    });
                }
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException(what + " interrupted");
            }
            backoff = Math.min(BulkWriter.MAX_BACKOFF_MS, backoff * 2);
        }
    }

    static <T> T call(String what, Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackendUnavailable) {
                throw e;
            }
            if (transientFailure(e)) {
                throw new BackendUnavailable("Elasticsearch is unreachable or overloaded (" + what + "): " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
