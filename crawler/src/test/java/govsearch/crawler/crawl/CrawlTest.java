package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.fetch.Fetched;
import govsearch.crawler.fetch.Fetcher;
import govsearch.crawler.store.PageStore;
import govsearch.report.Source;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls of {@link TestSite} on a real local HTTP server, checked against the server's own request log. */
class CrawlTest {

    static final Fetcher.Settings SMALL = new Fetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 << 10);

    /** The reports on the site, each once: four from the multi-report page, and one from each report page. */
    static final List<String> REPORT_PATHS = List.of("/reports/multi.html#篇一", "/reports/multi.html#篇二",
            "/reports/multi.html#篇三", "/reports/multi.html#篇四", "/reports/single.html", "/reports/orphan.html",
            "/reports/moved.html", "/reports/p2.html", "/reports/p3.html");

    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite(null);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    Crawl.Options options() {
        return Crawl.Options.of(List.of(site.url("/"))).withDelay(Duration.ofMillis(5)).withFetch(SMALL);
    }

    record Result(Crawl.Progress progress, List<Source> reports, Map<String, List<String>> urls, List<String> failures) {
    }

    Result crawl(Crawl.Options options) throws Exception {
        return crawl(options, null);
    }

    /** Crawls into tmp/crawl; {@code stopAtStored} stops the crawl once that many pages are stored. */
    Result crawl(Crawl.Options options, Integer stopAtStored) throws Exception {
        List<Source> found = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Crawl> self = new AtomicReference<>();
        Crawl crawl = new Crawl(tmp.resolve("crawl"), options, AddressPolicy.permissive(), found::add, new Crawl.Listener() {
            @Override
            public void progress(Crawl.Progress p) {
                if (stopAtStored != null && p.stored() >= stopAtStored) {
                    self.get().stop();
                }
            }

            @Override
            public void failure(String url, String reason) {
                failures.add(url.replace(site.base(), "") + ": " + reason);
            }
        });
        self.set(crawl);
        Crawl.Progress last = crawl.run();
        return new Result(last, List.copyOf(found), crawl.reportUrls(), List.copyOf(failures));
    }

    List<String> paths(List<Source> sources) {
        return sources.stream().map(s -> s.url().replace(site.base(), "")).toList();
    }

    @Test
    void aCrawlFindsEachReportOnceWithItsTitle() throws Exception {
        Result r = crawl(options());

        assertThat(paths(r.reports())).containsExactlyInAnyOrderElementsOf(REPORT_PATHS);
        assertThat(r.reports()).extracting(Source::title).contains("2020年县委统战部工作情况报告",
                "xx镇统一战线工作情况报告", "关于全县民族宗教工作的情况报告", "关于xx县乡村振兴工作的调研报告",
                "2019年xx市审计工作情况报告", "2018年xx区环境保护工作总结", "2021年xx县民政工作总结",
                "2021年xx县应急管理工作总结");
        assertThat(r.progress().reports()).isEqualTo(REPORT_PATHS.size());
    }

    @Test
    void reportsCarryThePublishDateTheirPagePrintsAndNoChrome() throws Exception {
        Result r = crawl(options());

        Source p2 = r.reports().stream().filter(s -> s.url().endsWith("/reports/p2.html")).findFirst().orElseThrow();
        assertThat(p2.publishedAt()).isEqualTo(java.time.LocalDate.of(2022, 1, 10));
        assertThat(r.reports()).allSatisfy(s -> assertThat(s.text())
                .doesNotContain("版权所有", "ICP备", "推荐度", "相关信息", "热门信息", "点击下载", "首页", "发布时间", "下一页"));
    }

    @Test
    void everyPageOfAPaginatedListIsFollowedToItsReports() throws Exception {
        crawl(options());

        assertThat(site.counts()).containsEntry("/list/1.html", 1).containsEntry("/list/2.html", 1)
                .containsEntry("/list/3.html", 1).containsEntry("/reports/p2.html", 1).containsEntry("/reports/p3.html", 1);
    }

    @Test
    void theSameArticleAtTwoUrlsIsOneReportWithBothUrls() throws Exception {
        Result r = crawl(options());

        assertThat(r.urls().get(site.url("/reports/p2.html")))
                .containsExactly(site.url("/reports/p2.html"), site.url("/mirror/p2.html"));
        assertThat(paths(r.reports())).doesNotContain("/mirror/p2.html");
    }

    @Test
    void aGbkPageLabelledGb2312ReadsAsTheSameTextAsItsUtf8Twin() throws Exception {
        crawl(options());

        Map<String, Fetched> stored = new java.util.HashMap<>();
        PageStore.read(tmp.resolve("crawl/pages.warc"), f -> stored.put(f.url().replace(site.base(), ""), f));
        Fetched gbk = stored.get("/reports/multi.html");
        Fetched utf8 = stored.get("/reports/multi-utf8.html");
        assertThat(gbk.contentType()).isEqualTo("text/html");
        assertThat(new String(gbk.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("charset=gb2312");
        assertThat(gbk.body()).isNotEqualTo(utf8.body());

        List<Source> fromGbk = govsearch.crawler.page.Pages.read(gbk.url(), gbk.body(), gbk.contentType());
        List<Source> fromUtf8 = govsearch.crawler.page.Pages.read(utf8.url(), utf8.body(), utf8.contentType());
        assertThat(fromGbk).hasSize(4);
        assertThat(fromGbk).extracting(Source::text).containsExactlyElementsOf(fromUtf8.stream().map(Source::text).toList());
        assertThat(fromGbk).extracting(Source::title).containsExactlyElementsOf(fromUtf8.stream().map(Source::title).toList());
        assertThat(String.join("\n", fromGbk.stream().map(Source::text).toList())).contains("王堃", "李镕").doesNotContain("\uFFFD");
    }

    @Test
    void theSameReportsUnderOtherChromeAndAnotherCharsetAreStoredOnceWithAllTheirUrls() throws Exception {
        Result r = crawl(options());

        // copy.html: 4 near; multi-utf8.html: 4 exact; mirror/p2.html: 1 exact
        assertThat(r.progress().duplicates()).isEqualTo(9);
        assertThat(r.urls().get(site.url("/reports/multi.html#篇一"))).containsExactly(site.url("/reports/multi.html#篇一"),
                site.url("/reports/copy.html#篇一"), site.url("/reports/multi-utf8.html#篇一"));
        assertThat(r.urls().get(site.url("/reports/multi.html#篇四"))).containsExactly(site.url("/reports/multi.html#篇四"),
                site.url("/reports/copy.html#篇四"), site.url("/reports/multi-utf8.html#篇四"));
    }

    @Test
    void urlsSpelledDifferentlyAreFetchedOnce() throws Exception {
        crawl(options());

        Map<String, Integer> counts = site.counts();
        assertThat(counts).containsEntry("/reports/multi.html", 1).containsEntry("/", 1);
        assertThat(counts.keySet()).doesNotContain("/index.html");
    }

    @Test
    void robotsTxtIsReadFirstAndForbiddenUrlsAreNeverRequested() throws Exception {
        Result r = crawl(options());

        assertThat(site.requests().getFirst().path()).isEqualTo("/robots.txt");
        assertThat(site.counts().keySet()).noneMatch(p -> p.startsWith("/private/") || p.startsWith("/calendar"));
        assertThat(r.failures()).contains("/private/trap.html?d=1: forbidden by robots.txt",
                "/calendar?d=20210301: forbidden by robots.txt", "/calendar?d=20210302: forbidden by robots.txt");
        assertThat(r.failures()).filteredOn(f -> f.startsWith("/calendar")).hasSize(2); // the trap never unfolds
    }

    @Test
    void everyRequestCarriesTheHonestUserAgent() throws Exception {
        crawl(options());

        assertThat(site.requests()).allSatisfy(req -> assertThat(req.headers().get("user-agent"))
                .startsWith("govsearch-crawler/0.1 (+https://"));
    }

    @Test
    void theSitemapSeedsTheFrontier() throws Exception {
        crawl(options());

        assertThat(site.counts()).containsEntry("/sitemap.xml", 1).containsEntry("/reports/orphan.html", 1);
    }

    @Test
    void redirectsAreFollowedAsNewLinks() throws Exception {
        Result r = crawl(options());

        assertThat(site.counts()).containsEntry("/old.html", 1).containsEntry("/reports/moved.html", 1);
        assertThat(paths(r.reports())).contains("/reports/moved.html");
    }

    @Test
    void missingBrokenSlowAndOversizedPagesAreFailuresAndTheCrawlGoesOn() throws Exception {
        site.slow(60_000);
        long start = System.nanoTime();
        Result r = crawl(options().withFetch(new Fetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(3), 64 << 10)));
        long took = System.nanoTime() - start;

        assertThat(r.failures()).contains("/missing.html: HTTP 404", "/error.html: HTTP 500",
                "/slow.html: timed out after 3 s");
        assertThat(r.failures()).anyMatch(f -> f.startsWith("/huge.html: larger than 64 KiB"));
        assertThat(paths(r.reports())).doesNotContain("/huge.html", "/slow.html", "/error.html");
        assertThat(r.reports()).hasSize(REPORT_PATHS.size());
        assertThat(site.counts()).containsEntry("/slow.html", 1).containsEntry("/error.html", 1);
        assertThat(Duration.ofNanos(took)).as("the slow page held the crawl").isLessThan(Duration.ofSeconds(40));
    }

    @Test
    void offSiteLinksAreNotEvenQueued() throws Exception {
        crawl(options());

        assertThat(java.nio.file.Files.readString(tmp.resolve("crawl/frontier.log")))
                .contains(site.url("/reports/single.html"))
                .doesNotContain("elsewhere.example.org", "mailto:");
    }

    @Test
    void requestsToAHostAreAtLeastTheDelayApart() throws Exception {
        Duration delay = Duration.ofMillis(60);
        crawl(options().withDelay(delay).withMaxPages(5));

        List<TestSite.Request> requests = site.requests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i).nanos() - requests.get(i - 1).nanos();
            assertThat(gap).as("gap before " + requests.get(i).path()).isGreaterThanOrEqualTo(delay.toNanos());
        }
    }

    @Test
    void aLongerCrawlDelayInRobotsTxtWins() throws Exception {
        site.close();
        site = new TestSite("0.25");
        crawl(options().withDelay(Duration.ofMillis(5)).withMaxPages(2));

        List<TestSite.Request> requests = site.requests();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < requests.size(); i++) {
            assertThat(requests.get(i).nanos() - requests.get(i - 1).nanos()).isGreaterThanOrEqualTo(250_000_000L);
        }
    }

    @Test
    void maxDepthZeroFetchesTheSeedsAndWhatTheSitemapsList() throws Exception {
        crawl(options().withMaxDepth(0));

        assertThat(site.counts().keySet()).containsExactlyInAnyOrder("/robots.txt", "/sitemap.xml", "/");
    }

    @Test
    void includeAndExcludePatternsChooseTheLinks() throws Exception {
        crawl(options().withPatterns(govsearch.crawler.url.UrlPattern.compile("/$|/reports/"),
                govsearch.crawler.url.UrlPattern.compile("copy")));

        assertThat(site.counts().keySet()).contains("/reports/multi.html", "/reports/orphan.html")
                .doesNotContain("/list/1.html", "/reports/copy.html", "/old.html");
    }

    @Test
    void everyResponseIsInTheWarcAndReadsBackAsFetched() throws Exception {
        crawl(options());

        List<Fetched> stored = new ArrayList<>();
        PageStore.read(tmp.resolve("crawl/pages.warc"), stored::add);
        assertThat(stored).extracting(f -> f.url().replace(site.base(), ""))
                .contains("/", "/reports/multi.html", "/old.html", "/missing.html", "/huge.html")
                .doesNotHaveDuplicates();
        Fetched multi = stored.stream().filter(f -> f.url().endsWith("/reports/multi.html")).findFirst().orElseThrow();
        assertThat(multi.body()).isEqualTo(TestSite.fixture("template-multi.html").getBytes(TestSite.GBK));
        assertThat(multi.status()).isEqualTo(200);
        assertThat(stored.stream().filter(f -> f.url().endsWith("/huge.html")).findFirst().orElseThrow().truncated()).isTrue();
        assertThat(stored.stream().filter(f -> f.url().endsWith("/old.html")).findFirst().orElseThrow().status()).isEqualTo(301);
    }

    @org.junit.jupiter.api.Timeout(60)
    @Test
    void aStoppedCrawlResumesWithoutFetchingAStoredPageAgainAndLosesNoReport() throws Exception {
        Result first = crawl(options(), 3);
        assertThat(first.progress().stored()).isLessThan(12);

        Result second = crawl(options());

        site.counts().forEach((path, n) -> {
            if (!path.equals("/robots.txt") && !path.equals("/sitemap.xml")) {
                assertThat(n).as(path).isEqualTo(1);
            }
        });
        assertThat(paths(second.reports())).containsExactlyInAnyOrderElementsOf(REPORT_PATHS);
        assertThat(second.progress().fetched()).isEqualTo(second.progress().stored() - first.progress().stored());
    }

    @Test
    void theBudgetCountsAcrossRuns() throws Exception {
        Result first = crawl(options().withMaxPages(3));
        Result second = crawl(options().withMaxPages(5));

        // The first run spends 3 of the 5 pages; the second fetches exactly the 2 left, and nothing twice.
        assertThat(first.progress().fetched()).isEqualTo(3);
        assertThat(second.progress().fetched()).isEqualTo(2);
        assertThat(second.progress().stored()).isEqualTo(first.progress().stored() + 2);
        site.counts().forEach((path, n) -> {
            if (!path.equals("/robots.txt") && !path.equals("/sitemap.xml")) {
                assertThat(n).as(path).isEqualTo(1);
            }
        });
        assertThat(site.counts().keySet().stream().filter(p -> !p.equals("/robots.txt") && !p.equals("/sitemap.xml")))
                .hasSize(5);
    }

    @Test
    void aRecrawlAsksConditionallyAndKeepsUnchangedPages() throws Exception {
        Result first = crawl(options());
        int before = site.requests().size();

        Result again = crawl(options().withRecrawl(true));

        List<TestSite.Request> recrawl = site.requests().subList(before, site.requests().size());
        assertThat(recrawl).filteredOn(q -> q.path().equals("/reports/multi.html")).singleElement()
                .satisfies(q -> assertThat(q.headers()).containsKey("if-none-match"));
        assertThat(again.progress().unchanged()).isGreaterThanOrEqualTo(8);
        assertThat(again.progress().stored()).isEqualTo(first.progress().stored() + (again.progress().fetched()
                - again.progress().unchanged()));
    }
}
