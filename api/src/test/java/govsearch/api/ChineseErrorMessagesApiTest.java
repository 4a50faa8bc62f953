package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 16: every error body keeps its English error and param for programs and carries a Chinese
 * message beside them, which the pages show. Each case is a bad request a page can send.
 */
class ChineseErrorMessagesApiTest extends BundledCorpusServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request, the status and param it must answer with, and words its Chinese message must hold. */
    record Case(String uri, int status, String param, String chinese) {
    }

    static final Case[] PAGE_ERRORS = {
            new Case("/api/search?size=0", 400, "size", "每页条数应在 1 到 100 之间"),
            new Case("/api/search?page=第二页", 400, "page", "页码应是整数"),
            new Case("/api/search?q=" + "字".repeat(501), 400, "q", "检索词最多 500 个字"),
            new Case("/api/search?year=去年", 400, "year", "年份应是一个年份"),
            new Case("/api/search?year=2020-2010", 400, "year", "结束年份早于起始年份"),
            new Case("/api/search?region=河南省//舞阳县", 400, "region", "空的一级"),
            new Case("/api/search?level=村", 400, "level", "行政级别只能是"),
            new Case("/api/search?cites=《》", 400, "cites", "不是文件名称"),
            new Case("/api/reports/不存在的报告", 404, null, "找不到编号为“不存在的报告”的报告"),
            new Case("/api/trend", 400, "term", "请给出 1 到"),
            new Case("/api/trend?term=改革&mode=某种", 400, "mode", "度量方式只能是"),
            new Case("/api/trend?term=改革&from=2020&to=2010", 400, "from", "起始年份（2020）晚于截止年份（2010）"),
            new Case("/api/trend?term=改革&smooth=99", 400, "smooth", "平滑年数应在"),
            new Case("/api/trend?term=，。", 400, "term", "没有可检索的文字或数字"),
            new Case("/api/compare", 400, "left", "左侧没有任何筛选条件"),
            new Case("/api/compare?left.year=去年&right.year=2020", 400, "left.year", "左侧：年份应是一个年份"),
            new Case("/api/concordance", 400, "q", "检索词是空的"),
            new Case("/api/concordance?q=改革&sort=随便", 400, "sort", "排序方式只能是"),
            new Case("/api/concordance?q=改革&width=0", 400, "width", "语境宽度应在 1 到 100 个字之间"),
            new Case("/api/phrasing", 400, "text", "文字是空的"),
            new Case("/api/phrasing/variants?phrase=" + "稳".repeat(200), 400, "phrase", "短语最多"),
            new Case("/api/没有这个接口", 404, null, "没有这个页面或接口"),
    };

    @Test
    void everyErrorAPageCanMeetHasAChineseMessageBesideTheEnglishError() throws Exception {
        for (Case c : PAGE_ERRORS) {
            JsonNode body = error(c);
            assertThat(body.get("error").asString()).as(c.uri()).containsPattern("[A-Za-z]{3,}");
            if (c.param() != null) {
                assertThat(body.get("param").asString()).as(c.uri()).isEqualTo(c.param());
            }
            assertThat(body.get("message").asString()).as(c.uri()).contains(c.chinese())
                    .doesNotContainPattern("[A-Za-z]{2,}");
        }
    }

    @Test
    void aMalformedEscapeIsExplainedInChineseToo() throws Exception {
        // sent as it is: an HTTP client library would refuse to send %zz
        RawHttp.Response r = RawHttp.get("127.0.0.1", port, "/api/search?q=%zz");
        assertThat(r.status()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("error").asString()).contains("malformed percent-escape");
        assertThat(body.get("param").asString()).isEqualTo("q");
        assertThat(body.get("message").asString()).contains("检索词", "不完整的百分号转义").doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void importAndCrawlErrorsHaveAChineseMessage() throws Exception {
        // without the admin token these endpoints refuse: still in Chinese beside the English
        for (String path : new String[]{"/api/import", "/api/crawl"}) {
            EntityExchangeResult<String> r = http.post().uri(path).bodyValue("{}").exchange()
                    .expectBody(String.class).returnResult();
            assertThat(r.getStatus().value()).as(path).isIn(401, 403);
            JsonNode body = JSON.readTree(r.getResponseBody());
            assertThat(body.get("error").asString()).as(path).isNotBlank();
            assertThat(body.get("message").asString()).as(path).isIn("需要有效的管理令牌。", "此接口未启用。");
        }
    }

    private JsonNode error(Case c) throws Exception {
        EntityExchangeResult<String> r = http.get().uri(java.net.URI.create(baseUrl() + encode(c.uri()))).exchange()
                .expectBody(String.class).returnResult();
        assertThat(r.getStatus().value()).as(c.uri() + " -> " + r.getResponseBody()).isEqualTo(c.status());
        JsonNode body = JSON.readTree(r.getResponseBody());
        assertThat(body.has("message")).as(c.uri() + " -> " + r.getResponseBody()).isTrue();
        assertThat(body.get("message").asString()).as(c.uri()).contains(c.chinese());
        return body;
    }

    /** Percent-encodes what a browser would (non-ASCII, 《》), leaving %zz as sent. */
    private static String encode(String uri) {
        StringBuilder b = new StringBuilder();
        for (byte x : uri.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int v = x & 0xff;
            b.append(v >= 0x80 ? String.format("%%%02X", v) : String.valueOf((char) v));
        }
        return b.toString();
    }
}
