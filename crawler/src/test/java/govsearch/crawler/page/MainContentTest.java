package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import govsearch.report.Source;

class MainContentTest {

    private static final SiteRules NO_RULES = new SiteRules(List.of());

    @Test
    void theBlockWithMostTextAndLeastLinkTextWins() {
        Document page = Jsoup.parse("<body><div id=links><a>县长主持召开县政府常务会议研究部署近期重点工作</a>"
                + "<a>全县安全生产工作会议召开</a><a>县领导督导检查防汛工作情况</a></div>"
                + "<div id=wrap><div id=report><p>一、基本情况</p><p>全县辖8个乡镇。</p></div>"
                + "<ul><li><a>关于进一步优化营商环境的实施意见全文</a></li><li><a>2022年重点工作任务的通知全文</a></li></ul></div></body>");

        assertThat(MainContent.select(page).id()).isEqualTo("report");
    }

    @Test
    void structuralChromeAndChromeWordsNeverCount() {
        Document page = Jsoup.parse("<body><nav>首页 政务公开 互动交流 办事服务 政策解读 数据发布 新闻中心 专题专栏 走进本县 县情概况</nav>"
                + "<div id=main><p>一、基本情况</p><p>正文。</p><p>推荐度：★★★★★</p><p>上一篇：<a>甲</a></p>"
                + "<p>相关推荐信息</p></div><footer>版权所有 xx县人民政府办公室 主办 承办 技术支持 联系我们 网站地图</footer></body>");

        assertThat(BlockText.text(MainContent.select(page))).isEqualTo("一、基本情况\n正文。");
    }

    @Test
    void aTemplatePageReadWithoutItsRuleStillGivesFourCleanReports() {
        byte[] bytes = Fixtures.gbk(Fixtures.text("template-multi.html"));

        List<Source> sources = Pages.read("http://fanwen.example.com/2.html", bytes, null, NO_RULES);

        assertThat(sources).extracting(Source::title).containsExactly("2020年县委统战部工作情况报告",
                "xx镇统一战线工作情况报告", "关于全县民族宗教工作的情况报告", "统战情况报告4篇 篇四");
        assertThat(sources).allSatisfy(s -> assertThat(s.text())
                .doesNotContain("推荐度", "相关信息", "热门信息", "点击下载", "上一篇", "下一篇", "版权所有", "广告", "首页"));
        assertThat(sources.getLast().text()).endsWith("形成建议20余条。");
    }
}
