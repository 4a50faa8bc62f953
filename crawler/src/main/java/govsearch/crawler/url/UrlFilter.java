package govsearch.crawler.url;

/**
 * One link check in the crawl's chain: returns the URL to keep (possibly rewritten) or null to
 * drop it, as StormCrawler's {@code URLFilter} does. Filters are tiny and each does one thing;
 * {@link UrlFilters} chains them.
 */
@FunctionalInterface
public interface UrlFilter {

    /**
     * @param link the link found, its page and its depth (seeds are 0)
     * @return the URL to keep, or null to drop the link
     */
    String filter(Link link);

    /** A link on its way into the frontier. {@code from} is null for seeds and sitemap entries. */
    record Link(String from, String url, int depth) {

        public Link withUrl(String newUrl) {
            return new Link(from, newUrl, depth);
        }
    }
}
