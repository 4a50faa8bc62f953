package govsearch.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small report site on a real HTTP server at 127.0.0.1, counting the requests it gets:
 * /robots.txt (Disallow: /private/), an index linking {@link #REPORTS} report pages, a forbidden
 * /private/ page, and /go-local.html, a redirect to {@code redirectTarget} (another local server).
 */
final class ReportSite implements AutoCloseable {

    static final int REPORTS = 6;
    static final String[] PLACES = {"长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市"};

    private final HttpServer server;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final String redirectTarget;

    ReportSite(String redirectTarget) throws IOException {
        this.redirectTarget = redirectTarget;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    static String title(int i) {
        return "2023年" + PLACES[i - 1] + "统计工作情况报告";
    }

    /** The 发布机构 of report i's 政府信息公开 table: two reports of each bureau. */
    static String issuer(int i) {
        return PLACES[(i - 1) / 2 * 2] + "统计局";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a></div>" + body + "</body></html>";
    }

    private static String report(int i) {
        String place = PLACES[i - 1];
        // a portal's 政府信息公开 table: who issued it, when it was written, its number
        return page(title(i), "<table class=\"xxgk\"><tr><td>索引号：</td><td>11430000/2024-0" + i + "</td>"
                + "<td>发布机构：</td><td>" + issuer(i) + "</td></tr><tr><td>成文日期：</td><td>2024-01-1" + i + "</td>"
                + "<td>发文字号：</td><td>统发〔2024〕" + i + "号</td></tr></table>"
                + "<div class=\"article\"><h1>" + title(i) + "</h1><div class=\"content\">"
                + "<p>2023年，" + place + "统计局认真贯彻落实统计法律法规，全面完成第" + (i + 4) + "次经济普查各项准备工作，"
                + "统计数据质量稳步提升，" + place + "统计工作取得新进展。</p>"
                + "<p>一、主要工作</p><p>（一）" + place + "完成规模以上工业企业联网直报" + (i * 113) + "家，按时报送率达到百分之百。</p>"
                + "<p>（二）开展" + place + "统计执法检查" + (i * 7) + "次，依法查处统计违法案件" + i + "起。</p>"
                + "<p>二、下一步打算</p><p>" + place + "将继续深化统计管理体制改革，提高统计服务水平。"
                + "巩固和发展最广泛的爱国统一战线，支持民主党派和无党派人士围绕统计改革建言献策，发挥统一战线凝心聚力作用。</p></div></div>");
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        counts.merge(path, 1, Integer::sum);
        try (ex) {
            String body;
            if (path.equals("/robots.txt")) {
                body = "User-agent: *\nDisallow: /private/\n";
            } else if (path.equals("/")) {
                StringBuilder links = new StringBuilder("<ul>");
                for (int i = 1; i <= REPORTS; i++) {
                    links.append("<li><a href=\"/reports/").append(i).append(".html\">").append(title(i)).append("</a></li>");
                }
                links.append("<li><a href=\"/private/secret.html\">内部</a></li>");
                links.append("<li><a href=\"/go-local.html\">内网</a></li></ul>");
                body = page("统计报告", links.toString());
            } else if (path.equals("/go-local.html") && redirectTarget != null) {
                ex.getResponseHeaders().add("Location", redirectTarget);
                ex.sendResponseHeaders(302, -1);
                return;
            } else if (path.matches("/reports/[1-6]\\.html")) {
                body = report(path.charAt(9) - '0');
            } else {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the crawler went away (a killed test process)
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
