package govsearch.api;

/**
 * The two kinds of read work, each with its own threads, queue and rate limit, so a flood of one
 * cannot starve the other. A handler names its lane itself; nothing is read from the path.
 */
enum Lane {
    /** Search, the report list and report pages: quick, and what every visitor needs. */
    SEARCH("search"),
    /** Trend, compare, concordance, phrasing and targets: seconds of CPU each on a cold cache. */
    ANALYTICS("analytics");

    final String property;

    Lane(String property) {
        this.property = property;
    }
}
