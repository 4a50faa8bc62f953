package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.document.MadeDocuments;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.fetch.Fetched;
import govsearch.crawler.fetch.Fetcher;
import govsearch.crawler.store.PageStore;
import govsearch.report.Source;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README promises of a crawl's limits, on {@link TestSite}'s real local server: redirects
 * stop after 5 hops, a site's Crawl-delay counts up to 30 s, pages, texts and PDFs are read and
 * images are not, and the fetch defaults are 10 s to connect, 30 s to read and 5 MB a response.
 */
class CrawlPolicyTest {

    static final String REPORT = "2024年xx县交通运输工作总结。一、主要工作：新建改造农村公路128公里，"
            + "完成危桥改造15座，开通城乡公交线路6条，建制村通客车率保持100%。二、下一步打算：加快推进四好农村路建设。";

    static final String WATER = "2024年xx县水利工作总结。一、主要工作：新建改造农村供水工程36处，治理水土流失面积42平方公里，"
            + "完成病险水库除险加固9座。二、存在问题：农田水利设施老化。三、下一步打算：推进灌区续建配套与节水改造。";
    static final String FOREST = "2024年xx县林业工作总结。一、主要工作：完成植树造林1.2万亩，森林覆盖率达到46.3%，"
            + "全年未发生重大森林火灾。二、存在问题：林业产业链条短。三、下一步打算：发展林下经济，建设国家储备林基地。";
    static final String CIVIL = "2024年xx县民政工作总结。一、主要工作：发放城乡低保金3100万元，新建养老服务中心4所，"
            + "婚姻登记合格率100%。二、存在问题：基层民政力量薄弱。三、下一步打算：健全分层分类社会救助体系。";

    @TempDir
    Path tmp;

    TestSite site;
    final List<Source> reports = Collections.synchronizedList(new ArrayList<>());
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        site = new TestSite(null);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Crawl crawl(Crawl.Options options) {
        return new Crawl(tmp.resolve("crawl"), options, AddressPolicy.permissive(), reports::add, new Crawl.Listener() {
            @Override
            public void progress(Crawl.Progress p) {
            }

            @Override
            public void failure(String url, String reason) {
                failures.add(url.replace(site.base(), "") + ": " + reason);
            }
        });
    }

    /** The given URLs only (depth 0), a few ms apart, with the given fetch settings. */
    void crawlPaths(Fetcher.Settings fetch, String... paths) throws Exception {
        List<String> seeds = java.util.Arrays.stream(paths).map(site::url).toList();
        crawl(Crawl.Options.of(seeds).withMaxDepth(0).withDelay(Duration.ofMillis(5)).withFetch(fetch)).run();
    }

    /** The reports found under this test's own paths (the site's sitemap adds one of its own). */
    List<String> reportPaths() {
        return reports.stream().map(s -> s.url().replace(site.base(), "")).filter(p -> !p.startsWith("/reports/")).toList();
    }

    @Test
    void aChainOfSevenRedirectsIsFollowedFiveHopsAndTheSixthIsNot() throws Exception {
        for (int i = 0; i < 7; i++) {
            site.redirect("/hop/" + i + ".html", "/hop/" + (i + 1) + ".html");
        }
        site.put("/hop/7.html", "text/html; charset=utf-8", html("终点", REPORT));

        crawlPaths(CrawlTest.SMALL, "/hop/0.html");

        // 0 → 1 → 2 → 3 → 4 → 5 are the five hops; 5 → 6 would be the sixth
        for (int i = 0; i <= 5; i++) {
            assertThat(site.counts()).as("hop " + i).containsEntry("/hop/" + i + ".html", 1);
        }
        assertThat(site.counts()).doesNotContainKeys("/hop/6.html", "/hop/7.html");
        assertThat(failures).contains("/hop/5.html: more than 5 redirects");
        assertThat(reportPaths()).doesNotContain("/hop/7.html");
    }

    @Test
    void aChainOfFiveRedirectsReachesItsReport() throws Exception {
        for (int i = 0; i < 5; i++) {
            site.redirect("/hop/" + i + ".html", "/hop/" + (i + 1) + ".html");
        }
        site.put("/hop/5.html", "text/html; charset=utf-8", html("终点", REPORT));

        crawlPaths(CrawlTest.SMALL, "/hop/0.html");

        assertThat(reportPaths()).contains("/hop/5.html");
        assertThat(failures).noneMatch(f -> f.contains("redirects"));
    }

    /** The decision, not the wait: a crawl that waited 30 s between requests would make a 30 s test. */
    @Test
    void aCrawlDelayOfSixtySecondsIsHonouredForThirty() throws Exception {
        site.close();
        site = new TestSite("60");
        String page = site.url("/reports/single.html");
        Crawl crawl = crawl(Crawl.Options.of(List.of(page)).withDelay(Duration.ofMillis(1000)).withFetch(CrawlTest.SMALL));

        assertThat(crawl.politeDelay(page)).isEqualTo(Duration.ofSeconds(30));
        assertThat(site.counts()).containsOnlyKeys("/robots.txt");
        close(crawl);
    }

    @Test
    void aCrawlDelayShorterThanTheCrawlsOwnLeavesTheCrawlsOwn() throws Exception {
        site.close();
        site = new TestSite("0.25");
        String page = site.url("/reports/single.html");
        Crawl crawl = crawl(Crawl.Options.of(List.of(page)).withDelay(Duration.ofMillis(1000)).withFetch(CrawlTest.SMALL));

        assertThat(crawl.politeDelay(page)).isEqualTo(Duration.ofMillis(1000));
        close(crawl);
    }

    @Test
    void pagesTextsAndPdfsAreReadAndImagesAreNot() throws Exception {
        site.put("/r/page.html", "text/html; charset=utf-8", html("2024年xx县交通运输工作总结", REPORT));
        site.put("/r/plain.txt", "text/plain; charset=utf-8", WATER.getBytes(StandardCharsets.UTF_8));
        site.put("/r/report.pdf", "application/pdf", MadeDocuments.pdf(MadeDocuments.paragraphs(FOREST), "xx县人民政府", "— %d —"));
        byte[] png = png(CIVIL);
        // a reader that took the image's bytes for text would find the report in its iTXt chunk
        assertThat(new String(png, StandardCharsets.UTF_8)).contains("民政工作总结");
        site.put("/r/chart.png", "image/png", png);
        site.put("/r/chart-served-as-page.html", "text/html; charset=utf-8", png); // a misconfigured server

        crawlPaths(CrawlTest.SMALL, "/r/page.html", "/r/plain.txt", "/r/report.pdf", "/r/chart.png",
                "/r/chart-served-as-page.html");

        assertThat(site.counts()).containsKeys("/r/chart.png", "/r/chart-served-as-page.html");
        assertThat(reportPaths()).containsExactlyInAnyOrder("/r/page.html", "/r/plain.txt", "/r/report.pdf");
        assertThat(reports).noneMatch(s -> s.text().contains("民政工作总结"));
    }

    @Test
    void theFetchDefaultsAreTenSecondsToConnectThirtyToReadAndFiveMegabytes() {
        Fetcher.Settings d = Fetcher.Settings.DEFAULTS;

        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.maxBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(d.maxDecodedBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(Crawl.Options.of(List.of("https://www.example.gov.cn/")).fetch()).isEqualTo(d);
    }

    @Test
    void aPageOverFiveMegabytesIsStoredCutAndNotRead() throws Exception {
        String padding = "<p>" + "统计数据表格。".repeat(300_000) + "</p>"; // 6.3 MB of UTF-8
        site.put("/r/big.html", "text/html; charset=utf-8", html("2024年xx县交通运输工作总结", REPORT + "</p>" + padding + "<p>"));
        site.put("/r/small.html", "text/html; charset=utf-8", html("2024年xx县水利工作总结", WATER));

        crawlPaths(Fetcher.Settings.DEFAULTS, "/r/big.html", "/r/small.html");

        assertThat(failures).contains("/r/big.html: larger than 5120 KiB; stored cut, not read");
        assertThat(reportPaths()).containsExactly("/r/small.html");
        List<Fetched> stored = new ArrayList<>();
        PageStore.read(tmp.resolve("crawl/pages.warc"), stored::add);
        Fetched big = stored.stream().filter(f -> f.url().endsWith("/r/big.html")).findFirst().orElseThrow();
        assertThat(big.truncated()).isTrue();
        assertThat(big.body()).hasSize(5 << 20);
    }

    /** A stopped crawl's run fetches nothing and closes its connections. */
    private static void close(Crawl crawl) throws Exception {
        crawl.stop();
        crawl.run();
    }

    private static byte[] html(String title, String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"article\"><h1>" + title + "</h1><div class=\"content\"><p>" + body + "</p></div></div>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** A real PNG written by ImageIO, carrying {@code text} uncompressed in an iTXt chunk as a caption. */
    private static byte[] png(String text) throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
        IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
        entry.setAttribute("keyword", "Description");
        entry.setAttribute("compressionFlag", "FALSE");
        entry.setAttribute("compressionMethod", "0");
        entry.setAttribute("languageTag", "zh");
        entry.setAttribute("translatedKeyword", "");
        entry.setAttribute("text", text);
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        itxt.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(itxt);
        meta.mergeTree("javax_imageio_png_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(new IIOImage(image, null, meta));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
