package govsearch.crawler.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP exchange as it happened: what was asked (the request headers sent) and what came back.
 * A body longer than the size cap is cut at the cap and {@code truncated}; such a page is stored
 * but never read as a complete report.
 *
 * @param address the address connected to, or null when unknown (a page read back from a WARC)
 */
public record Fetched(String url, Instant date, Map<String, String> requestHeaders, int status,
                      Map<String, List<String>> headers, byte[] body, boolean truncated, InetAddress address) {

    /** The first value of a response header, case-insensitively, or null. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().getFirst();
            }
        }
        return null;
    }

    public String contentType() {
        return header("Content-Type");
    }

    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
                && header("Location") != null;
    }

    /** The redirect target, resolved against this URL; null when there is none or it is no URI. */
    public String location() {
        String loc = header("Location");
        if (loc == null) {
            return null;
        }
        try {
            return URI.create(url).resolve(loc.strip().replace(" ", "%20")).toString();
        } catch (RuntimeException badLocation) {
            return null;
        }
    }

    /** A page we read for reports and links: text/html, application/xhtml+xml or text/plain, or no type at all. */
    public boolean isText() {
        String type = contentType();
        if (type == null) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        return t.startsWith("text/html") || t.startsWith("application/xhtml+xml") || t.startsWith("text/plain");
    }

    public boolean isHtml() {
        String type = contentType();
        return type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("text/plain");
    }
}
