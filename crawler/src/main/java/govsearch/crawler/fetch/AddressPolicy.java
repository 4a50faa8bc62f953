package govsearch.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
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
 * ({@link #strict}), so it cannot be turned against its own network.
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

    /** Any host that resolves. */
    static AddressPolicy permissive() {
        return uri -> resolve(uri)[0];
    }

    /**
     * Hosts on {@code allowedHosts} only, and only when every address they resolve to is public:
     * never loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10), link-local,
     * multicast or unspecified.
     *
     * @param loopbackHostsForTests {@code host:port} pairs whose loopback addresses are accepted —
     *                              for tests against one local server only; empty in any real
     *                              configuration
     */
    static AddressPolicy strict(Set<String> allowedHosts, Set<String> loopbackHostsForTests) {
        Set<String> allowed = lower(allowedHosts);
        Set<String> loopbackOk = lower(loopbackHostsForTests);
        return uri -> {
            String host = host(uri);
            if (!allowed.contains(host)) {
                throw new Refused("host " + host + " is not on the crawl allow-list (govsearch.crawl.allowed-hosts)");
            }
            InetAddress[] all = resolve(uri);
            for (InetAddress a : all) {
                if (isLocal(a) && !(a.isLoopbackAddress() && loopbackOk.contains(host + ":" + port(uri)))) {
                    throw new Refused("host " + host + " resolves to a non-public address (" + a.getHostAddress() + ")");
                }
            }
            return all[0];
        };
    }

    /** Loopback, private, shared (CGNAT), link-local, multicast or unspecified. */
    static boolean isLocal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0);
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isLocal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    private static InetAddress[] resolve(URI uri) throws Refused {
        String host = host(uri);
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            if (all.length == 0) {
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
            throw new Refused("no host in " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Set<String> lower(Set<String> hosts) {
        return hosts.stream().map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
