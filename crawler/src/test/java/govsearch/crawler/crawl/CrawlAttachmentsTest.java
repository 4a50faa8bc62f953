package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.document.MadeDocuments;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.fetch.Fetcher;
import govsearch.index.ReportList;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A government site as they are: the report page carries a notice and links the report itself as
 * attachments (附件), a PDF and a Word file whose texts open without a title line; and some pages
 * come gzip- or deflate-encoded whatever the request asked for. Crawled into a real index.
 */
class CrawlAttachmentsTest {

    static final Path CORPUS = Path.of("..", "corpus");
    static final String PAGE_TITLE = "2025年省政府工作报告（全文）";
    static final LocalDate PAGE_DATE = LocalDate.of(2025, 1, 27);

    @TempDir
    Path tmp;

    TestSite site;

    /** What the last crawl listed as failures, "url: reason". */
    List<String> lastFailures = List.of();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite(null);
        site.put("/zwgk/list.html", "text/html; charset=utf-8", page("政务公开", """
                <ul><li><a href="/zwgk/2025/report.html">2025年省政府工作报告（全文）</a></li>
                <li><a href="/zwgk/2025/gzip.html">2024年xx县水利工作总结</a></li>
                <li><a href="/zwgk/2025/deflate.html">2024年xx县林业工作总结</a></li></ul>"""));
        site.put("/zwgk/2025/report.html", "text/html; charset=utf-8", page(PAGE_TITLE,
                "<div class=\"article\"><h1>" + PAGE_TITLE + "</h1><div class=\"info\">发布时间：2025-01-27 来源：省政府办公厅</div>"
                        + "<div class=\"content\"><p>现将2025年省政府工作报告全文公布如下。</p>"
                        + "<p>附件：<a href=\"/uploads/2025/report-full.pdf\">1.政府工作报告（全文）.pdf</a> "
                        + "<a href=\"/uploads/2025/report-plan.docx\">2.政府工作报告（附表）.docx</a> "
                        + "<a href=\"/private/2025/internal.pdf\">3.内部材料.pdf</a> "
                        + "<a href=\"/uploads/big/scans.pdf\">4.扫描件.pdf</a></p></div></div>"));
        site.put("/private/2025/internal.pdf", "application/pdf",
                MadeDocuments.pdf(List.of("内部材料", "不应被抓取的附件。"), "内部", "%d"));
        byte[] big = new byte[6 << 20]; // over the crawl's 4 MB cap
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        site.put("/uploads/big/scans.pdf", "application/pdf", big);
        site.put("/uploads/2025/report-full.pdf", "application/pdf",
                MadeDocuments.pdf(MadeDocuments.paragraphs(untitled("provincial-2025/hebei-2025.txt")), "河北省人民政府", "— %d —"));
        // Word files are often served with a generic type: what the bytes are decides
        site.put("/uploads/2025/report-plan.docx", "application/octet-stream",
                MadeDocuments.docx(MadeDocuments.paragraphs(untitled("provincial-2025/henan-2025.txt"))));
        site.putEncoded("/zwgk/2025/gzip.html", "text/html; charset=utf-8", "gzip",
                gzip(report("2024年xx县水利工作总结", "2025-01-08", "新建改造农村供水工程36处，治理水土流失面积42平方公里。")));
        site.putEncoded("/zwgk/2025/deflate.html", "text/html; charset=utf-8", "deflate",
                deflate(report("2024年xx县林业工作总结", "2025-01-09", "完成植树造林1.2万亩，森林覆盖率达到46.3%。")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void thePdfAndWordAttachmentsOfAReportPageAreIndexedAsReportsWithThePagesTitleAndDate() throws Exception {
        Map<String, Report> indexed = crawl();

        Map<String, String> texts = Map.of("/uploads/2025/report-full.pdf", "provincial-2025/hebei-2025.txt",
                "/uploads/2025/report-plan.docx", "provincial-2025/henan-2025.txt");
        for (Map.Entry<String, String> attachment : texts.entrySet()) {
            Report r = indexed.get(site.url(attachment.getKey()));
            assertThat(r).as(attachment.getKey() + " indexed; indexed: " + indexed.keySet()).isNotNull();
            assertThat(r.title()).as(attachment.getKey()).isEqualTo(PAGE_TITLE);
            assertThat(r.publishedAt()).as(attachment.getKey()).isEqualTo(PAGE_DATE);
            assertThat(r.year()).as(attachment.getKey()).isEqualTo(2025);
            Report plain = ReportReader.read(Source.of(attachment.getValue(), untitled(attachment.getValue())));
            assertThat(headings(r)).as(attachment.getKey() + ": the section tree of its plain text").isEqualTo(headings(plain));
        }
        assertThat(indexed.get(site.url("/uploads/2025/report-full.pdf")).region().province()).contains("河北");
        assertThat(indexed.get(site.url("/uploads/2025/report-plan.docx")).region().province()).contains("河南");
    }

    @Test
    void attachmentsPassTheChecksPagesPassRobotsTxtAndTheSizeCap() throws Exception {
        Map<String, Report> indexed = crawl();

        assertThat(site.counts()).as("forbidden by robots.txt: never asked for").doesNotContainKey("/private/2025/internal.pdf");
        assertThat(lastFailures).anyMatch(f -> f.startsWith(site.url("/private/2025/internal.pdf") + ": forbidden by robots.txt"));
        assertThat(lastFailures).as("over the size cap").anyMatch(f -> f.startsWith(site.url("/uploads/big/scans.pdf") + ": "));
        assertThat(indexed).doesNotContainKeys(site.url("/private/2025/internal.pdf"), site.url("/uploads/big/scans.pdf"));
    }

    @Test
    void pagesSentGzipOrDeflateEncodedAreReadAsTheirText() throws Exception {
        Map<String, Report> indexed = crawl();

        Report gzip = indexed.get(site.url("/zwgk/2025/gzip.html"));
        Report deflate = indexed.get(site.url("/zwgk/2025/deflate.html"));
        assertThat(gzip).as("indexed: " + indexed.keySet()).isNotNull();
        assertThat(deflate).isNotNull();
        assertThat(gzip.title()).isEqualTo("2024年xx县水利工作总结");
        assertThat(deflate.title()).isEqualTo("2024年xx县林业工作总结");
        assertThat(text(gzip)).contains("新建改造农村供水工程36处").doesNotContain("\uFFFD");
        assertThat(text(deflate)).contains("完成植树造林1.2万亩").doesNotContain("\uFFFD");
        assertThat(gzip.publishedAt()).isEqualTo(LocalDate.of(2025, 1, 8));
    }

    @Test
    void theWarcTheCrawlWroteImportsWithEveryReportTheCrawlIndexed() throws Exception {
        Map<String, Report> indexed = crawl();

        govsearch.crawler.files.ReportFiles files = govsearch.crawler.files.ReportFiles.read(List.of(tmp.resolve("crawl/pages.warc")));

        assertThat(files.failures()).as("the attachment over the size cap was stored cut, and says so")
                .extracting(govsearch.importer.Import.Failure::url).containsExactly(site.url("/uploads/big/scans.pdf"));
        assertThat(files.sources()).extracting(Source::url).as("what `govsearch import DIR/crawl/pages.warc` reads")
                .containsAll(indexed.keySet());
    }

    /** Crawls from the list page into a Lucene index on disk; the indexed reports by URL. */
    Map<String, Report> crawl() throws Exception {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Crawl.Options options = Crawl.Options.of(List.of(site.url("/zwgk/list.html"))).withDelay(Duration.ofMillis(5))
                .withPatterns(govsearch.crawler.url.UrlPattern.compile("/(zwgk|uploads|private)/"), null)
                .withFetch(new Fetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(10), 4 << 20));
        Map<String, Report> byUrl = new HashMap<>();
        try (LuceneReportIndex index = LuceneReportIndex.open(tmp.resolve("index"))) {
            CrawlIndexer.run(tmp.resolve("crawl"), options, AddressPolicy.permissive(), index, new Crawl.Listener() {
                @Override
                public void progress(Crawl.Progress p) {
                }

                @Override
                public void failure(String url, String reason) {
                    failures.add(url + ": " + reason);
                }
            }, p -> { }, c -> { });
            ReportList all = index.reports(0, 100);
            for (ReportList.Entry e : all.reports()) {
                byUrl.put(e.url(), index.report(e.id()).orElseThrow());
            }
        }
        lastFailures = List.copyOf(failures);
        assertThat(failures).as("nothing on the site fails to read").noneMatch(f -> f.contains("/uploads/2025/") || f.contains("/zwgk/2025/"));
        return byUrl;
    }

    /** A corpus text without its title line: the text opens with its first paragraph, as attachments often do. */
    static String untitled(String file) throws IOException {
        String text = Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8).strip();
        return text.substring(text.indexOf('\n') + 1);
    }

    static List<String> headings(Report r) {
        return r.sections().stream().map(s -> s.level() + " " + s.number() + " " + s.title()).toList();
    }

    static String text(Report r) {
        StringBuilder sb = new StringBuilder();
        r.sections().forEach(s -> sb.append(s.title()).append('\n').append(s.text()).append('\n'));
        return sb.toString();
    }

    static byte[] page(String title, String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "_某某省人民政府</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/list.html\">政务公开</a></div>" + body
                + "<div class=\"footer\">主办：某某省人民政府办公厅</div></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] report(String title, String date, String figures) {
        return page(title, "<div class=\"article\"><h1>" + title + "</h1><div class=\"info\">发布时间：" + date + "</div>"
                + "<div class=\"content\"><p>2024年，在县委、县政府的坚强领导下，各项工作取得明显成效。现将全年工作总结如下：</p>"
                + "<p>一、主要工作完成情况</p><p>" + figures + "</p>"
                + "<p>二、存在的问题</p><p>工作力量还比较薄弱，基层基础工作有待进一步夯实。</p>"
                + "<p>三、2025年工作打算</p><p>坚持稳中求进工作总基调，狠抓工作落实，推动各项工作高质量发展。</p></div></div>");
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(body);
        }
        return out.toByteArray();
    }
}
