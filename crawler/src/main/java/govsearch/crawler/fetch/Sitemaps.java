package govsearch.crawler.fetch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a fetched sitemap (XML, plain text, RSS or Atom) through crawler-commons: the pages it
 * lists, or, for a sitemap index, the sitemaps it lists. A broken sitemap lists nothing; the crawl
 * goes on from its seeds and links.
 */
public final class Sitemaps {

    /** @param pages page URLs; @param sitemaps sitemap URLs of an index */
    public record Listed(List<String> pages, List<String> sitemaps) {
        static final Listed NOTHING = new Listed(List.of(), List.of());
    }

    private Sitemaps() {
    }

    public static Listed read(Fetched f) {
        if (f.status() != 200 || f.truncated() || f.body().length == 0) {
            return Listed.NOTHING;
        }
        try {
            SiteMapParser parser = new SiteMapParser(false);
            String type = f.contentType() == null ? "text/xml" : f.contentType();
            AbstractSiteMap map = parser.parseSiteMap(type, f.body(), URI.create(f.url()).toURL());
            List<String> pages = new ArrayList<>();
            List<String> sitemaps = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                index.getSitemaps().forEach(child -> sitemaps.add(child.getUrl().toString()));
            } else if (map instanceof SiteMap site) {
                for (SiteMapURL u : site.getSiteMapUrls()) {
                    pages.add(u.getUrl().toString());
                }
            }
            return new Listed(pages, sitemaps);
        } catch (Exception unreadable) {
            return Listed.NOTHING;
        }
    }
}
