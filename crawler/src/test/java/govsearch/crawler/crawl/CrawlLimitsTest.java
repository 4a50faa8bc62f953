package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.url.UrlPattern;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile site cannot do to a crawl (issue 15): a sitemap past the protocol's limits ends the
 * crawl with the reason instead of filling the heap; a backtracking-bait include pattern runs in
 * linear time. The site is a real HTTP server on 127.0.0.1.
 */
class CrawlLimitsTest {

    @TempDir
    Path tmp;

    HttpServer server;
    final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            asked.add(path);
            byte[] body = gzipped.get(path);
            if (body != null && path.endsWith(".html")) {
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } else if (body == null) {
                byte[] page = "<html><body><a href=\"/b.html\">b</a></body></html>".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(path.equals("/robots.txt") ? 404 : 200, page.length);
                ex.getResponseBody().write(page);
            } else {
                ex.getResponseHeaders().add("Content-Type", "application/xml");
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Crawl crawl(Crawl.Options options, List<String> failures) {
        return new Crawl(tmp.resolve("crawl"), options.withDelay(Duration.ZERO), AddressPolicy.permissive(), s -> { },
                new Crawl.Listener() {
                    @Override
                    public void progress(Crawl.Progress p) {
                    }

                    @Override
                    public void failure(String url, String reason) {
                        failures.add(url + ": " + reason);
                    }
                });
    }

    static byte[] sitemap(String base, int urls) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write("<urlset>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < urls; i++) {
                gz.write(("<url><loc>" + base + "/r/" + (i % 100) + ".html</loc></url>\n").getBytes(StandardCharsets.UTF_8));
            }
            gz.write("</urlset>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** 60 MB of XML in a few hundred KB of gzip: past the protocol's 50 MB, a compression bomb. */
    @Test
    void aSitemapThatExpandsPastFiftyMegabytesEndsTheCrawlWithTheReason() throws Exception {
        gzipped.put("/sitemap.xml", sitemap(base(), 1_500_000));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Crawl crawl = crawl(Crawl.Options.of(List.of(base() + "/")).withMaxPages(20), failures);

        assertThatThrownBy(crawl::run).isInstanceOf(Crawl.Aborted.class)
                .hasMessageContaining(base() + "/sitemap.xml").hasMessageContaining("expands past 50 MB once decoded");
        assertThat(failures).anyMatch(f -> f.contains("a compression bomb?"));
        assertThat(asked).as("no page the sitemap listed was fetched").noneMatch(p -> p.startsWith("/r/"));
    }

    /** 80,000 URLs in 4 MB: a site that outgrew its sitemap. The first 50,000 are queued, the crawl goes on. */
    @Test
    void aSitemapListingMoreThanTheProtocolAllowsIsCutAndTheCrawlGoesOn() throws Exception {
        gzipped.put("/sitemap.xml", sitemap(base(), 80_000));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Crawl.Progress done = crawl(Crawl.Options.of(List.of(base() + "/")).withMaxPages(5), failures).run();

        assertThat(failures).contains(base() + "/sitemap.xml: lists 80,000 URLs, more than the 50,000 of the sitemap "
                + "protocol; the first 50,000 are kept");
        assertThat(done.fetched()).isEqualTo(5);
        assertThat(asked).anyMatch(p -> p.startsWith("/r/"));
    }

    /** 100 MB of HTML in about 100 KB of gzip: the page fails with the reason, the crawl goes on. */
    @Test
    void aPageThatExpandsPastTheDecodedCapFailsAndTheCrawlGoesOn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            byte[] paragraphs = "<p>关于统计工作的报告</p>".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L << 20; written += paragraphs.length) {
                gz.write(paragraphs);
            }
        }
        gzipped.put("/bomb.html", out.toByteArray());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Crawl.Progress done = crawl(Crawl.Options.of(List.of(base() + "/bomb.html", base() + "/a.html"))
                .withMaxPages(3), failures).run();

        assertThat(out.size()).isLessThan(1 << 20);
        assertThat(failures).anyMatch(f -> f.startsWith(base() + "/bomb.html: Content-Encoding gzip expands past the"));
        assertThat(asked).contains("/bomb.html", "/a.html", "/b.html");
        assertThat(done.stored()).isEqualTo(3);
    }

    /** Nested tags parse to 10–40 times their size: a page of half a million is refused before parsing. */
    @Test
    void aPageOfTooManyTagsIsNotParsedAndTheCrawlGoesOn() throws Exception {
        gzipped.put("/nested.html", gzip("<html><body>" + "<b>".repeat(500_000) + "</body></html>"));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Crawl.Progress done = crawl(Crawl.Options.of(List.of(base() + "/nested.html", base() + "/a.html")), failures).run();

        assertThat(failures).contains(base() + "/nested.html: more than 400,000 tags; not read (a markup bomb?)");
        assertThat(asked).contains("/b.html");
        assertThat(done.stored()).isEqualTo(3);
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /**
     * The safety net under the limits: an OutOfMemoryError in a worker (raised here where a real
     * one would surface, in the middle of a page's commit) ends the crawl with the reason. Before,
     * it killed the worker while it held its host, and the crawl hung or said it was done.
     */
    @Test
    void runningOutOfMemoryInAWorkerEndsTheCrawlWithTheReason() {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        Crawl crawl = new Crawl(tmp.resolve("crawl"), Crawl.Options.of(List.of(base() + "/a.html")).withDelay(Duration.ZERO),
                AddressPolicy.permissive(), s -> { }, new Crawl.Listener() {
                    @Override
                    public void progress(Crawl.Progress p) {
                        if (p.stored() == 1 && once.compareAndSet(false, true)) {
                            throw new OutOfMemoryError("Java heap space");
                        }
                    }

                    @Override
                    public void failure(String url, String reason) {
                        failures.add(url + ": " + reason);
                    }
                });

        assertThatThrownBy(crawl::run).isInstanceOf(Crawl.Aborted.class)
                .hasMessageStartingWith("the crawl ran out of memory reading " + base() + "/a.html");
        assertThat(failures).anyMatch(f -> f.contains("ran out of memory"));
    }

    @Test
    void includeBaitForBacktrackingRunsInLinearTime() throws Exception {
        String seed = base() + "/" + "a".repeat(30);
        List<String> failures = new ArrayList<>();
        Crawl crawl = crawl(Crawl.Options.of(List.of(seed, base() + "/aaab"))
                .withPatterns(UrlPattern.compile("((a+)+)+b"), null), failures);

        Crawl.Progress done = crawl.run();

        assertThat(asked).contains("/aaab").doesNotContain("/" + "a".repeat(30));
        assertThat(done.fetched()).isEqualTo(1);
    }
}
