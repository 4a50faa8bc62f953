package govsearch.crawler.url;

/**
 * Drops the shapes crawler traps take: URLs longer than {@code maxLength}, more query parameters
 * than {@code maxParams} (calendars and faceted lists multiply them), a path segment repeated
 * three times in a row or more (/a/a/a/, relative links that loop).
 */
public record TrapFilter(int maxLength, int maxParams) implements UrlFilter {

    public static final TrapFilter DEFAULT = new TrapFilter(1024, 8);

    @Override
    public String filter(Link link) {
        String url = link.url();
        if (url.length() > maxLength) {
            return null;
        }
        int q = url.indexOf('?');
        if (q >= 0 && url.substring(q + 1).split("&").length > maxParams) {
            return null;
        }
        String[] segments = (q >= 0 ? url.substring(0, q) : url).split("/");
        for (int i = 2; i < segments.length; i++) {
            if (!segments[i].isEmpty() && segments[i].equals(segments[i - 1]) && segments[i].equals(segments[i - 2])) {
                return null;
            }
        }
        return url;
    }
}
