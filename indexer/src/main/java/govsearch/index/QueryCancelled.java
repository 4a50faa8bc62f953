package govsearch.index;

/** The client of a search or analysis went away, so its work was stopped; nobody reads this answer. */
public final class QueryCancelled extends RuntimeException {

    public QueryCancelled() {
        super("the client went away; the query was stopped", null, false, false);
    }
}
