package govsearch.crawler.page;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's title: the rule's element, else the first {@code <h1>}, else {@code <title>} less the site name. */
final class PageTitle {

    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*(?:[_|–—]|\\s-\\s).*$");
    private static final int MAX_LENGTH = 100;

    private PageTitle() {
    }

    static String of(Document page, String selector) {
        if (selector != null) {
            String t = first(page, selector);
            if (t != null) {
                return t;
            }
        }
        String h1 = first(page, "h1");
        if (h1 != null) {
            return h1;
        }
        String title = BlockText.clean(page.title());
        title = SITE_SUFFIX.matcher(title).replaceFirst("");
        return title.isEmpty() || title.length() > MAX_LENGTH ? null : title;
    }

    private static String first(Document page, String selector) {
        try {
            for (Element e : page.select(selector)) {
                String t = BlockText.clean(e.text());
                if (!t.isEmpty() && t.length() <= MAX_LENGTH) {
                    return t;
                }
            }
        } catch (RuntimeException badSelector) {
            // a broken selector in a rule reads as no match
        }
        return null;
    }
}
