package govsearch.crawler.url;

/** Drops links more than {@code maxDepth} clicks from a seed; seeds are depth 0. */
public record DepthFilter(int maxDepth) implements UrlFilter {

    @Override
    public String filter(Link link) {
        return link.depth() <= maxDepth ? link.url() : null;
    }
}
