package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Source;
import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Document pages of the common government CMSs, one fixture page per body container the gov-portal
 * rule knows, GB2312-labelled: the body read, the portal's tools and the 政府信息公开 table left out.
 */
class GovPortalPagesTest {

    static final List<String> BODIES = List.of("<div id=\"zoom\">", "<div class=\"TRS_Editor\">", "<div id=\"UCAP-CONTENT\">",
            "<div class=\"pages_content\">", "<div class=\"article-con\">", "<div class=\"article_con\">",
            "<div id=\"zoomcon\">", "<div class=\"bt-content\">", "<div class=\"TRS_UEDITOR\">");
    static final String REPORT = "<p>2024年，全市政务公开工作坚持以人民为中心，主动公开政府信息1260条。</p>"
            + "<p>一、主要工作</p><p>（一）深化重点领域信息公开，财政预决算、重大建设项目信息全部按时公开。</p>"
            + "<p>二、存在的问题</p><p>政策解读的形式还比较单一，基层政务公开标准化建设有待加强。</p>";
    static final List<String> TOOLS = List.of("字体", "打印", "关闭窗口", "分享到", "浏览次数", "收藏", "扫一扫");

    static String page(String body) {
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>政务公开年报_某市人民政府</title></head>"
                + "<body><div class=\"crumb\">当前位置：首页 &gt; 政务公开</div>"
                + "<table><tr><td>索引号：</td><td>11510000/2025-001</td><td>发布机构：</td><td>某市人民政府办公室</td></tr>"
                + "<tr><td>标题：</td><td>某市2024年政府信息公开工作年度报告</td><td>成文日期：</td><td>2025-01-10</td></tr>"
                + "<tr><td>发布日期：</td><td>2025-01-15</td><td>发文字号：</td><td></td></tr></table>"
                + "<div class=\"article-tools\">【字体：大 中 小】【打印本页】【关闭窗口】</div>"
                + body + REPORT + "<p>【字体：大 中 小】 【打印】 【关闭】</p><p>分享到：微信</p><p>浏览次数：88</p></div>"
                + "<div class=\"share\">分享到： 扫一扫在手机打开当前页</div><div>【收藏本页】</div></body></html>";
    }

    @Test
    void eachCmsBodyIsReadWithoutItsToolsAndTheTableGivesTitleAndDate() {
        for (String body : BODIES) {
            byte[] gbk = page(body).getBytes(Charset.forName("GBK"));
            List<Source> read = Pages.read("http://www.example.gov.cn/zwgk/t1.html", gbk, "text/html");

            assertThat(read).as(body).hasSize(1);
            Source s = read.getFirst();
            assertThat(s.title()).as(body).isEqualTo("某市2024年政府信息公开工作年度报告");
            assertThat(s.publishedAt()).as(body).hasToString("2025-01-15");
            assertThat(s.disclosure().writtenAt()).as(body).hasToString("2025-01-10");
            assertThat(s.disclosure().issuer()).isEqualTo("某市人民政府办公室");
            assertThat(s.text()).as(body).contains("主动公开政府信息1260条", "基层政务公开标准化建设有待加强")
                    .doesNotContain("索引号", "当前位置");
            for (String tool : TOOLS) {
                assertThat(s.text()).as(body + " " + tool).doesNotContain(tool);
            }
        }
    }

    @Test
    void aPageThatMerelyMentionsALabelHasNoTable() {
        var doc = Jsoup.parse("<div id=zoom><p>标题：关于做好信息公开工作的通知</p><p>正文内容，发布日期见文末。</p></div>");

        assertThat(DisclosureTable.read(doc)).isNull();
        assertThat(doc.text()).contains("标题：关于做好信息公开工作的通知");
    }

    @Test
    void aHostilePageOfDeeplyNestedLabelsIsReadInOnePassNotOneAPerElement() {
        StringBuilder b = new StringBuilder("<div>");
        b.append("<div>索引号：".repeat(20_000)).append("</div>".repeat(20_000)).append("</div>");
        var doc = Jsoup.parse(b.toString());

        assertThat(DisclosureTable.read(doc)).as("labels without values are no table").isNull();
    }

    @Test
    void ucapsOneElementLabelsAreReadWithThePrintedWordsAsEvidence() {
        var doc = Jsoup.parse("<ul><li><span>索 引 号：</span>11510000MB/2025-01</li><li><span>发文机关：</span>内江市人民政府</li>"
                + "<li><span>主题分类：</span>综合政务</li><li><span>有效性：</span>有效</li></ul><div id=zoom><p>正文</p></div>");

        DisclosureTable.Read t = DisclosureTable.read(doc);
        assertThat(t.disclosure().issuer()).isEqualTo("内江市人民政府");
        assertThat(t.disclosure().indexNumber()).isEqualTo("11510000MB/2025-01");
        assertThat(t.disclosure().of("issuer").quote()).isEqualTo("发文机关：内江市人民政府");
        assertThat(t.title()).isNull();
        assertThat(doc.text()).as("taken out of the page").doesNotContain("索").contains("正文");
    }
}
