package govsearch.crawler.page;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * How to read one kind of site: for which hosts (globs such as {@code *.example.com}; {@code *} for
 * any) and, optionally, for pages that have an element matching {@code when}; then CSS selectors for
 * the title, publish date, body and breadcrumb, and for chrome to drop from the body. Blank
 * selectors are null: the generic readers fill in.
 */
public record SiteRule(String name, List<String> hosts, String when, String title, String date, String body,
                       String breadcrumb, String drop) {

    public boolean appliesTo(String host, Document page) {
        if (hosts.stream().noneMatch(glob -> globMatches(glob, host))) {
            return false;
        }
        try {
            return when == null || page.selectFirst(when) != null;
        } catch (RuntimeException badSelector) {
            return false;
        }
    }

    static boolean globMatches(String glob, String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        String regex = Pattern.quote(glob.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
        return h.matches(regex);
    }
}
