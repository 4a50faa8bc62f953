package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import govsearch.report.Source;

class PagesTest {

    private static final String TEMPLATE_URL = "http://fanwen.example.com/baogao/qingkuang/2.html";
    private static final List<String> CHROME = List.of("推荐度", "相关信息", "热门信息", "点击下载", "上一篇", "下一篇",
            "版权所有", "Copyright", "ICP备", "查看人数", "发布时间", "当前位置", "小编", "首页", "广告", "_hmt");

    private static List<Source> templatePage(byte[] bytes, String contentType) {
        return Pages.read(TEMPLATE_URL, bytes, contentType);
    }

    @Test
    void aGbkTemplatePageLabelledGb2312SplitsIntoItsFourReports() {
        byte[] bytes = Fixtures.gbk(Fixtures.text("template-multi.html"));

        List<Source> sources = templatePage(bytes, "text/html");

        assertThat(sources).extracting(Source::title).containsExactly(
                "2020年县委统战部工作情况报告",
                "xx镇统一战线工作情况报告",
                "关于全县民族宗教工作的情况报告",
                "统战情况报告4篇 篇四");
        assertThat(sources).extracting(Source::url).containsExactly(
                TEMPLATE_URL + "#篇一", TEMPLATE_URL + "#篇二", TEMPLATE_URL + "#篇三", TEMPLATE_URL + "#篇四");
        assertThat(sources.get(0).text()).contains("县委副书记王堃同志");
        assertThat(sources.get(1).text()).contains("李镕同志");
    }

    @Test
    void noChromeReachesAnyReport() {
        List<Source> sources = templatePage(Fixtures.gbk(Fixtures.text("template-multi.html")), null);

        assertThat(sources).hasSize(4).allSatisfy(s -> {
            for (String chrome : CHROME) {
                assertThat(s.text()).as(s.url()).doesNotContain(chrome);
            }
            assertThat(s.text()).doesNotContain("\uFFFD", "★", "统战部调研报告", "述职报告范文");
        });
        assertThat(sources.getLast().text()).endsWith("组织新的社会阶层人士开展调研，形成建议20余条。");
    }

    @Test
    void reportTextsKeepOneParagraphALineWithHeadingsOnTheirOwnLines() {
        Source first = templatePage(Fixtures.gbk(Fixtures.text("template-multi.html")), null).getFirst();

        assertThat(first.text().lines()).containsExactly(
                "2020年，县委统战部在县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、服务大局，"
                        + "凝心聚力、团结奋进，各项工作取得了新的成效。现将有关情况报告如下：",
                "一、主要工作开展情况",
                "（一）加强思想政治引领。组织全县党外代表人士开展专题学习12次，举办党外干部培训班2期，参训人员达160余人次。",
                "（二）推进多党合作事业。支持各民主党派开展参政议政，全年共提交调研报告8篇、社情民意信息35条，县委副书记王堃同志多次作出批示。",
                "（三）做好民族宗教工作。深入开展民族团结进步创建活动，全县宗教活动场所安全隐患排查实现全覆盖。",
                "二、存在的问题",
                "1.统战工作的宣传力度还不够大。",
                "2.党外代表人士队伍建设有待加强。",
                "三、下一步工作打算",
                "一是加强理论学习，二是加强队伍建设，三是加强制度建设，推动统战工作再上新台阶。");
    }

    @Test
    void thePublishDateAndTheBreadcrumbsReportKindGoToEverySource() {
        List<Source> sources = templatePage(Fixtures.gbk(Fixtures.text("template-multi.html")), null);

        assertThat(sources).allSatisfy(s -> {
            assertThat(s.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 5));
            assertThat(s.docType()).isEqualTo("情况报告");
            assertThat(s.year()).isNull();
            assertThat(s.region()).isNull();
        });
    }

    @Test
    void aMetaTagSayingUtf8OnGbkBytesIsOverruled() {
        String lying = Fixtures.text("template-multi.html").replace("charset=gb2312", "charset=utf-8");

        List<Source> sources = templatePage(Fixtures.gbk(lying), null);

        assertThat(sources).hasSize(4);
        assertThat(sources.getFirst().title()).isEqualTo("2020年县委统战部工作情况报告");
        assertThat(sources.get(1).text()).contains("李镕同志").doesNotContain("\uFFFD");
    }

    @Test
    void anHttpHeaderSayingUtf8OnGbkBytesIsOverruled() {
        List<Source> sources = templatePage(Fixtures.gbk(Fixtures.text("template-multi.html")),
                "text/html; charset=UTF-8");

        assertThat(sources).extracting(Source::title).contains("xx镇统一战线工作情况报告");
    }

    @Test
    void aUtf8PageWithABomAndNoMetaIsRead() {
        String html = "<html><head><title>2021年xx区工作总结_范文网</title></head><body>"
                + "<div class=\"article\"><h1>2021年xx区工作总结</h1><div class=\"info\">发布日期：2021年12月30日</div>"
                + "<div class=\"content\"><p>　　一年来，全区上下攻坚克难，经济社会发展稳中有进。</p>"
                + "<p>一、主要成绩</p><p>地区生产总值增长6.5%。</p></div></div></body></html>";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);

        List<Source> sources = Pages.read("https://www.example.org/z/1.html", bytes, null);

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("2021年xx区工作总结");
            assertThat(s.publishedAt()).isEqualTo(LocalDate.of(2021, 12, 30));
            assertThat(s.text()).isEqualTo("一年来，全区上下攻坚克难，经济社会发展稳中有进。\n一、主要成绩\n地区生产总值增长6.5%。");
            assertThat(s.url()).isEqualTo("https://www.example.org/z/1.html");
        });
    }

    @Test
    void anUnknownSiteIsReadByTheGenericFallbackKeepingParagraphsAndHeadings() {
        byte[] bytes = Fixtures.text("unknown-site-single.html").getBytes(StandardCharsets.UTF_8);

        List<Source> sources = Pages.read("https://www.xx.gov.cn/zwgk/dybg/202206/t20220618_1.html", bytes,
                "text/html;charset=utf-8");

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("关于xx县乡村振兴工作的调研报告");
            assertThat(s.publishedAt()).isEqualTo(LocalDate.of(2022, 6, 18));
            assertThat(s.docType()).isEqualTo("调研报告");
            assertThat(s.text().lines()).startsWith(
                    "为深入了解全县乡村振兴工作推进情况，县政府调研组于今年5月深入各乡镇开展专题调研，现将调研情况报告如下。",
                    "一、基本情况");
            assertThat(s.text().lines()).contains("（一）产业发展势头良好", "（二）人居环境明显改善",
                    "二、存在的主要问题", "1. 产业链条短，农产品精深加工不足。", "三、对策建议");
            assertThat(s.text().lines().toList().getLast()).startsWith("一要延伸产业链条");
            assertThat(s.text()).doesNotContain("热门信息", "最新动态", "县长主持召开", "打印本页", "版权所有",
                    "政务公开", "发布日期", "门户网站");
        });
    }

    @Test
    void aSavedFileIsReadWithoutAHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("统战情况报告4篇.html");
        Files.write(file, Fixtures.gbk(Fixtures.text("template-multi.html")));

        List<Source> sources = Pages.readFile(file);

        assertThat(sources).hasSize(4);
        assertThat(sources.getFirst().url()).isEqualTo(file.toUri() + "#篇一");
        assertThat(Pages.readFile(dir.resolve("missing.html"))).isEmpty();
    }

    @Test
    void brokenEmptyAndBinaryInputsGiveWhatCanBeReadAndNeverThrow() {
        assertThat(Pages.read(TEMPLATE_URL, new byte[0], null)).isEmpty();
        assertThat(Pages.read(TEMPLATE_URL, null, null)).isEmpty();
        // No address and a Content-Type naming no usable charset: the text is still read, not just "something".
        assertThat(Pages.read(null, "<p>正文。".getBytes(StandardCharsets.UTF_8), "garbage; charset=\""))
                .extracting(Source::text).containsExactly("正文。");
        assertThat(Pages.read("not a url", "<html><body><div><p>一、总体情况<p>正文。".getBytes(StandardCharsets.UTF_8),
                "text/html; charset=x-no-such")).extracting(Source::text).containsExactly("一、总体情况\n正文。");
        assertThat(Pages.read(TEMPLATE_URL, "<<<>>></div></p><script>x()".getBytes(StandardCharsets.UTF_8), null))
                .extracting(Source::text).containsExactly("<<<>>>");
        String deep = "<div>".repeat(20_000) + "正文" + "</div>".repeat(20_000);
        assertThatCode(() -> Pages.read(TEMPLATE_URL, deep.getBytes(StandardCharsets.UTF_8), null))
                .doesNotThrowAnyException();
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20210305L);
        byte[] template = Fixtures.gbk(Fixtures.text("template-multi.html"));
        for (int i = 0; i < 300; i++) {
            byte[] bytes;
            if (i % 3 == 0) {
                bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
            } else {
                // the real page with random bytes spliced in and cut short
                bytes = template.clone();
                for (int k = 0; k < 1 + random.nextInt(50); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            String header = random.nextBoolean() ? null : "text/html; charset=" + (random.nextBoolean() ? "gb2312" : "utf-8");
            byte[] input = bytes;
            assertThatCode(() -> {
                List<Source> sources = Pages.read(TEMPLATE_URL, input, header);
                assertThat(sources).isNotNull().doesNotContainNull();
            }).as("iteration %d", i).doesNotThrowAnyException();
        }
    }
}
