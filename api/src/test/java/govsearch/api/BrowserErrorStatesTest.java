package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: every page speaks Chinese in its error states too — bad parameters, a report not found,
 * a quote left open, errors of the API behind the page. Each state is opened in headless Chromium and
 * the page's visible text must hold the Chinese explanation and no English word.
 */
class BrowserErrorStatesTest extends BrowserSupport {

    /**
     * Latin words a Chinese page may show: names of file formats on export buttons, key names, and
     * year= (the query syntax users type). Anything else in Latin letters is English the reader meets.
     */
    static final Set<String> ALLOWED = Set.of("CSV", "PNG", "XLSX", "Excel", "Ctrl", "Enter", "year");
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void searchPageErrors() {
        shows("/?year=去年", ".message-error", "搜索失败", "年份应是一个年份", "出错的参数：年份");
        shows("/?q=" + "字".repeat(501), ".message-error", "检索词最多 500 个字");
        shows("/?q=改革&page=20000", ".message-error", "页码应在 0 到 10000 之间");
        shows("/?cites=《》", ".message-error", "不是文件名称");
        shows("/?region=河南省//舞阳县", ".message-error", "空的一级");
    }

    /** A stray quote searches as if closed and the page says so: results, and a note above them. */
    @Test
    void searchPageClosesAQuoteLeftOpenAndSaysSo() {
        shows("/?q=\"全面建成小康社会", "#ui-query-notes", "检索词中的 \" 没有配对，已当作在末尾补上 \" 检索");
        assertThat(all(".result")).isNotEmpty();
        Chromium.screenshot("search-unclosed-quote");
        shows("/?q=《政府工作报告", "#ui-query-notes", "检索词中的 《 没有配对，已当作在末尾补上 》 检索");
        assertThat(all(".result")).isNotEmpty();

        open("/?q=\"全面建成小康社会\"");
        waitFor(".result");
        assertThat(all("#ui-query-notes")).as("a closed quote needs no note").isEmpty();
    }

    @Test
    void reportPageErrors() {
        shows("/report/不存在的报告", ".message-error", "找不到这份报告", "找不到编号为“不存在的报告”的报告");
        Chromium.screenshot("error-report-chinese");
    }

    @Test
    void trendPageErrors() {
        shows("/trend?term=改革&mode=某种", ".message-error", "度量方式只能是", "出错的参数：度量方式");
        Chromium.screenshot("error-trend-chinese");
        shows("/trend?term=改革&smooth=99", ".message-error", "平滑年数应在");
        shows("/trend?term=，。", ".message-error", "没有可检索的文字或数字");
    }

    @Test
    void comparePageErrors() {
        shows("/compare?left.year=去年&right.year=2020", ".message-error", "左侧：年份应是一个年份", "出错的参数：左侧的年份");
        shows("/compare?left.region=河南省//舞阳县&right.year=2020", ".message-error", "左侧：地区");
    }

    @Test
    void firstUsesAndWildcardErrors() {
        shows("/first-uses?year=去年", ".message-error", "年份应是整数");
        shows("/first-uses?year=2024&region=河南省//舞阳县", ".message-error", "空的一级");
        shows("/trend?term=建设**强国", ".message-error", "通配符只能有一个 *");
        shows("/trend?term=建设，*强国", ".message-error", "* 两边只能是文字或数字");
    }

    @Test
    void concordancePageErrors() {
        shows("/concordance?q=改革&sort=随便", ".message-error", "排序方式只能是");
        shows("/concordance?q=改革&width=0", ".message-error", "语境宽度应在 1 到 100 个字之间");
        shows("/concordance?q=" + "改".repeat(101), ".message-error", "检索词最多 100 个字");
        shows("/concordance?q=改革&year=去年", ".message-error", "年份应是一个年份");
    }

    @Test
    void phrasingPageErrors() {
        shows("/phrasing?text=，，，，，，", ".message-error", "没有可比较的文字或数字");
        shows("/phrasing?phrase=" + "稳".repeat(60), ".message-error", "短语最多 50 个字");
        shows("/phrasing?text=坚持稳中求进&year=去年", ".message-error", "年份应是一个年份");
    }

    /** A mistyped page address: a Chinese page saying so, with the way back; the API's 404 stays JSON. */
    @Test
    void anUnknownPageIsSaidInChinese() {
        shows("/没有的页面", "#ui-not-found", "没有这个页面", "返回检索");
        assertThat(browser.getTitle()).isEqualTo("没有这个页面 — 政报搜");
        http.get().uri("/api/没有的接口").header("Accept", "text/html").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON);
    }

    /** The server out of reach (the browser offline): the page says so in Chinese and offers a retry. */
    @Test
    void aServerOutOfReachIsSaidInChinese() {
        open("/trend?term=改革");
        waitFor("#ui-chart canvas");
        browser.executeCdpCommand("Network.enable", java.util.Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            js("history.pushState(null, '', '/trend?term=创新'); window.dispatchEvent(new PopStateEvent('popstate'))");
            String error = waitFor(".message-error").getText();
            assertThat(error).contains("无法连接到服务器").contains("重试");
            assertThat(englishWords(bodyText())).isEmpty();
        } finally {
            browser.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    /** Opens the page, waits for the element showing the state, and checks its words and the whole page's language. */
    private void shows(String pathAndQuery, String css, String... chinese) {
        open(pathAndQuery);
        try {
            waiting().until(d -> !all(css).isEmpty() && all(".loading").isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            Chromium.screenshot("timed-out-state");
            throw new AssertionError(pathAndQuery + " never showed " + css + "; the page says: " + bodyText(), e);
        }
        String state = waitFor(css).getText();
        for (String c : chinese) {
            String where = pathAndQuery.length() > 80 ? pathAndQuery.substring(0, 80) + "…" : pathAndQuery;
            assertThat(state + "\n" + bodyText()).as(where).contains(c);
        }
        assertThat(englishWords(bodyText())).as(pathAndQuery.length() > 80 ? pathAndQuery.substring(0, 80) : pathAndQuery)
                .isEmpty();
    }

    private String bodyText() {
        return (String) js("return document.body.innerText");
    }

    static List<String> englishWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
