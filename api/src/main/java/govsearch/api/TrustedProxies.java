package govsearch.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The proxies whose X-Forwarded-For this service believes, as addresses or CIDR blocks
 * ({@code govsearch.trusted-proxies=10.0.0.0/8,127.0.0.1}). Behind such a proxy every request
 * comes from the proxy's address, so limits per client need the address the proxy saw. The header
 * is believed only from a trusted peer, and read from the right: the first address that is not
 * itself a trusted proxy is the client — anything further left the client could have written.
 */
final class TrustedProxies {

    private record Block(byte[] network, int bits) {

        boolean contains(InetAddress a) {
            byte[] b = a.getAddress();
            if (b.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (b[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (b[whole] & mask) == (network[whole] & mask);
        }
    }

    static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** @throws IllegalArgumentException naming the entry that is not an address or block */
    static TrustedProxies parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        List<Block> blocks = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            InetAddress address = literal(slash < 0 ? e : e.substring(0, slash));
            int max = address.getAddress().length * 8;
            int bits = max;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException x) {
                    bits = -1;
                }
            }
            if (bits < 0 || bits > max) {
                throw new IllegalArgumentException("govsearch.trusted-proxies: '" + e + "' is not an address or CIDR block");
            }
            blocks.add(new Block(address.getAddress(), bits));
        }
        return new TrustedProxies(blocks);
    }

    boolean trusts(InetAddress peer) {
        return peer != null && blocks.stream().anyMatch(b -> b.contains(peer));
    }

    /** The client behind {@code peer}, given the request's X-Forwarded-For values (null when none). */
    String client(InetAddress peer, List<String> forwardedFor) {
        String fallback = peer == null ? "unknown" : peer.getHostAddress();
        if (!trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return fallback;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literalOrNull(hops.get(i));
            if (hop == null) {
                return fallback; // a hop we cannot read: stop believing what lies further left
            }
            if (!trusts(hop)) {
                return hop.getHostAddress();
            }
        }
        return fallback;
    }

    private static InetAddress literal(String s) {
        InetAddress a = literalOrNull(s);
        if (a == null) {
            throw new IllegalArgumentException("govsearch.trusted-proxies: '" + s + "' is not an IP address");
        }
        return a;
    }

    /** An IP literal, never a DNS lookup: a header must not make the service resolve names. */
    private static InetAddress literalOrNull(String s) {
        String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        if (t.isEmpty() || !(t.chars().allMatch(c -> c == '.' || Character.digit(c, 10) >= 0) && t.contains(".")
                || t.contains(":") && t.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0))) {
            return null;
        }
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
