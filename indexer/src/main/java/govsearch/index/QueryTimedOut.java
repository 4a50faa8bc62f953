package govsearch.index;

/** A search or analysis ran past the per-query time limit and was stopped; its partial answer is dropped. */
public final class QueryTimedOut extends RuntimeException {

    private final long limitMs;

    public QueryTimedOut(long limitMs) {
        super("the query ran longer than the " + limitMs + " ms limit and was stopped; narrow it (fewer years, "
                + "a region, more specific terms) or retry later");
        this.limitMs = limitMs;
    }

    public long limitMs() {
        return limitMs;
    }
}
