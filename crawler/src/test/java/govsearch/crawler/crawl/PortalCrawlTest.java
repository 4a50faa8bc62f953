package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.fetch.Fetcher;
import govsearch.crawler.url.UrlPattern;
import govsearch.index.ReportList;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Disclosure;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A crawl of {@link PortalSite} — four columns of 24 reports, each paginated only by one pager form
 * of the common government CMSs, GB2312-labelled — into a real Lucene index on disk: once for the
 * class, each test reading what it needs from that crawl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalCrawlTest {

    Path tmp;
    TestSite site;
    PortalSite portal;
    Map<String, Report> indexed = new HashMap<>();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void crawl() throws Exception {
        tmp = Files.createTempDirectory("portal-crawl");
        site = new TestSite(null);
        portal = new PortalSite(site);
        Crawl.Options options = Crawl.Options.of(portal.seeds()).withDelay(Duration.ofMillis(1))
                .withPatterns(UrlPattern.compile("/(portal|private)/"), null)
                .withFetch(new Fetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(10), 4 << 20));
        try (LuceneReportIndex index = LuceneReportIndex.open(tmp.resolve("index"))) {
            CrawlIndexer.run(tmp.resolve("crawl"), options, AddressPolicy.permissive(), index, new Crawl.Listener() {
                @Override
                public void progress(Crawl.Progress p) {
                }

                @Override
                public void failure(String url, String reason) {
                    failures.add(url.replace(site.base(), "") + ": " + reason);
                }
            }, p -> { }, c -> { });
            ReportList all = index.reports(0, 500);
            for (ReportList.Entry e : all.reports()) {
                indexed.put(e.url().replace(site.base(), ""), index.report(e.id()).orElseThrow());
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        site.close();
        try (var files = Files.walk(tmp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aColumnPaginatedOnlyByItsPagerScriptIsCrawledWholeForEachPagerForm() {
        for (String column : List.of("trs", "ucap", "hanweb", "series")) {
            List<String> expected = portal.column(column).stream()
                    .map(i -> i.path().equals(PortalSite.NOTE_PAGE) ? PortalSite.NOTE_PDF : i.path()).toList();
            assertThat(expected.stream().filter(indexed::containsKey).count())
                    .as(column + ": 24 of 24; missing " + expected.stream().filter(p -> !indexed.containsKey(p)).toList())
                    .isEqualTo(PortalSite.REPORTS);
        }
        assertThat(indexed).as("the 96 reports and nothing else: no list page, no note").hasSize(4 * PortalSite.REPORTS);
    }

    @Test
    void eachPageIsFetchedOnceAndRobotsTxtIsStillObeyed() {
        assertThat(site.countsWithQuery()).as("every URL once").allSatisfy((url, n) -> assertThat(n).as(url).isEqualTo(1));
        assertThat(site.counts()).doesNotContainKey("/private/portal-secret.html");
        assertThat(failures).contains("/private/portal-secret.html: forbidden by robots.txt");
        assertThat(site.countsWithQuery()).as("the pagers' pages, and no page past their totals")
                .containsKeys("/portal/trs/index_2.html", "/portal/ucap/index_2.html", "/portal/series/list_3.html",
                        "/portal/hanweb/col/col4567/?pageNum=3&uid=4567")
                .doesNotContainKeys("/portal/trs/index_3.html", "/portal/ucap/index_3.html", "/portal/series/list_4.html",
                        "/portal/hanweb/col/col4567/?pageNum=4&uid=4567");
    }

    @Test
    void aPagerThatClaimsMorePagesThanTheBudgetIsBoundedByTheCrawlsLimits() throws Exception {
        try (TestSite other = new TestSite(null)) {
            other.put("/portal/big/index.html", PortalSite.GB2312, PortalSite.gbk("<html><head><meta charset=\"gb2312\">"
                    + "<title>列表</title></head><body><script>createPageHTML(400, 0, \"index\", \"html\");</script></body></html>"));
            Crawl.Options options = Crawl.Options.of(List.of(other.url("/portal/big/index.html"))).withDelay(Duration.ofMillis(1))
                    .withMaxPages(10).withFetch(new Fetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20));
            Crawl.Progress p = new Crawl(Files.createTempDirectory(tmp, "big"), options, AddressPolicy.permissive(), s -> { },
                    new Crawl.Listener() {
                        @Override
                        public void progress(Crawl.Progress p) {
                        }
                    }).run();

            long asked = other.counts().keySet().stream().filter(k -> k.startsWith("/portal/")).count();
            assertThat(asked).as("the page budget, not the pager's 400").isEqualTo(10);
            assertThat(p.queued()).as("the rest stays queued for a later run").isPositive();
        }
    }

    @Test
    void titleIssuerAndBothDatesComeFromTheTableAndTheYearFromTheTextTheDatesKeptApart() {
        List<PortalSite.Item> tabled = new ArrayList<>(portal.column("trs").subList(0, PortalSite.REPORTS - 1));
        tabled.addAll(portal.column("ucap"));
        for (PortalSite.Item item : tabled) {
            Report r = indexed.get(item.path());
            assertThat(r).as(item.path()).isNotNull();
            assertThat(r.title()).as("标题, not the <title> or the <h1>").isEqualTo(item.title());
            assertThat(r.publishedAt()).as("发布日期").isEqualTo(LocalDate.parse(item.published()));
            Disclosure d = r.understanding().disclosure();
            assertThat(d).as(item.path()).isNotNull();
            assertThat(r.understanding().issuer()).isEqualTo(item.issuer());
            assertThat(d.writtenAt()).as("成文日期, beside 发布日期").isEqualTo(LocalDate.parse(item.written()))
                    .isNotEqualTo(r.publishedAt());
            assertThat(d.validity()).isEqualTo("有效");
            Report textAlone = ReportReader.read(new Source(item.path(), item.text(), item.title(), null, null, null, null));
            assertThat(r.year()).as(item.path() + ": the year read from the text, not from either date").isEqualTo(textAlone.year());
        }
        Report gov = indexed.get(portal.column("trs").get(2).path());
        Disclosure d = gov.understanding().disclosure();
        assertThat(d.documentNumber()).isEqualTo("府发〔2025〕3号");
        assertThat(d.indexNumber()).isEqualTo("00859211X/2025-0003");
        assertThat(d.topic()).isEqualTo("综合政务\\其他");
        assertThat(d.of("issuer").quote()).as("the evidence as the page printed it").isEqualTo("发文机关：攀枝花市人民政府");
        assertThat(d.of("writtenAt").quote()).isEqualTo("成文日期：2025年01月03日");
        assertThat(indexed.get(portal.column("ucap").get(0).path()).understanding().disclosure().of("issuer").quote())
                .isEqualTo("发布机构：成都市人民政府办公室");
        assertThat(indexed.get(portal.column("hanweb").get(0).path()).understanding().disclosure())
                .as("a page with no table has none").isNull();
    }

    @Test
    void theNotePlusPdfPageGivesOneReportWithThePdfsTextAndThePagesTitleAndTable() {
        assertThat(indexed).containsKey(PortalSite.NOTE_PDF).doesNotContainKey(PortalSite.NOTE_PAGE);
        Report r = indexed.get(PortalSite.NOTE_PDF);
        assertThat(r.title()).isEqualTo(PortalSite.NOTE_TITLE);
        assertThat(r.publishedAt()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(r.understanding().issuer()).isEqualTo("内江市人民政府");
        assertThat(r.understanding().disclosure().writtenAt()).isEqualTo(LocalDate.of(2025, 1, 20));
        String firstParagraph = java.util.Arrays.stream(portal.pdfText.split("\n"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertThat(CrawlAttachmentsTest.text(r).replaceAll("\\s", ""))
                .contains(firstParagraph.replaceAll("\\s", "").substring(0, 30))
                .doesNotContain("现将全文公布如下");
        assertThat(failures).as("the OFD 附件 is listed as unread, with its reason")
                .contains(PortalSite.NOTE_OFD + ": " + PageReading.OFD_UNREAD);
        assertThat(site.counts()).as("and never asked for").doesNotContainKey(PortalSite.NOTE_OFD);
    }

    @Test
    void noPortalToolOrTableTextIsIndexed() {
        for (Map.Entry<String, Report> e : indexed.entrySet()) {
            String text = e.getValue().title() + "\n" + CrawlAttachmentsTest.text(e.getValue());
            for (String word : PortalSite.TOOL_WORDS) {
                assertThat(text).as(e.getKey()).doesNotContain(word);
            }
        }
    }
}
