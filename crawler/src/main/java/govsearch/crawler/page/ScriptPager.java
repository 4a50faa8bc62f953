package govsearch.crawler.page;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The list pages a government portal's pager script would write links to, read from the script's
 * words — no JavaScript is run (see docs/design/script-pagers.md):
 *
 * <ul>
 * <li>TRS WCM and 开普云 Ucap: {@code createPageHTML(3, 0, "index", "html")} or
 *     {@code createPageHTML('page_div', 3, 0, 'index', 'html', 24)} — total pages, current page
 *     (0-based), file prefix and extension; page one is {@code index.html}, the others
 *     {@code index_1.html} … {@code index_2.html}. Arguments may be variables set in a script
 *     ({@code var countPage = 3}).</li>
 * <li>{@code countPage} / {@code currentPage} variables with no call: the same series, named after
 *     the page itself ({@code index.shtml} → {@code index_1.shtml} …).</li>
 * <li>大汉 Hanweb: {@code pageCount} (or {@code totalPage}) with a URL that ends in {@code pageNum=}
 *     (or {@code page=}) — {@code "?uid=4567&pageNum=" + i} — for pages 1 … pageCount.</li>
 * <li>A numbered series in plain sight: the page says 共3页 and links to {@code list_2.html};
 *     the series is {@code list_2.html} … {@code list_3.html} (or {@code _1} … {@code _2} when the
 *     unnumbered {@code list.html} is page one).</li>
 * </ul>
 *
 * Every series is bounded by the pager's own total and by {@link #MAX_PAGES}; the crawl's own
 * limits (page budget, depth, filters, robots.txt) then apply to each page as to any link.
 */
public final class ScriptPager {

    /** More list pages than this is a pager's number gone wrong (or a trap), not a column. */
    public static final int MAX_PAGES = 500;

    private static final Pattern CREATE_PAGE = Pattern.compile("createPageHTML\\s*\\(([^()]*)\\)");
    private static final Pattern VARIABLE = Pattern.compile(
            "(?:var|let|const)?\\s*([A-Za-z_$][\\w$]*)\\s*=\\s*(?:(\\d{1,6})|\"([^\"\\n]{0,200})\"|'([^'\\n]{0,200})')(?=\\s*(?:[;,\\n]|//|$))");
    private static final Pattern PAGE_NUM_URL = Pattern.compile("[\"']([^\"'\\s]{0,300}?[?&](?:pageNum|pageNo|page)=)[\"']");
    private static final Pattern TOTAL_IN_TEXT = Pattern.compile("共\\s*(\\d{1,4})\\s*页|页次\\s*[:：]?\\s*\\d{1,4}\\s*/\\s*(\\d{1,4})");
    private static final Pattern NUMBERED = Pattern.compile("([\\w-]+)_(\\d{1,4})\\.(html?|shtml|jhtml|htm)");
    private static final Pattern PAGER_WORDS = Pattern.compile("\\[?(下一?页|上一?页|尾页|末页|最后一页|首页|\\d{1,4})\\]?[>»›]*");
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "shtml", "jhtml");

    private ScriptPager() {
    }

    /** The absolute URLs of the list pages this page's pager implies, in page order, this page left out. */
    public static List<String> pages(Document page, String url) {
        if (url == null || url.isEmpty()) {
            return List.of();
        }
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException notAUrl) {
            return List.of();
        }
        StringBuilder scripts = new StringBuilder();
        for (Element s : page.select("script")) {
            scripts.append(s.data()).append('\n');
        }
        Set<String> out = new LinkedHashSet<>();
        Map<String, String> vars = variables(scripts);
        createPageHtml(scripts, vars, base, out);
        if (out.isEmpty()) {
            countPage(vars, base, out);
        }
        if (out.isEmpty()) {
            hanweb(scripts, vars, base, out);
        }
        if (out.isEmpty()) {
            series(page, base, out);
        }
        out.remove(base.toString());
        return List.copyOf(out);
    }

    /** The script variables set to a number or a string, last assignment winning. */
    private static Map<String, String> variables(CharSequence scripts) {
        Map<String, String> vars = new HashMap<>();
        Matcher m = VARIABLE.matcher(scripts);
        while (m.find()) {
            String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            vars.put(m.group(1), v);
        }
        return vars;
    }

    private static void createPageHtml(CharSequence scripts, Map<String, String> vars, URI base, Set<String> out) {
        Matcher m = CREATE_PAGE.matcher(scripts);
        while (m.find()) {
            List<Integer> numbers = new ArrayList<>();
            List<String> strings = new ArrayList<>();
            for (String raw : m.group(1).split(",")) {
                String arg = raw.strip();
                if (arg.length() >= 2 && (arg.startsWith("\"") && arg.endsWith("\"") || arg.startsWith("'") && arg.endsWith("'"))) {
                    strings.add(arg.substring(1, arg.length() - 1));
                } else if (arg.matches("\\d{1,6}")) {
                    numbers.add(Integer.valueOf(arg));
                } else if (vars.containsKey(arg)) {
                    String v = vars.get(arg);
                    if (v.matches("\\d{1,6}")) {
                        numbers.add(Integer.valueOf(v));
                    } else {
                        strings.add(v);
                    }
                }
            }
            if (numbers.isEmpty() || strings.size() < 2) {
                continue;
            }
            // the last two strings are prefix and extension; an element id may come first
            String prefix = strings.get(strings.size() - 2);
            String ext = strings.get(strings.size() - 1);
            zeroBased(base, prefix, ext, numbers.getFirst(), out);
        }
    }

    private static void countPage(Map<String, String> vars, URI base, Set<String> out) {
        String count = vars.get("countPage");
        if (count == null || !count.matches("\\d{1,6}")) {
            return;
        }
        String[] name = fileName(base);
        if (name != null) {
            String prefix = name[0].replaceFirst("_\\d+$", "");
            zeroBased(base, prefix, name[1], Integer.parseInt(count), out);
        }
    }

    private static void hanweb(CharSequence scripts, Map<String, String> vars, URI base, Set<String> out) {
        String count = vars.getOrDefault("pageCount", vars.get("totalPage"));
        if (count == null || !count.matches("\\d{1,6}")) {
            return;
        }
        Matcher m = PAGE_NUM_URL.matcher(scripts);
        if (!m.find()) {
            return;
        }
        int total = Math.min(Integer.parseInt(count), MAX_PAGES);
        for (int i = 1; i <= total; i++) {
            add(base, m.group(1) + i, out);
        }
    }

    /** 共N页 in the page's text, and a link to a numbered sibling of this page's series. */
    private static void series(Document page, URI base, Set<String> out) {
        Matcher total = TOTAL_IN_TEXT.matcher(page.text());
        if (!total.find()) {
            return;
        }
        int n = Integer.parseInt(total.group(1) != null ? total.group(1) : total.group(2));
        List<String> hrefs = new ArrayList<>();
        List<String> pagerHrefs = new ArrayList<>();
        String[] own = fileName(base);
        String ownPrefix = own == null ? null : own[0].replaceFirst("_\\d+$", "");
        for (Element a : page.select("a[href]")) {
            String h = a.absUrl("href").replaceFirst("[?#].*$", "");
            if (h.isEmpty()) {
                continue;
            }
            hrefs.add(h);
            String name = h.substring(h.lastIndexOf('/') + 1);
            // a pager's own link (下一页, 2, 尾页) or one into this page's series; not a report's (content_17.html)
            if (PAGER_WORDS.matcher(a.text().strip()).matches() || ownPrefix != null && name.startsWith(ownPrefix + "_")) {
                pagerHrefs.add(h);
            }
        }
        for (String href : pagerHrefs) {
            int slash = href.lastIndexOf('/');
            Matcher link = NUMBERED.matcher(href.substring(slash + 1));
            if (!link.matches()) {
                continue;
            }
            URI dir = URI.create(href.substring(0, slash + 1));
            String prefix = link.group(1);
            String ext = link.group(3);
            String[] self = fileName(base);
            boolean unnumberedFirst = self != null && self[0].equals(prefix)
                    || hrefs.contains(dir + prefix + "." + ext);
            if (unnumberedFirst) {
                zeroBased(dir, prefix, ext, n, out);
            } else {
                for (int i = 1; i <= Math.min(n, MAX_PAGES); i++) {
                    add(dir, prefix + "_" + i + "." + ext, out);
                }
            }
            return;
        }
    }

    /** TRS numbering: page one is prefix.ext, page k+1 is prefix_k.ext. */
    private static void zeroBased(URI base, String prefix, String ext, int total, Set<String> out) {
        if (!prefix.matches("[\\w.-]{1,100}") || !EXTENSIONS.contains(ext.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int n = Math.min(total, MAX_PAGES);
        for (int i = 0; i < n; i++) {
            add(base, i == 0 ? prefix + "." + ext : prefix + "_" + i + "." + ext, out);
        }
    }

    private static void add(URI base, String relative, Set<String> out) {
        try {
            // a query alone replaces the query, not the last segment (java.net.URI follows RFC 2396 here)
            out.add(relative.startsWith("?") ? base.toString().replaceFirst("[?#].*$", "") + relative
                    : base.resolve(relative).toString());
        } catch (IllegalArgumentException bad) {
            // a script string that is no URL: nothing to queue
        }
    }

    /** {name, extension} of the URL's last path segment, or null when it has none. */
    private static String[] fileName(URI url) {
        String path = url.getPath();
        if (path == null) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (last.isEmpty()) {
            return new String[]{"index", "html"};
        }
        return dot <= 0 ? null : new String[]{last.substring(0, dot), last.substring(dot + 1)};
    }
}
