package govsearch.api;

import govsearch.crawler.fetch.AddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.util.Set;

/**
 * Test scope only: the service's strict policy, except that the named {@code localhost:port} test
 * sites may be crawled on the loopback address. Production has no such switch ({@link CrawlPolicy}).
 */
final class LoopbackSitesPolicy implements AddressPolicy {

    private final AddressPolicy strict;
    private final Set<String> sites;

    LoopbackSitesPolicy(AddressPolicy strict, Set<String> sites) {
        this.strict = strict;
        this.sites = sites;
    }

    @Override
    public InetAddress check(URI uri) throws Refused {
        if ("localhost".equals(uri.getHost()) && sites.contains("localhost:" + uri.getPort())) {
            return InetAddress.getLoopbackAddress();
        }
        return strict.check(uri);
    }
}
