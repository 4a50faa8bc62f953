package govsearch.index;

/** A request that cannot be answered as written; names the parameter at fault. */
public final class BadQuery extends RuntimeException {

    private final String param;

    public BadQuery(String param, String message) {
        super(message);
        this.param = param;
    }

    public String param() {
        return param;
    }
}
