package govsearch.crawler.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which addresses a crawl may connect to, checked before every request — seeds, links and each
 * redirect hop — after the host name is resolved. The command line crawls whatever its user
 * names ({@link #permissive()}); the service crawls only allow-listed hosts on public addresses
 * ({@link #strict}), so it cannot be turned against its own network. The address returned is the
 * one the {@link Fetcher} connects to: the name is not looked up a second time (no DNS-rebinding
 * window between the check and the connection). Both refuse IPv4 written in any other way than
 * plain dotted decimal ({@link IpLiterals}).
 */
@FunctionalInterface
public interface AddressPolicy {

    /** Thrown when a URL may not be fetched; the message says why, in words for the user. */
    final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** @return the address to connect to; throws when the URL may not be fetched */
    InetAddress check(URI uri) throws Refused;

    /** Looks a host name up; the crawl's checks and its connection both use the one answer. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = InetAddress::getAllByName;
    }

    /** Any host that resolves, written in a notation that cannot be read two ways. */
    static AddressPolicy permissive() {
        return uri -> resolve(uri, Resolver.SYSTEM)[0];
    }

    /** {@link #strict(Set, Resolver)} with the system's resolver. */
    static AddressPolicy strict(Set<String> allowedHosts) {
        return strict(allowedHosts, Resolver.SYSTEM);
    }

    /**
     * Hosts on {@code allowedHosts} only, and only when every address they resolve to is an
     * ordinary public one: never loopback, private, link-local, multicast or any other block of
     * IANA's special-purpose registries ({@link SpecialAddresses}).
     */
    static AddressPolicy strict(Set<String> allowedHosts, Resolver resolver) {
        Set<String> allowed = lower(allowedHosts);
        return uri -> {
            String host = host(uri);
            if (!allowed.contains(host)) {
                throw new Refused("host " + host + " is not on the crawl allow-list (govsearch.crawl.allowed-hosts)");
            }
            InetAddress[] all = resolve(uri, resolver);
            for (InetAddress a : all) {
                String special = SpecialAddresses.of(a);
                if (special != null) {
                    throw new Refused("host " + host + " resolves to a non-public address (" + a.getHostAddress()
                            + ": " + special + ")");
                }
            }
            return all[0];
        };
    }

    /** Whether {@code a} is in any special-purpose block: loopback, private, shared, link-local, reserved … */
    static boolean isLocal(InetAddress a) {
        return SpecialAddresses.of(a) != null;
    }

    private static InetAddress[] resolve(URI uri, Resolver resolver) throws Refused {
        String host = host(uri);
        try {
            InetAddress[] all = resolver.resolve(host);
            if (all == null || all.length == 0) {
                throw new Refused("host " + host + " has no address");
            }
            return all;
        } catch (UnknownHostException e) {
            throw new Refused("unknown host " + host);
        }
    }

    private static String host(URI uri) throws Refused {
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new Refused("no host in " + uri + IpLiterals.why(uri.getRawAuthority()));
        }
        host = host.toLowerCase(Locale.ROOT);
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String ambiguous = IpLiterals.ambiguous(host);
        if (ambiguous != null) {
            throw new Refused(ambiguous);
        }
        return host;
    }

    private static Set<String> lower(Set<String> hosts) {
        return hosts.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
