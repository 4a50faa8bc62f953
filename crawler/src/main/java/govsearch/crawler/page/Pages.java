package govsearch.crawler.page;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import govsearch.report.Source;

/**
 * Reads one report page into report sources: bytes decoded ({@link PageCharset}), the site's rule
 * or the generic fallback for title, publish date, breadcrumb and body, chrome dropped, the body
 * as plain text one paragraph a line, and one source per report (篇一…篇N, {@link ReportSplitter}).
 * Each source has its title, publishedAt when the page prints one, and docType when the
 * breadcrumb ends with a report kind; year and region are left to the readers of the text.
 *
 * <p>Never throws on what a page holds: broken HTML, empty or binary bodies give what could be
 * read, often an empty list.
 */
public final class Pages {

    /** Where a site without a rule keeps its breadcrumb, by class name or by its words. */
    private static final String GENERIC_BREADCRUMB = "[class*=crumb], [id*=crumb], [class*=position], "
            + "[class*=location], .place, #place, .weizhi, :containsOwn(当前位置), :containsOwn(您的位置), "
            + ":containsOwn(您现在的位置)";

    private Pages() {
    }

    /** Reads a fetched page; {@code contentTypeHeader} is the HTTP Content-Type value, or null. */
    public static List<Source> read(String url, byte[] body, String contentTypeHeader) {
        return read(url, body, contentTypeHeader, SiteRules.defaults());
    }

    /** Reads a saved page, with no header to tell its charset; an unreadable file gives no sources. */
    public static List<Source> readFile(Path file) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return read(file.toUri().toString(), body, null);
    }

    static List<Source> read(String url, byte[] body, String contentTypeHeader, SiteRules rules) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        try {
            String html = PageCharset.decode(body, contentTypeHeader).text();
            Document page = Jsoup.parse(html, url == null ? "" : url);
            return read(url, page, rules);
        } catch (RuntimeException | StackOverflowError unreadable) {
            // a page we cannot read is no page; the crawl goes on
            return List.of();
        }
    }

    /**
     * Reads a page already parsed (its links taken first: reading drops chrome from the document).
     * Never throws on what the page holds.
     */
    public static List<Source> read(String url, Document page) {
        try {
            return read(url, page, SiteRules.defaults());
        } catch (RuntimeException | StackOverflowError unreadable) {
            return List.of();
        }
    }

    private static List<Source> read(String url, Document page, SiteRules rules) {
        SiteRule rule = rules.forPage(host(url), page).orElse(null);
        // the 政府信息公开 table's title and date over the page's own; read first, as it leaves the page
        DisclosureTable.Read table = DisclosureTable.read(page);
        String title = table != null && table.title() != null ? table.title() : PageTitle.of(page, rule == null ? null : rule.title());
        LocalDate published = table != null && table.publishedAt() != null ? table.publishedAt() : publishedAt(page, rule);
        String breadcrumb = firstText(page, rule != null && rule.breadcrumb() != null
                ? rule.breadcrumb() : GENERIC_BREADCRUMB);
        String docType = Breadcrumb.docType(breadcrumb, title);

        Element body = rule == null || rule.body() == null ? null : first(page, rule.body());
        if (body != null) {
            if (rule.drop() != null) {
                select(body, rule.drop()).remove();
            }
            MainContent.dropChrome(body);
        } else {
            body = MainContent.select(page);
        }
        List<String> lines = BlockText.lines(body).stream().filter(line -> !Chrome.isChrome(line)).toList();
        String text = String.join("\n", lines);
        if (title == null && !lines.isEmpty() && ReportSplitter.looksLikeTitle(lines.getFirst())) {
            title = lines.getFirst();
        }
        return ReportSplitter.split(new Source(url, text, title, published, null, null, docType,
                table == null ? null : table.disclosure()));
    }

    private static LocalDate publishedAt(Document page, SiteRule rule) {
        if (rule != null && rule.date() != null) {
            String dateText = firstText(page, rule.date());
            LocalDate d = dateText == null ? null : PublishDate.any(dateText);
            if (d != null) {
                return d;
            }
        }
        return PublishDate.labelled(page.text());
    }

    private static String firstText(Document page, String selector) {
        Element e = first(page, selector);
        return e == null ? null : e.text();
    }

    private static Element first(Element root, String selector) {
        List<Element> found = select(root, selector);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Elements select(Element root, String selector) {
        try {
            return root.select(selector);
        } catch (RuntimeException badSelector) {
            return new Elements();
        }
    }

    private static String host(String url) {
        if (url == null) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? "" : host;
        } catch (RuntimeException notAUri) {
            return "";
        }
    }
}
