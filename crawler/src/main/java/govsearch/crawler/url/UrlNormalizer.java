package govsearch.crawler.url;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling per page, so the same page under two addresses is fetched once: lower-case scheme
 * and host, no default port, no fragment, no tracking parameters (utm_*, spm, from …), the other
 * parameters sorted, no default document (index.html, default.htm …), an empty path as "/".
 * Fragments go because they never reach the server; the {@code #篇N} suffix of a split report is
 * added after fetching by the page reader and never passes through here.
 *
 * <p>Returns null for what is no http(s) URL at all.
 */
public final class UrlNormalizer implements UrlFilter {

    /** Parameters that say who sent the reader, not which page they read. */
    static final Set<String> TRACKING = Set.of("spm", "from", "ref", "referer", "share_from", "scene",
            "isappinstalled", "fbclid", "gclid", "msclkid", "_hsenc", "_hsmi", "wd_from", "tt_from", "vd_source");

    private static final Set<String> DEFAULT_DOCUMENTS = Set.of("index.html", "index.htm", "index.shtml", "index.php",
            "index.jsp", "index.asp", "index.aspx", "default.htm", "default.html", "default.asp", "default.aspx");

    @Override
    public String filter(Link link) {
        return normalize(link.url());
    }

    /** The normal form of {@code url}, or null when it is not an absolute http(s) URL. */
    public static String normalize(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(escapeUnsafe(url.strip()));
        } catch (Exception notAUri) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.normalize().getRawPath();
        if (path.startsWith("/..")) {
            path = "/";
        }
        int slash = path.lastIndexOf('/');
        if (DEFAULT_DOCUMENTS.contains(path.substring(slash + 1).toLowerCase(Locale.ROOT))) {
            path = path.substring(0, slash + 1);
        }
        String query = query(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /** Percent-encodes what browsers accept in links but {@link URI} does not: spaces, Chinese, |, ^ …. */
    private static String escapeUnsafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
