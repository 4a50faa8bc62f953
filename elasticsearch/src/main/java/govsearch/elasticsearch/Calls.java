package govsearch.elasticsearch;

import co.elastic.clients.transport.TransportException;
import govsearch.index.BackendUnavailable;
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
