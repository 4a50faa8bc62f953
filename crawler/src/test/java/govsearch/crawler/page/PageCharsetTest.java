package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageCharsetTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GB2312 = Charset.forName("GB2312");

    private static String page(String meta, String body) {
        return "<html><head>" + meta + "<title>情况报告</title></head><body><p>" + body + "</p></body></html>";
    }

    private static final String REPORT = "县委副书记王堃同志、党外知识分子李镕同志参加了会议。"
            + "2020年，县委统战部在县委的坚强领导下，围绕中心、服务大局，凝心聚力、团结奋进，各项工作取得了新的成效。";

    @Test
    void gb2312LabelledPagesAreDecodedAsGb18030SoGbkOnlyCharactersSurvive() {
        byte[] bytes = Fixtures.gbk(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", REPORT));
        assertThat(GB2312.newEncoder().canEncode("镕")).as("镕 is GBK-only").isFalse();

        PageCharset.Decoded decoded = PageCharset.decode(bytes, null);

        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.text()).contains("王堃", "李镕").doesNotContain("\uFFFD");
    }

    @Test
    void theGbFamilyOfLabelsAllMeanGb18030() {
        for (String label : new String[] {"gb2312", "GBK", "x-gbk", "GB18030", "cp936", "windows-936", " Gb2312 "}) {
            assertThat(PageCharset.forLabel(label)).as(label).isEqualTo(GB18030);
        }
        assertThat(PageCharset.forLabel("no-such-charset")).isNull();
        assertThat(PageCharset.forLabel("")).isNull();
    }

    @Test
    void theHttpHeaderIsBelievedBeforeTheMetaTag() {
        byte[] bytes = Fixtures.gbk(page("<meta charset=\"utf-8\">", REPORT));

        PageCharset.Decoded decoded = PageCharset.decode(bytes, "text/html; charset=GBK");

        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.text()).contains(REPORT);
    }

    @Test
    void metaCharsetAndHttpEquivAreBothRead() {
        assertThat(PageCharset.fromMeta("<meta charset='gbk'>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(GB18030);
        assertThat(PageCharset.fromMeta(
                "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=utf-8\">".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.fromMeta("<meta name=\"keywords\" content=\"报告\">".getBytes(StandardCharsets.UTF_8)))
                .isNull();
    }

    @Test
    void aByteOrderMarkDecidesAndIsNotPartOfTheText() {
        byte[] html = page("", REPORT).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[html.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(html, 0, bytes, 3, html.length);

        PageCharset.Decoded decoded = PageCharset.decode(bytes, "text/html; charset=gb2312");

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).startsWith("<html>").contains(REPORT);
    }

    @Test
    void aMetaTagThatLiesIsOverruledWhenDetectionLeavesFewerReplacementCharacters() {
        byte[] bytes = Fixtures.gbk(page("<meta charset=\"utf-8\">", REPORT));

        PageCharset.Decoded decoded = PageCharset.decode(bytes, null);

        assertThat(decoded.charset()).isEqualTo(GB18030);
        assertThat(decoded.text()).contains(REPORT).doesNotContain("\uFFFD");
    }

    @Test
    void aPageWithoutLabelsIsDetected() {
        String html = page("", REPORT);

        assertThat(PageCharset.decode(Fixtures.gbk(html), null).text()).contains(REPORT);
        assertThat(PageCharset.decode(html.getBytes(StandardCharsets.UTF_8), null).text()).contains(REPORT);
    }

    @Test
    void aTrueLabelIsKeptEvenWhenThePageHasAFewBrokenBytes() {
        byte[] good = page("<meta charset=\"utf-8\">", REPORT).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = good.clone();
        bytes[bytes.length / 2] = (byte) 0xFF;

        PageCharset.Decoded decoded = PageCharset.decode(bytes, null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains("李镕同志");
    }

    @Test
    void utf8BytesLabelledGb2312AreReadAsUtf8() {
        byte[] bytes = page("<meta charset=\"gb2312\">", REPORT).getBytes(StandardCharsets.UTF_8);

        PageCharset.Decoded decoded = PageCharset.decode(bytes, null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).contains(REPORT);
    }
}
