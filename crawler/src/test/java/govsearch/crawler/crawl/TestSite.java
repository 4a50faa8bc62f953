package govsearch.crawler.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A report-template site on a real HTTP server at 127.0.0.1 (port 0), written for the crawl tests,
 * with its own request log: which paths were asked for, when, and with which headers.
 *
 * <pre>
 * /robots.txt                 Disallow: /private/, Crawl-delay, Sitemap: /sitemap.xml
 * /sitemap.xml                lists /reports/orphan.html, linked from nowhere else
 * /                           links to everything below, some under other spellings
 * /list/1.html … /list/3.html a paginated list (下一页 / 上一页), each page linking to reports:
 *                               1 → single, multi-utf8;  2 → p2;  3 → p3, mirror/p2, slow, error, calendar
 * /reports/multi.html         four reports (篇一…第四篇), GBK bytes under a gb2312 label
 * /reports/multi-utf8.html    the same page as UTF-8 bytes under a utf-8 label: its twin
 * /reports/copy.html          the same four reports, UTF-8, other chrome, one figure changed
 * /reports/single.html        one report on an unknown site
 * /reports/p2.html            one report; the same bytes again at /mirror/p2.html
 * /reports/p3.html            one report, on the same template as p2 (shared boilerplate)
 * /reports/orphan.html        one report, reachable through the sitemap only
 * /old.html                   301 → /reports/moved.html (one report)
 * /private/trap.html          forbidden by robots.txt
 * /calendar?d=N               forbidden by robots.txt; an endless calendar (links to d=N-1 and d=N+1)
 * /huge.html                  larger than the crawl's size cap
 * /slow.html                  answers after {@link #slow} ms (0 unless a test asks for more)
 * /error.html                 500
 * /missing.html               404
 * </pre>
 *
 * Every 200 page carries an ETag and answers If-None-Match with 304.
 */
final class TestSite implements AutoCloseable {

    static final Charset GBK = Charset.forName("GBK");

    /** @param query the raw query, or null */
    record Request(String path, String query, long nanos, Map<String, String> headers) {
    }

    private record Page(int status, String type, byte[] body, String location) {
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, String> encodings = new ConcurrentHashMap<>();
    private volatile long slowMillis;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    TestSite(String crawlDelay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads); // a slow page must not hold up the others
        server.start();
        build(crawlDelay);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** How often each path with its query (path?query) was asked for. */
    Map<String, Integer> countsWithQuery() {
        Map<String, Integer> n = new HashMap<>();
        requests().forEach(r -> n.merge(r.query() == null ? r.path() : r.path() + "?" + r.query(), 1, Integer::sum));
        return n;
    }

    /** How often each path was asked for. */
    Map<String, Integer> counts() {
        Map<String, Integer> n = new HashMap<>();
        requests().forEach(r -> n.merge(r.path(), 1, Integer::sum));
        return n;
    }

    void put(String path, String type, byte[] body) {
        pages.put(sortedQuery(path), new Page(200, type, body, null));
    }

    /** A body sent encoded, with the Content-Encoding header that says how (gzip, deflate). */
    void putEncoded(String path, String type, String encoding, byte[] encodedBody) {
        put(path, type, encodedBody);
        encodings.put(path, encoding);
    }

    /** From now on /slow.html keeps its client waiting this long before it answers. */
    void slow(long millis) {
        slowMillis = millis;
    }

    void put(String path, int status, String type, byte[] body) {
        pages.put(path, new Page(status, type, body, null));
    }

    void redirect(String path, String location) {
        pages.put(path, new Page(301, "text/html", new byte[0], location));
    }

    private void build(String crawlDelay) {
        put("/robots.txt", "text/plain", ("User-agent: *\nDisallow: /private/\nDisallow: /calendar\n"
                + (crawlDelay == null ? "" : "Crawl-delay: " + crawlDelay + "\n")
                + "Sitemap: " + base() + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
        put("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "<url><loc>" + base() + "/reports/orphan.html</loc></url>\n</urlset>\n").getBytes(StandardCharsets.UTF_8));
        put("/", "text/html; charset=utf-8", html("报告大全", """
                <ul>
                <li><a href="/list/1.html">情况报告列表</a></li>
                <li><a href="/reports/multi.html?utm_source=weixin&amp;spm=a1.b2">统战情况报告4篇</a></li>
                <li><a href="reports/multi.html#top">统战情况报告4篇（本页）</a></li>
                <li><a href="/reports/copy.html">统战情况报告（转载）</a></li>
                <li><a href="/old.html">旧地址</a></li>
                <li><a href="/private/trap.html?d=1">日历</a></li>
                <li><a href="/calendar?d=20210301">活动日历</a></li>
                <li><a href="/huge.html">大文件</a></li>
                <li><a href="/missing.html">失效链接</a></li>
                <li><a href="/index.html">首页</a></li>
                <li><a href="mailto:admin@example.org">联系我们</a></li>
                <li><a href="https://elsewhere.example.org/a.html">友情链接</a></li>
                </ul>""").getBytes(StandardCharsets.UTF_8));
        put("/list/1.html", "text/html; charset=utf-8", html("情况报告列表", """
                <ul><li><a href="/reports/single.html">关于xx县乡村振兴工作的调研报告</a></li>
                <li><a href="/reports/multi-utf8.html">统战情况报告4篇</a></li></ul>
                <div class="page"><a href="../">首页</a> <span>1</span> <a href="2.html">2</a> <a href="3.html">3</a>
                <a href="2.html">下一页</a></div>""").getBytes(StandardCharsets.UTF_8));
        put("/list/2.html", "text/html; charset=utf-8", html("情况报告列表_第2页", """
                <ul><li><a href="/reports/p2.html">2021年xx县民政工作总结</a></li></ul>
                <div class="page"><a href="1.html">上一页</a> <a href="1.html">1</a> <span>2</span>
                <a href="3.html">3</a> <a href="3.html">下一页</a></div>""").getBytes(StandardCharsets.UTF_8));
        put("/list/3.html", "text/html; charset=utf-8", html("情况报告列表_第3页", """
                <ul><li><a href="/reports/p3.html">2021年xx县应急管理工作总结</a></li>
                <li><a href="/mirror/p2.html">2021年xx县民政工作总结（镜像）</a></li>
                <li><a href="/slow.html">慢页面</a></li>
                <li><a href="/error.html">出错页面</a></li>
                <li><a href="/calendar?d=20210302">活动日历</a></li></ul>
                <div class="page"><a href="2.html">上一页</a> <a href="1.html">1</a> <a href="2.html">2</a>
                <span>3</span></div>""").getBytes(StandardCharsets.UTF_8));
        String multi = fixture("template-multi.html");
        put("/reports/multi.html", "text/html", multi.getBytes(GBK));
        put("/reports/multi-utf8.html", "text/html; charset=utf-8",
                multi.replace("charset=gb2312", "charset=utf-8").getBytes(StandardCharsets.UTF_8));
        put("/reports/copy.html", "text/html; charset=utf-8", otherChrome(multi).getBytes(StandardCharsets.UTF_8));
        put("/reports/single.html", "text/html", fixture("unknown-site-single.html").getBytes(StandardCharsets.UTF_8));
        put("/reports/orphan.html", "text/html; charset=utf-8", report("2019年xx市审计工作情况报告",
                "2019年，市审计局围绕全市中心工作，依法履行审计监督职责，完成审计项目46个，查出问题金额2.3亿元。")
                .getBytes(StandardCharsets.UTF_8));
        put("/reports/moved.html", "text/html; charset=utf-8", report("2018年xx区环境保护工作总结",
                "2018年，区环保局坚持生态优先，空气质量优良天数达到295天，比上年增加12天。")
                .getBytes(StandardCharsets.UTF_8));
        redirect("/old.html", "/reports/moved.html");
        byte[] p2 = templateReport("2021年xx县民政工作总结", "民政局", "2022-01-10",
                "全年发放城乡低保资金4860万元，保障困难群众1.2万人，新建农村互助养老服务站18个，殡葬改革稳步推进。")
                .getBytes(StandardCharsets.UTF_8);
        put("/reports/p2.html", "text/html; charset=utf-8", p2);
        put("/mirror/p2.html", "text/html; charset=utf-8", p2);
        put("/reports/p3.html", "text/html; charset=utf-8", templateReport("2021年xx县应急管理工作总结", "应急管理局",
                "2022-01-12", "全年开展安全生产大检查3轮，排查整改隐患1460处，组织森林防火演练26场，未发生较大以上生产安全事故。")
                .getBytes(StandardCharsets.UTF_8));
        put("/error.html", 500, "text/html; charset=utf-8", html("服务器错误", "<p>500 内部错误</p>").getBytes(StandardCharsets.UTF_8));
        put("/private/trap.html", "text/html; charset=utf-8", html("日历", "<a href=\"/private/trap.html?d=2\">下一天</a>")
                .getBytes(StandardCharsets.UTF_8));
        put("/huge.html", "text/html; charset=utf-8", html("大文件", "<p>" + "统计数据。".repeat(40_000) + "</p>")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The same reports under another site's chrome, with one figure changed: a near duplicate. */
    private static String otherChrome(String multi) {
        return multi.replace("charset=gb2312", "charset=utf-8")
                .replace("xx范文网", "yy文库")
                .replace("<ul class=\"nav\">", "<ul class=\"menu\"><li><a href=\"/vip/\">会员中心</a></li>")
                .replace("组织全县党外代表人士开展专题学习12次", "组织全县党外代表人士开展专题学习13次")
                .replace("粤ICP备12345678号", "京ICP备87654321号");
    }

    /**
     * A county department's year-end summary on a template site: chrome, a date line, and a body
     * whose frame (opening, headings, closing) is the same for every department; only the
     * department and the figures differ. Two such pages are different reports.
     */
    private static String templateReport(String title, String department, String date, String figures) {
        return html(title + "_xx范文网", "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/list/1.html\">工作总结</a></div>"
                + "<div class=\"article\"><h1>" + title + "</h1><div class=\"info\">发布时间：" + date + "</div>"
                + "<div class=\"content\">"
                + "<p>2021年，县" + department + "在县委、县政府的坚强领导下，坚持以人民为中心的发展思想，认真履行部门职责，"
                + "各项工作取得了明显成效。现将全年工作总结如下：</p>"
                + "<p>一、主要工作完成情况</p><p>" + figures + "</p>"
                + "<p>二、存在的问题</p><p>工作力量还比较薄弱，基层基础工作有待进一步夯实。</p>"
                + "<p>三、2022年工作打算</p><p>坚持稳中求进工作总基调，狠抓工作落实，推动" + department + "工作高质量发展。</p>"
                + "</div></div><div class=\"footer\">Copyright xx范文网 版权所有</div>");
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + body + "</body></html>";
    }

    private static String report(String title, String firstParagraph) {
        return html(title, "<div class=\"article\"><h1>" + title + "</h1><div class=\"content\">"
                + "<p>" + firstParagraph + "</p>"
                + "<p>一、主要工作</p><p>（一）加强组织领导，健全工作机制，明确责任分工，确保各项任务落到实处。</p>"
                + "<p>（二）突出工作重点，强化督促检查，推动各项工作取得实效，群众满意度持续提升。</p>"
                + "<p>二、下一步打算</p><p>继续坚持问题导向，补短板、强弱项，推动工作再上新台阶。</p></div></div>");
    }

    static String fixture(String name) {
        try (InputStream in = TestSite.class.getResourceAsStream(fixturePath(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
        String query = ex.getRequestURI().getRawQuery();
        requests.add(new Request(path, query, System.nanoTime(), headers));
        // a page put under its query (index.html?pageNum=2) is served for it; any other query gets the path's page
        Page page = page(path, query);
        if (page == null && path.endsWith("/")) {
            // a directory serves its index page, as web servers do (the crawler asks for /dir/, not /dir/index.html)
            page = page(path + "index.html", query);
        }
        try (ex) {
            if (path.equals("/calendar")) {
                page = calendar(ex.getRequestURI().getRawQuery());
            }
            if (path.equals("/slow.html")) {
                try {
                    Thread.sleep(slowMillis);
                } catch (InterruptedException closing) {
                    return;
                }
                page = new Page(200, "text/html; charset=utf-8", html("慢页面", "<p>终于到了。</p>")
                        .getBytes(StandardCharsets.UTF_8), null);
            }
            if (page == null) {
                byte[] body = "<html><body>404 页面不存在</body></html>".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(404, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            if (page.location() != null) {
                ex.getResponseHeaders().add("Location", page.location());
                ex.sendResponseHeaders(page.status(), -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(page.body())) + "\"";
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(headers.get("if-none-match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("Content-Type", page.type());
            if (encodings.containsKey(path)) {
                ex.getResponseHeaders().add("Content-Encoding", encodings.get(path));
            }
            ex.sendResponseHeaders(page.status(), page.body().length);
            ex.getResponseBody().write(page.body());
        } catch (IOException clientGaveUp) {
            // the crawler stopped reading (size cap); nothing to do
        }
    }

    private Page page(String path, String query) {
        String withQuery = query == null ? null : sortedQuery(path + "?" + query);
        return withQuery != null && pages.containsKey(withQuery) ? pages.get(withQuery) : pages.get(path);
    }

    /** A path with its query parameters in order: a server does not care in which order they come. */
    private static String sortedQuery(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q + 1)
                + String.join("&", java.util.Arrays.stream(pathAndQuery.substring(q + 1).split("&")).sorted().toList());
    }

    /** An endless calendar: every day links to the day before and the day after. */
    private static Page calendar(String query) {
        long d = 20210301;
        try {
            d = Long.parseLong(query == null ? "" : query.replace("d=", ""));
        } catch (NumberFormatException ignored) {
            // day one
        }
        return new Page(200, "text/html; charset=utf-8", html("活动日历 " + d, "<a href=\"/calendar?d=" + (d - 1)
                + "\">前一天</a> <a href=\"/calendar?d=" + (d + 1) + "\">后一天</a>").getBytes(StandardCharsets.UTF_8), null);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The report-template page is the one the crawler benchmark ships with; the other fixtures are test-only. */
    static String fixturePath(String name) {
        return name.equals("template-multi.html") ? "/govsearch/crawler/bench/template-multi.html" : "/pages/" + name;
    }
}
