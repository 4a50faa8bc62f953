package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.crawler.store.FrontierLog;
import govsearch.index.ReportList;
import govsearch.index.lucene.LuceneReportIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govsearch crawl}: its options, a crawl into the index, and a crawl killed with SIGKILL and started again. */
class CrawlCommandTest {

    @TempDir
    Path tmp;

    ReportSite site;

    @BeforeEach
    void start() throws Exception {
        site = new ReportSite(null);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    String seed() {
        return "http://127.0.0.1:" + site.port() + "/";
    }

    @Test
    void readsUrlsAndCrawlOptions() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"crawl", "http://www.gov.cn/", "--max-pages", "50", "--max-depth",
                "2", "--delay-ms", "1500", "--include", "/zwgk/", "--exclude", "\\.pdf$", "--all-hosts"});

        assertThat(cl.args()).containsExactly("http://www.gov.cn/");
        assertThat(cl.crawl().maxPages()).isEqualTo(50);
        assertThat(cl.crawl().maxDepth()).isEqualTo(2);
        assertThat(cl.crawl().delayMs()).isEqualTo(1500);
        assertThat(cl.crawl().include().regex()).isEqualTo("/zwgk/");
        assertThat(cl.crawl().allHosts()).isTrue();
        assertThat(CrawlCommand.options(cl).delay().toMillis()).isEqualTo(1500);
    }

    @Test
    void badCrawlArgumentsAreExplained() {
        assertInvalid("crawl needs at least one URL", "crawl");
        assertInvalid("not an http(s) URL: 'www.gov.cn'", "crawl", "www.gov.cn");
        assertInvalid("--max-pages must be a number, got 'many'", "crawl", "http://a.cn/", "--max-pages", "many");
        assertInvalid("--max-pages must be at least 1", "crawl", "http://a.cn/", "--max-pages", "0");
        assertInvalid("--delay-ms must be at least 0", "crawl", "http://a.cn/", "--delay-ms", "-5");
        assertInvalid("--include '([' is not a regular expression", "crawl", "http://a.cn/", "--include", "([");
        // what only a backtracking engine can run is refused, not run for minutes (issue 15)
        assertInvalid("--exclude '(a)\\1' is not a regular expression the crawl can run", "crawl", "http://a.cn/",
                "--exclude", "(a)\\1");
        assertInvalid("without backreferences or lookaround", "crawl", "http://a.cn/", "--include", "/zwgk/(?=2024)");
        assertInvalid("--max-depth applies to crawl only", "import", "x", "--max-depth", "2");
    }

    @Test
    void aCrawlIndexesWhatItFindsAndPrintsASummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = CommandLine.parse(new String[]{"crawl", seed(), "--data", tmp.resolve("data").toString(),
                "--delay-ms", "5"});

        int status = CrawlCommand.run(cl, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("6 reports found", "6 added to the index", "pages.warc");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("fetched", "queued", "reports found",
                "/private/secret.html: forbidden by robots.txt");
        try (LuceneReportIndex index = LuceneReportIndex.open(DataDir.index(tmp.resolve("data")))) {
            assertThat(index.size()).isEqualTo(ReportSite.REPORTS);
        }
    }

    @Test
    void aCrawlKilledHalfWayResumesFetchingNoStoredPageAgainAndIndexesEveryReportOnce() throws Exception {
        Path data = tmp.resolve("data");
        Path log = DataDir.crawl(data).resolve("frontier.log");
        Process first = Jvm.govsearch(tmp.resolve("first.txt"), "crawl", seed(), "--data", data.toString(), "--delay-ms", "150");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (storedLines(log) < 3 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Set<String> storedAtKill;
        try (FrontierLog recovered = FrontierLog.open(log)) {
            storedAtKill = new HashSet<>(recovered.state().stored().keySet());
        }
        assertThat(storedAtKill.size()).as("killed half way").isBetween(3, ReportSite.REPORTS);
        Map<String, Integer> before = site.counts();

        Process second = Jvm.govsearch(tmp.resolve("second.txt"), "crawl", seed(), "--data", data.toString(), "--delay-ms", "5");
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(tmp.resolve("second.txt"))).isZero();

        Map<String, Integer> after = site.counts();
        for (String url : storedAtKill) {
            String path = url.substring(url.indexOf('/', 8));
            assertThat(after.get(path)).as("stored before the kill, not asked again: " + path).isEqualTo(before.get(path));
        }
        after.forEach((path, n) -> {
            if (!path.equals("/robots.txt")) {
                assertThat(n).as(path + ": at most the one request in flight at the kill again").isLessThanOrEqualTo(2);
            }
        });
        try (LuceneReportIndex index = LuceneReportIndex.open(DataDir.index(data))) {
            ReportList all = index.reports(0, 100);
            Set<String> urls = new HashSet<>();
            all.reports().forEach(r -> assertThat(urls.add(r.url())).as("once: " + r.url()).isTrue());
            assertThat(all.total()).isEqualTo(ReportSite.REPORTS);
        }
    }

    private static long storedLines(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.startsWith("S\t")).count() : 0;
        } catch (Exception racing) {
            return 0;
        }
    }

    private static void assertInvalid(String message, String... argv) {
        assertThatThrownBy(() -> CommandLine.parse(argv)).isInstanceOf(CommandLine.Invalid.class).hasMessageContaining(message);
    }
}
