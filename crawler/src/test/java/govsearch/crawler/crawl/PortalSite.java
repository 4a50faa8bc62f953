package govsearch.crawler.crawl;

import govsearch.crawler.document.MadeDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A government portal laid out as TRS WCM, 开普云 Ucap and 大汉 Hanweb sites are, put on a
 * {@link TestSite}: four columns of 24 reports, 8 a list page, each column paginated only by one
 * pager form, every page GB2312-labelled (GBK bytes), report pages with the portal's tools line and
 * a 政府信息公开 table. The report texts are excerpts of the bundled corpus, one text each.
 *
 * <pre>
 * /portal/trs/index.html …           createPageHTML(3, N, "index", "html"); gov.cn table, #zoom .TRS_Editor;
 *                                     report 24 is a note whose report is a PDF (and an OFD) 附件
 * /portal/ucap/index.html …          var countPage = 3; li-style table (发布机构), #UCAP-CONTENT
 * /portal/hanweb/col/col4567/index.html?uid=4567&amp;pageNum=N   var pageCount = 3; .article-con
 * /portal/series/list_1.html …       共3页 and a link to list_2.html only; .pages_content
 * /private/portal-secret.html        linked from every list page; forbidden by robots.txt
 * </pre>
 */
final class PortalSite {

    static final String GB2312 = "text/html; charset=gb2312";
    static final int PER_PAGE = 8;
    static final int REPORTS = 24;
    static final List<String> CITIES = List.of("成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江",
            "乐山", "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳", "贵阳", "遵义", "六盘水", "安顺", "毕节", "铜仁");
    static final String NOTE_TITLE = "内江市人民政府工作报告（全文）";
    static final String NOTE_PAGE = "/portal/trs/202502/t20250224_24.html";
    static final String NOTE_PDF = "/portal/trs/202502/P020250224_report.pdf";
    static final String NOTE_OFD = "/portal/trs/202502/P020250224_report.ofd";
    /** Words of the portal's tools and chrome: none may reach a report. */
    static final List<String> TOOL_WORDS = List.of("字体", "打印本页", "关闭窗口", "分享到", "浏览次数", "索引号", "成文日期");

    /** A report on the portal: its page, its text, and what its 政府信息公开 table says. */
    record Item(String column, String path, String title, String text, String issuer, String written, String published) {
    }

    final TestSite site;
    final List<Item> items = new ArrayList<>();
    final String pdfText;

    PortalSite(TestSite site) throws IOException {
        this.site = site;
        List<String> texts = excerpts();
        int t = 0;
        List<Item> trs = new ArrayList<>();
        List<Item> ucap = new ArrayList<>();
        List<Item> hanweb = new ArrayList<>();
        List<Item> series = new ArrayList<>();
        for (int n = 1; n <= REPORTS; n++) {
            String city = CITIES.get(n - 1);
            trs.add(new Item("trs", "/portal/trs/202502/t202502" + String.format("%02d", n) + "_" + n + ".html",
                    city + "市人民政府工作报告选编之" + n, texts.get(t++), city + "市人民政府",
                    "2025-01-" + String.format("%02d", n), "2025-02-" + String.format("%02d", n)));
            ucap.add(new Item("ucap", "/portal/ucap/art/2025/art_" + n + ".html", city + "市政务公开工作情况之" + n,
                    texts.get(t++), city + "市人民政府办公室", "2024-12-" + String.format("%02d", n), "2025-03-" + String.format("%02d", n)));
            hanweb.add(new Item("hanweb", "/portal/hanweb/art/2025/3/" + n + "/art_4567_" + n + ".html", city + "市部门工作总结之" + n,
                    texts.get(t++), null, null, null));
            series.add(new Item("series", "/portal/series/content_" + n + ".html", city + "市调研报告之" + n, texts.get(t++),
                    null, null, null));
        }
        pdfText = texts.get(t);
        trs.set(REPORTS - 1, new Item("trs", NOTE_PAGE, NOTE_TITLE, pdfText, "内江市人民政府", "2025-01-20", "2025-02-24"));
        items.addAll(trs);
        items.addAll(ucap);
        items.addAll(hanweb);
        items.addAll(series);
        for (Item i : trs) {
            put(i.path(), i == trs.getLast() ? notePage(i) : trsPage(i));
        }
        ucap.forEach(i -> put(i.path(), ucapPage(i)));
        hanweb.forEach(i -> put(i.path(), plainPage(i, "article-con")));
        series.forEach(i -> put(i.path(), plainPage(i, "pages_content")));
        site.put(NOTE_PDF, "application/pdf", MadeDocuments.pdf(MadeDocuments.paragraphs(pdfText), "内江市人民政府", "— %d —"));
        site.put(NOTE_OFD, "application/ofd", new byte[]{'P', 'K', 3, 4});
        site.put("/private/portal-secret.html", GB2312, gbk(html("内部", "<p>不应被抓取。</p>")));
        for (int p = 0; p < 3; p++) {
            List<Item> trsPage = trs.subList(p * PER_PAGE, (p + 1) * PER_PAGE);
            put("/portal/trs/" + (p == 0 ? "index.html" : "index_" + p + ".html"), list(trsPage,
                    "<div class=\"page\"><script>createPageHTML(3, " + p + ", \"index\", \"html\");</script></div>"));
            List<Item> ucapPage = ucap.subList(p * PER_PAGE, (p + 1) * PER_PAGE);
            put("/portal/ucap/" + (p == 0 ? "index.html" : "index_" + p + ".html"), list(ucapPage,
                    "<script>var countPage = 3;//共多少页\nvar currentPage = " + p + ";//当前页\n"
                            + "document.write('<div id=\"page\"></div>');</script>"));
            List<Item> hanwebPage = hanweb.subList(p * PER_PAGE, (p + 1) * PER_PAGE);
            byte[] hanwebList = list(hanwebPage, "<script>var pageCount = 3; var currentPage = " + (p + 1) + ";\n"
                    + "function goPage(n) { location.href = \"?uid=4567&pageNum=\" + n; }</script>"
                    + "<a href=\"javascript:goPage(" + (p + 2) + ")\">下一页</a>");
            site.put("/portal/hanweb/col/col4567/index.html?uid=4567&pageNum=" + (p + 1), GB2312, hanwebList);
            if (p == 0) {
                site.put("/portal/hanweb/col/col4567/index.html", GB2312, hanwebList);
            }
            List<Item> seriesPage = series.subList(p * PER_PAGE, (p + 1) * PER_PAGE);
            put("/portal/series/list_" + (p + 1) + ".html", list(seriesPage, "<div class=\"page\">共3页 当前第" + (p + 1) + "页 "
                    + (p == 0 ? "<a href=\"list_2.html\">下一页</a>" : "<a href=\"javascript:void(0)\">下一页</a>") + "</div>"));
        }
    }

    /** The list pages each column starts from. */
    List<String> seeds() {
        return Stream.of("/portal/trs/index.html", "/portal/ucap/index.html", "/portal/hanweb/col/col4567/index.html",
                "/portal/series/list_1.html").map(site::url).toList();
    }

    List<Item> column(String name) {
        return items.stream().filter(i -> i.column().equals(name)).toList();
    }

    private void put(String path, byte[] body) {
        // half the pages say their charset in the header, the other half only in their meta tag
        site.put(path, path.hashCode() % 2 == 0 ? GB2312 : "text/html", body);
    }

    private byte[] list(List<Item> items, String pager) {
        StringBuilder b = new StringBuilder("<div class=\"crumb\">当前位置：首页 &gt; 政务公开</div><ul class=\"list\">");
        for (Item i : items) {
            b.append("<li><a href=\"").append(i.path()).append("\" title=\"").append(i.title()).append("\">")
                    .append(i.title()).append("</a><span>").append(i.published() == null ? "2025-03-01" : i.published())
                    .append("</span></li>");
        }
        b.append("</ul>").append(pager).append("<div class=\"links\"><a href=\"/private/portal-secret.html\">内部</a></div>");
        return gbk(html("政务公开", b.toString()));
    }

    /** gov.cn's layout: the table of label and value cells, the body in #zoom .TRS_Editor, the tools around and inside it. */
    private static byte[] trsPage(Item i) {
        int n = Integer.parseInt(i.path().replaceAll(".*_(\\d+)\\.html", "$1"));
        return gbk(html(i.title() + "_四川省人民政府", "<div class=\"crumb\">当前位置：<a href=\"/portal/\">首页</a> &gt; 政府工作报告</div>"
                + "<table class=\"bd1\"><tr><td><b>索 引 号：</b></td><td>00859211X/2025-000" + n + "</td>"
                + "<td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>"
                + "<tr><td><b>发文机关：</b></td><td>" + i.issuer() + "</td><td><b>成文日期：</b></td><td>" + cn(i.written()) + "</td></tr>"
                + "<tr><td><b>标　　题：</b></td><td colspan=\"3\">" + i.title() + "</td></tr>"
                + "<tr><td><b>发文字号：</b></td><td>府发〔2025〕" + n + "号</td><td><b>发布日期：</b></td><td>" + cn(i.published()) + "</td></tr>"
                + "<tr><td><b>有 效 性：</b></td><td>有效</td></tr></table>"
                + "<h1>政府工作报告</h1><div class=\"pages-date\">" + i.published() + " 来源：市政府办公室 "
                + "<span class=\"font\">【字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>】</span></div>"
                + "<div id=\"zoom\"><div class=\"TRS_Editor\">" + paragraphs(i.text())
                + "<p>【字体：大 中 小】 【打印本页】 【关闭窗口】</p></div></div>"
                + "<div class=\"article-tools\">【打印本页】【关闭窗口】</div><div class=\"share\">分享到：微信 微博</div>"
                + "<div>浏览次数：1234</div><div class=\"footer\">主办：四川省人民政府办公厅 版权所有</div>"));
    }

    /** A page whose own text is a note, and whose report is its PDF 附件 (and the same as OFD). */
    private static byte[] notePage(Item i) {
        return gbk(html(i.title() + "_内江市人民政府", "<table class=\"bd1\"><tr><td>索引号：</td><td>00859211X/2025-00024</td>"
                + "<td>发文机关：</td><td>" + i.issuer() + "</td></tr><tr><td>标题：</td><td>" + i.title() + "</td>"
                + "<td>成文日期：</td><td>" + i.written() + "</td></tr><tr><td>发布日期：</td><td>" + i.published() + "</td></tr></table>"
                + "<h1>" + i.title() + "</h1><div id=\"zoom\"><p>内江市第十八届人民代表大会第五次会议审议通过了政府工作报告，"
                + "现将全文公布如下，请查阅附件。</p><p>附件：<a href=\"" + NOTE_PDF + "\">政府工作报告（全文）.pdf</a> "
                + "<a href=\"" + NOTE_OFD + "\">政府工作报告（全文）.ofd</a></p><p>【打印本页】 【关闭窗口】</p></div>"));
    }

    /** Ucap's layout: label and value in one list item, the body in #UCAP-CONTENT. */
    private static byte[] ucapPage(Item i) {
        int n = Integer.parseInt(i.path().replaceAll(".*_(\\d+)\\.html", "$1"));
        return gbk(html(i.title(), "<div class=\"xxgk-info\"><ul><li><span>索引号：</span>11510000MB1234/2025-0" + n + "</li>"
                + "<li><span>发布机构：</span>" + i.issuer() + "</li><li><span>成文日期：</span>" + i.written() + "</li>"
                + "<li><span>发布日期：</span>" + i.published() + "</li><li><span>标题：</span>" + i.title() + "</li>"
                + "<li><span>有效性：</span>有效</li></ul></div>"
                + "<div class=\"article-title\">" + i.title() + "</div><div class=\"tools\">分享到：微信 微博 【打印本页】</div>"
                + "<div id=\"UCAP-CONTENT\">" + paragraphs(i.text()) + "<p>浏览次数：56</p></div>"));
    }

    private static byte[] plainPage(Item i, String bodyClass) {
        return gbk(html(i.title(), "<h1>" + i.title() + "</h1><div class=\"pages-date\">发布时间：2025-03-01 "
                + "【字体：大 中 小】</div><div class=\"" + bodyClass + "\">" + paragraphs(i.text())
                + "<p>分享到：</p></div><div class=\"pages_print\">【打印本页】【关闭窗口】</div>"));
    }

    private static String paragraphs(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            b.append("<p>").append(line).append("</p>");
        }
        return b.toString();
    }

    /** 2025-01-05 as 2025年01月05日, as gov.cn prints it. */
    private static String cn(String date) {
        return date.substring(0, 4) + "年" + date.substring(5, 7) + "月" + date.substring(8) + "日";
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>" + title + "</title></head><body>" + body + "</body></html>";
    }

    static byte[] gbk(String html) {
        return html.getBytes(TestSite.GBK);
    }

    /** One excerpt of each corpus text, about 1,200 characters of its opening paragraphs, title line left out. */
    static List<String> excerpts() {
        CharsetEncoder gbk = TestSite.GBK.newEncoder();
        try (Stream<Path> files = Files.walk(CrawlAttachmentsTest.CORPUS)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String[] lines = Files.readString(f, StandardCharsets.UTF_8).strip().split("\n");
                StringBuilder b = new StringBuilder();
                for (int i = 1; i < lines.length && b.length() < 1200; i++) {
                    String line = lines[i].strip().codePoints().filter(c -> gbk.canEncode(Character.toString(c)))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                            .replace("<", "＜").replace("&", "＆");
                    if (!line.isEmpty()) {
                        b.append(line).append('\n');
                    }
                }
                out.add(b.toString().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
