package govsearch.crawler.url;

import java.util.Locale;

/** Keeps http and https links; mailto:, javascript:, ftp:, data: … are dropped. */
public final class SchemeFilter implements UrlFilter {

    @Override
    public String filter(Link link) {
        String u = link.url().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? link.url() : null;
    }
}
