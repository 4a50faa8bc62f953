package govsearch.crawler.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP addresses written in a URL's host, accepted only in the one notation every reader agrees on.
 * Browsers and curl (WHATWG URL, inet_aton) read {@code 0177.0.0.1} as octal 127.0.0.1,
 * {@code 0x7f.1} and {@code 127.1} as short forms of it and {@code 2130706433} as its number;
 * Java reads some of these as other addresses or looks them up as names. Guessing which reading
 * the server-side check and the connection will agree on is how SSRF filters are walked past, so
 * a host whose last label is a number must be plain dotted decimal: four parts, 0–255, no leading
 * zeros. An IPv6 literal must not be an IPv4-mapped one ({@code ::ffff:a.b.c.d}).
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** Why {@code host} (lower-case, no brackets) is refused as an address notation, or null when it is not. */
    static String ambiguous(String host) {
        if (host.indexOf(':') >= 0) {
            try {
                if (InetAddress.getByName(host) instanceof Inet4Address) {
                    return "host " + host + " is an IPv4-mapped IPv6 address; such a host is refused";
                }
                return null;
            } catch (UnknownHostException notALiteral) {
                return "host " + host + " is not an IPv6 address";
            }
        }
        String[] parts = host.split("\\.", -1);
        int last = parts.length - 1;
        if (last > 0 && parts[last].isEmpty()) {
            last--; // a trailing dot: WHATWG still reads the rest as a number
        }
        if (!numeric(parts[last])) {
            return null; // a name
        }
        boolean plain = parts.length == 4;
        for (int i = 0; plain && i < parts.length; i++) {
            plain = plainOctet(parts[i]);
        }
        return plain ? null : "host " + host + " is an IP address written in octal, hexadecimal, as one number or in a "
                + "short form; only plain dotted decimal (such as 203.0.113.7) is accepted";
    }

    /** For a URL whose host {@link java.net.URI} could not read: why, when it is an ambiguous address. */
    static String why(String authority) {
        if (authority == null) {
            return "";
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String reason = host.isEmpty() ? null : ambiguous(host.toLowerCase(java.util.Locale.ROOT));
        return reason == null ? "" : " (" + reason + ")";
    }

    /** A label WHATWG's IPv4 parser takes as a number: decimal digits, or 0x and hex digits. */
    private static boolean numeric(String label) {
        if (label.isEmpty()) {
            return false;
        }
        if (label.startsWith("0x")) {
            return label.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        }
        return label.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean plainOctet(String part) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return (part.length() == 1 || part.charAt(0) != '0') && Integer.parseInt(part) <= 255;
    }
}
