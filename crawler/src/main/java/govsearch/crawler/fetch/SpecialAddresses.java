package govsearch.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The addresses a crawl of public sites never needs: every block of IANA's IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890 and its updates), whether or not the registry calls
 * it "globally reachable" — a government site is not served from a benchmarking, documentation,
 * AS112 or anycast-relay block — and, for IPv6, everything outside global unicast 2000::/3.
 *
 * <p>IPv6 forms that carry an IPv4 address (IPv4-compatible {@code ::a.b.c.d}, mapped
 * {@code ::ffff:a.b.c.d}, NAT64 {@code 64:ff9b::/96} and {@code 64:ff9b:1::/48}) fall outside
 * 2000::/3 and are refused whole; 6to4 {@code 2002::/16} is refused when the IPv4 address it wraps
 * is special, Teredo {@code 2001::/32} with the rest of 2001::/23.
 */
final class SpecialAddresses {

    private record Block(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0/8", "this network"),
            block("10.0.0.0/8", "private"),
            block("100.64.0.0/10", "shared address space (CGNAT)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local"),
            block("172.16.0.0/12", "private"),
            block("192.0.0.0/24", "IETF protocol assignments"),
            block("192.0.2.0/24", "documentation (TEST-NET-1)"),
            block("192.31.196.0/24", "AS112"),
            block("192.52.193.0/24", "AMT"),
            block("192.88.99.0/24", "6to4 relay anycast"),
            block("192.168.0.0/16", "private"),
            block("192.175.48.0/24", "AS112 direct delegation"),
            block("198.18.0.0/15", "benchmarking"),
            block("198.51.100.0/24", "documentation (TEST-NET-2)"),
            block("203.0.113.0/24", "documentation (TEST-NET-3)"),
            block("224.0.0.0/4", "multicast"),
            block("240.0.0.0/4", "reserved"));

    private static final Block GLOBAL_UNICAST = block("2000::/3", "global unicast");
    private static final Block SIX_TO_FOUR = block("2002::/16", "6to4");

    private static final List<Block> IPV6 = List.of(
            block("2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID …)"),
            block("2001:db8::/32", "documentation"),
            block("2620:4f:8000::/48", "AS112 direct delegation"),
            block("3fff::/20", "documentation"));

    private SpecialAddresses() {
    }

    /** The special-purpose block {@code a} is in, in words, or null when it is an ordinary public address. */
    static String of(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return find(IPV4, b);
        }
        if (a instanceof Inet6Address) {
            if (!GLOBAL_UNICAST.contains(b)) {
                return kindOutsideGlobalUnicast(b);
            }
            if (SIX_TO_FOUR.contains(b)) {
                String wrapped = find(IPV4, Arrays.copyOfRange(b, 2, 6));
                return wrapped == null ? null : "6to4 wrapping a " + wrapped + " address";
            }
            return find(IPV6, b);
        }
        return "not an IP address";
    }

    private static String kindOutsideGlobalUnicast(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return "unique local";
        }
        if ((b[0] & 0xff) == 0xfe) {
            return "link-local or site-local";
        }
        if ((b[0] & 0xff) == 0xff) {
            return "multicast";
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return "NAT64 translation";
        }
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        if (zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return "IPv4-mapped";
        }
        if (zeros && b[10] == 0 && b[11] == 0) {
            return "loopback, unspecified or IPv4-compatible";
        }
        return "reserved (outside global unicast 2000::/3)";
    }

    private static String find(List<Block> blocks, byte[] b) {
        for (Block block : blocks) {
            if (block.contains(b)) {
                return block.name();
            }
        }
        return null;
    }

    private static Block block(String cidr, String name) {
        int slash = cidr.indexOf('/');
        try {
            // literals only: getByName does no lookup for them
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(cidr, impossible);
        }
    }
}
