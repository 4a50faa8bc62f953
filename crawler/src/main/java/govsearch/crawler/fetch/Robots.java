package govsearch.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per site (scheme, host and port), read once per crawl through crawler-commons, the
 * parser Nutch and StormCrawler use. A missing robots.txt (4xx) allows everything; a server error
 * or an unreachable one forbids the site for this crawl, as RFC 9309 asks. Crawl-delay is honoured
 * up to {@link #MAX_CRAWL_DELAY}.
 */
public final class Robots {

    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    /** Decoded robots.txt past this size is refused; RFC 9309 asks crawlers to read at least 500 KiB. */
    static final long MAX_BYTES = 1 << 20;

    private final Fetcher fetcher;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE / 2, 5);
    private final Map<String, BaseRobotRules> bySite = new ConcurrentHashMap<>();

    public Robots(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Whether the site's rules have been read already (reading them is a request of its own). */
    public boolean known(String url) {
        return bySite.containsKey(site(url));
    }

    public boolean allowed(String url) {
        return rules(url).isAllowed(url);
    }

    /** The site's Crawl-delay, capped at 30 s; zero when it sets none. */
    public Duration crawlDelay(String url) {
        long ms = rules(url).getCrawlDelay();
        if (ms <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.min(ms, MAX_CRAWL_DELAY.toMillis()));
    }

    public List<String> sitemaps(String url) {
        return rules(url).getSitemaps();
    }

    /** The rules for {@code url}'s site, fetching robots.txt (following up to 5 redirects) the first time. */
    public BaseRobotRules rules(String url) {
        return bySite.computeIfAbsent(site(url), this::read);
    }

    private BaseRobotRules read(String site) {
        String url = site + "/robots.txt";
        try {
            for (int hop = 0; hop <= 5; hop++) {
                Fetched f = fetcher.fetch(url, null);
                if (f.isRedirect()) {
                    url = f.location();
                    if (url == null) {
                        break;
                    }
                    continue;
                }
                if (f.status() >= 200 && f.status() < 300) {
                    ContentEncoding.Decoded body = ContentEncoding.decode(f.body(), f.header("Content-Encoding"), MAX_BYTES);
                    if (!body.ok()) {
                        return parser.failedFetch(503); // unreadable rules: the site is not crawled
                    }
                    return parser.parseContent(url, body.bytes(), f.contentType(), List.of(Fetcher.ROBOTS_NAME));
                }
                return parser.failedFetch(f.status());
            }
            return parser.failedFetch(404);
        } catch (IOException | AddressPolicy.Refused | RuntimeException e) {
            return parser.failedFetch(503);
        }
    }

    static String site(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }
}
