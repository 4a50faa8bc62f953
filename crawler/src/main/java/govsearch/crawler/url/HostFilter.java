package govsearch.crawler.url;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Keeps links to the given hosts (the seeds' hosts, normally); the crawl stays on the sites it was sent to. */
public final class HostFilter implements UrlFilter {

    private final Set<String> hosts;

    public HostFilter(Set<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String filter(Link link) {
        String host = host(link.url());
        return host != null && hosts.contains(host) ? link.url() : null;
    }

    /** The lower-cased host of {@code url}, or null. */
    public static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (RuntimeException notAUri) {
            return null;
        }
    }
}
