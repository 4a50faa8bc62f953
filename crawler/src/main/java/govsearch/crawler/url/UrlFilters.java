package govsearch.crawler.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The crawl's filter chain, applied in order; the first filter to return null drops the link. The
 * default chain: schemes http/https → normal form → trap shapes → depth → seed hosts (unless all
 * hosts are allowed) → include → exclude.
 */
public final class UrlFilters implements UrlFilter {

    private final List<UrlFilter> chain;

    public UrlFilters(List<UrlFilter> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * @param hosts   hosts to stay on; null lets the crawl go anywhere
     * @param include null for no include pattern
     * @param exclude null for no exclude pattern
     */
    public static UrlFilters defaults(Set<String> hosts, int maxDepth, UrlPattern include, UrlPattern exclude) {
        List<UrlFilter> chain = new ArrayList<>();
        chain.add(new SchemeFilter());
        chain.add(new UrlNormalizer());
        chain.add(TrapFilter.DEFAULT);
        chain.add(new DepthFilter(maxDepth));
        if (hosts != null) {
            chain.add(new HostFilter(hosts));
        }
        if (include != null) {
            chain.add(PatternFilter.include(include));
        }
        if (exclude != null) {
            chain.add(PatternFilter.exclude(exclude));
        }
        return new UrlFilters(chain);
    }

    @Override
    public String filter(Link link) {
        Link current = link;
        for (UrlFilter f : chain) {
            String kept = f.filter(current);
            if (kept == null) {
                return null;
            }
            current = current.withUrl(kept);
        }
        return current.url();
    }
}
