package govsearch.index;

/**
 * The index lives elsewhere (an Elasticsearch cluster) and cannot be reached or is overloaded
 * right now. The API answers 503 with this message; retrying later may succeed.
 */
public class BackendUnavailable extends RuntimeException {

    public BackendUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
