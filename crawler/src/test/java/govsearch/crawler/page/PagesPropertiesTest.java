package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The page reader takes random bytes and broken HTML in any declared charset: no exception escapes. */
class PagesPropertiesTest {

    static final List<String> TAGS = List.of("<html>", "<head>", "<meta charset=\"gbk\">", "<meta charset=utf-8>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", "<meta charset=\"x-nonsense\">",
            "<title>", "</title>", "<body>", "<div class=\"TRS_Editor\">", "<div id=\"zoom\">", "</div>", "<p>", "</p>",
            "<table><tr><td>", "</td></tr></table>", "<br>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->",
            "<![CDATA[", "]]>", "<div class=\"crumb\">首页 > 政务公开 > 工作报告</div>", "当前位置：", "发布时间：2019-03-05",
            "2019年3月5日", "政府工作报告", "一、过去一年的工作", "（一）", "各位代表：", "&nbsp;", "&#x0;", "&#xD800;", "&amp",
            "<", ">", "\"", "'", "=", "\u0000", "\uFFFD", "<frameset>", "<iframe src=x>", "<a href=\"javascript:x\">",
            "<base href=\"//evil\">", "<svg><script>", "</html>");

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
        Arbitrary<String> html = Arbitraries.oneOf(Arbitraries.of(TAGS), Arbitraries.strings().all().ofMaxLength(60))
                .list().ofMaxSize(120).map(l -> String.join("", l));
        Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GBK"),
                StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1, Charset.forName("Big5"));
        Arbitrary<byte[]> encoded = Combinators.combine(html, charset).as((h, c) -> h.getBytes(c));
        Arbitrary<byte[]> truncated = encoded.flatMap(b -> Arbitraries.integers().between(0, b.length)
                .map(n -> java.util.Arrays.copyOf(b, n)));
        return Arbitraries.oneOf(random, encoded, truncated).injectNull(0.05);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("text/html", "text/html; charset=gbk", "text/html; charset=UTF-8",
                        "text/html; charset=\"", "text/html; charset=x-bogus-42", "application/pdf", "text/plain",
                        ";;;", "text/html; charset=utf-16"),
                Arbitraries.strings().all().ofMaxLength(40)).injectNull(0.3);
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.oneOf(Arbitraries.of("https://www.gov.cn/a/b.htm", "http://x/", "", "not a url", "file:///etc/passwd",
                "https://[::1]/", "https://例子.中国/报告.html?a=%zz"), Arbitraries.strings().all().ofMaxLength(40)).injectNull(0.1);
    }

    @Property(tries = 300)
    void anyBodyIsReadOrDroppedWithoutAnException(@ForAll("urls") String url, @ForAll("bodies") byte[] body,
                                                 @ForAll("contentTypes") String contentType) {
        List<Source> sources = Pages.read(url, body, contentType);
        assertThat(sources).isNotNull();
    }
}
