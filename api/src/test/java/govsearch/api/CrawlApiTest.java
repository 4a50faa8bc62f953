package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import govsearch.crawler.fetch.AddressPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The admin crawl API: refused without the token, with a wrong one, for hosts off the allow-list,
 * for loopback seeds and for redirects to a local address; a job on an allowed site indexes its
 * reports, and its progress streams as server-sent events.
 *
 * <p>The test sites run on localhost; a test-scope policy ({@link LoopbackSitesPolicy}) lets the
 * crawl reach those host:ports and no other local address — production has no such switch.
 *
 * <p>Issue 15: a job can be cancelled, queued or running; a job of an earlier run reads back as
 * interrupted; a sitemap bomb fails the job with the reason; include patterns run in linear time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class CrawlApiTest {

    static final String TOKEN = "s3cret-admin-token";
    static final ReportSite INTERNAL;
    static final ReportSite SITE;
    static final HostileSite ENDLESS;
    static final HostileSite BOMB;
    static final Path DATA;
    /** A job that was running when an earlier server stopped: its job.json is all that is left. */
    static final String EARLIER_JOB = "0b5e7c1e-0000-4000-8000-000000000015";

    static {
        try {
            INTERNAL = new ReportSite(null);
            SITE = new ReportSite("http://localhost:" + INTERNAL.port() + "/reports/1.html");
            DATA = Files.createTempDirectory("govsearch-crawl-api");
            ENDLESS = new HostileSite(null);
            // two million <url>, 90 MB of XML in a few hundred KB: past the protocol's 50 MB
            BOMB = new HostileSite(HostileSite.writeSitemapBomb(DATA.resolve("bomb.xml.gz"), 2_000_000));
            Path earlier = Files.createDirectories(DATA.resolve("crawl/jobs/" + EARLIER_JOB));
            Files.writeString(earlier.resolve("job.json"), "{\"id\":\"" + EARLIER_JOB + "\",\"state\":\"running\","
                    + "\"seeds\":[\"http://www.gov.cn/\"],\"fetched\":7,\"queued\":3,\"failed\":0,\"stored\":7,"
                    + "\"reports\":2,\"duplicates\":0,\"added\":2,\"alreadyIndexed\":0,\"failures\":[],\"error\":null,"
                    + "\"createdAt\":\"2026-12-01T08:00:00Z\",\"endedAt\":null}");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @TestConfiguration
    static class LoopbackTestSites {
        @Bean
        @Primary
        AddressPolicy loopbackTestSites(@Value("${govsearch.crawl.allowed-hosts:}") String allowed) {
            return new LoopbackSitesPolicy(AddressPolicy.strict(CrawlPolicy.commaList(allowed)), java.util.Set.of(
                    "localhost:" + SITE.port(), "localhost:" + ENDLESS.port(), "localhost:" + BOMB.port()));
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("govsearch.data", DATA::toString);
        registry.add("govsearch.bundled-corpus", () -> "false");
        registry.add("govsearch.admin-token", () -> TOKEN);
        registry.add("govsearch.crawl.allowed-hosts", () -> "localhost, 127.0.0.1");
    }

    @AfterAll
    static void stopSites() {
        SITE.close();
        INTERNAL.close();
        ENDLESS.close();
        BOMB.close();
    }

    WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        http = BundledCorpusServer.unpooled(client).build();
    }

    String site(String path) {
        return "http://localhost:" + SITE.port() + path;
    }

    WebTestClient.ResponseSpec post(String token, String body) {
        WebTestClient.RequestBodySpec req = http.post().uri("/api/crawl").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        return req.bodyValue(body).exchange();
    }

    JsonNode json(WebTestClient.ResponseSpec r) {
        return r.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode waitUntilEnded(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json(http.get().uri("/api/crawl/" + id).header("Authorization", "Bearer " + TOKEN)
                    .exchange().expectStatus().isOk());
            if (!List.of("queued", "running").contains(job.get("state").asString())) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not end");
    }

    @Test
    void withoutATokenTheCrawlApiAnswers401() {
        JsonNode r = json(post(null, "{\"seeds\":[\"" + site("/") + "\"]}").expectStatus().isUnauthorized());
        assertThat(r.get("error").asString()).contains("admin token");
        http.get().uri("/api/crawl/x").exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/crawl/x/events").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aWrongTokenIsRefusedWith401() {
        post("s3cret-admin-tokem", "{\"seeds\":[\"" + site("/") + "\"]}").expectStatus().isUnauthorized();
        post(TOKEN + "x", "{\"seeds\":[\"" + site("/") + "\"]}").expectStatus().isUnauthorized();
    }

    @Test
    void badBodiesAre400WithTheParameterNamed() {
        Map<String, String> cases = Map.of(
                "{not json", "body",
                "[]", "body",
                "{}", "seeds",
                "{\"seeds\":[]}", "seeds",
                "{\"seeds\":[\"ftp://x.cn/\"]}", "seeds",
                "{\"seeds\":[\"" + site("/") + "\"],\"maxPages\":\"ten\"}", "maxPages",
                "{\"seeds\":[\"" + site("/") + "\"],\"maxDepth\":-1}", "maxDepth",
                "{\"seeds\":[\"" + site("/") + "\"],\"delayMs\":1.5}", "delayMs",
                "{\"seeds\":[\"" + site("/") + "\"],\"include\":\"([\"}", "include");
        cases.forEach((body, param) -> {
            JsonNode r = json(post(TOKEN, body).expectStatus().isBadRequest());
            assertThat(r.get("param").asString()).as(body).isEqualTo(param);
            assertThat(r.get("error").asString()).as(body).isNotBlank();
        });
    }

    @Test
    void hostsOffTheAllowListAreRefused() {
        JsonNode r = json(post(TOKEN, "{\"seeds\":[\"http://www.example.org/\"]}").expectStatus().isBadRequest());
        assertThat(r.get("param").asString()).isEqualTo("seeds");
        assertThat(r.get("error").asString()).contains("not on the crawl allow-list");
    }

    @Test
    void loopbackSeedsAreRefusedEvenWhenAllowListed() {
        for (String seed : List.of("http://127.0.0.1:" + SITE.port() + "/", "http://localhost:" + INTERNAL.port() + "/")) {
            JsonNode r = json(post(TOKEN, "{\"seeds\":[\"" + seed + "\"]}").expectStatus().isBadRequest());
            assertThat(r.get("error").asString()).as(seed).contains("non-public address");
        }
        assertThat(INTERNAL.counts()).isEmpty();
    }

    @Test
    void aJobCrawlsTheAllowedSiteIntoTheIndexAndRefusesTheRedirectToALocalAddress() throws Exception {
        JsonNode started = json(post(TOKEN, "{\"seeds\":[\"" + site("/") + "\"],\"delayMs\":5,\"maxPages\":20}")
                .expectStatus().isAccepted());
        assertThat(started.get("state").asString()).isIn("queued", "running");

        JsonNode job = waitUntilEnded(started.get("id").asString());

        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("reports").asInt()).isEqualTo(ReportSite.REPORTS);
        assertThat(job.get("added").asInt() + job.get("alreadyIndexed").asInt()).isEqualTo(ReportSite.REPORTS);
        assertThat(job.get("failures").toString())
                .contains("localhost:" + INTERNAL.port() + "/reports/1.html", "non-public address");
        assertThat(INTERNAL.counts()).as("the local server behind the redirect was never asked").isEmpty();
        assertThat(SITE.counts()).doesNotContainKey("/private/secret.html").containsKey("/reports/3.html");

        JsonNode hits = json(http.get().uri(u -> u.path("/api/search").queryParam("q", "湘潭市 统计执法检查").build())
                .exchange().expectStatus().isOk());
        assertThat(hits.get("hits").get(0).get("reportTitle").asString()).isEqualTo(ReportSite.title(3));
        assertThat(hits.get("hits").get(0).get("url").asString()).isEqualTo(site("/reports/3.html"));
        // the page's 政府信息公开 table: on the report, each value with the page's words as evidence
        JsonNode report = json(http.get().uri("/api/reports/" + hits.get("hits").get(0).get("reportId").asString())
                .exchange().expectStatus().isOk());
        JsonNode disclosure = report.get("understanding").get("disclosure");
        assertThat(disclosure.get("issuer").asString()).isEqualTo(ReportSite.issuer(3));
        assertThat(disclosure.get("writtenAt").asString()).isEqualTo("2024-01-13");
        assertThat(disclosure.get("documentNumber").asString()).isEqualTo("统发〔2024〕3号");
        assertThat(disclosure.get("evidence").toString()).contains("发布机构：" + ReportSite.issuer(3));

        // The crawled reports are understood like imported ones: the type, level and domain facets
        // count them, and each facet value filters to exactly that many reports.
        JsonNode all = json(http.get().uri(u -> u.path("/api/search").queryParam("size", 100).build()).exchange().expectStatus().isOk());
        assertThat(all.get("facets").get("domain")).as("domains read from crawled text").isNotEmpty();
        for (String facet : java.util.List.of("type", "level", "domain", "issuer")) {
            assertThat(all.get("facets").get(facet)).as(facet).isNotEmpty();
            for (JsonNode value : all.get("facets").get(facet)) {
                JsonNode filtered = json(http.get().uri(u -> u.path("/api/search").queryParam(facet, "{v}")
                        .build(value.get("value").asString())).exchange().expectStatus().isOk());
                assertThat(filtered.get("reports").asInt()).as(facet + "=" + value.get("value").asString())
                        .isEqualTo(value.get("count").asInt());
            }
        }
    }

    @Test
    void progressStreamsAsServerSentEventsUntilTheJobEnds() {
        JsonNode started = json(post(TOKEN, "{\"seeds\":[\"" + site("/") + "\"],\"delayMs\":20,\"maxPages\":20}")
                .expectStatus().isAccepted());

        List<String> events = http.get().uri("/api/crawl/" + started.get("id").asString() + "/events")
                .header("Authorization", "Bearer " + TOKEN).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(String.class).getResponseBody().collectList().block(Duration.ofSeconds(30));

        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events).anySatisfy(e -> assertThat(e).contains("\"fetched\""));
        assertThat(events.getLast()).contains("\"state\":\"done\"");
    }

    @Test
    void anUnknownJobIs404() {
        JsonNode r = json(http.get().uri("/api/crawl/nope").header("Authorization", "Bearer " + TOKEN).exchange()
                .expectStatus().isNotFound());
        assertThat(r.get("error").asString()).contains("no crawl job");
    }

    WebTestClient.ResponseSpec delete(String id) {
        return http.delete().uri("/api/crawl/" + id).header("Authorization", "Bearer " + TOKEN).exchange();
    }

    JsonNode get(String id) {
        return json(http.get().uri("/api/crawl/" + id).header("Authorization", "Bearer " + TOKEN).exchange()
                .expectStatus().isOk());
    }

    @Test
    void aQueuedJobIsCancelledAtOnceAndARunningOneStops() throws Exception {
        String running = json(post(TOKEN, "{\"seeds\":[\"" + ENDLESS.url("/") + "\"],\"delayMs\":0,\"maxPages\":10000}")
                .expectStatus().isAccepted()).get("id").asString();
        String queued = json(post(TOKEN, "{\"seeds\":[\"" + ENDLESS.url("/") + "\"],\"delayMs\":0}")
                .expectStatus().isAccepted()).get("id").asString();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (get(running).get("fetched").asInt() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(get(running).get("state").asString()).isEqualTo("running");
            assertThat(get(queued).get("state").asString()).isEqualTo("queued");

            JsonNode cancelledAtOnce = json(delete(queued).expectStatus().isOk());
            assertThat(cancelledAtOnce.get("state").asString()).isEqualTo("cancelled");

            JsonNode stopping = json(delete(running).expectStatus().isAccepted());
            assertThat(stopping.get("state").asString()).isEqualTo("running");
        } finally {
            delete(running);
        }
        JsonNode ended = waitUntilEnded(running);
        assertThat(ended.get("state").asString()).isEqualTo("cancelled");
        assertThat(ended.get("endedAt").isNull()).isFalse();
        assertThat(get(queued).get("fetched").asInt()).as("the cancelled queued job never ran").isZero();
        assertThat(json(delete(running).expectStatus().isOk()).get("state").asString())
                .as("cancelling an ended job leaves it as it is").isEqualTo("cancelled");
    }

    /** README: jobs run one at a time. Watched from outside: never two running, the second starts after the first ends. */
    @Test
    void jobsRunOneAtATimeTheSecondWaitsQueuedUntilTheFirstEnds() throws Exception {
        String first = json(post(TOKEN, "{\"seeds\":[\"" + ENDLESS.url("/") + "\"],\"delayMs\":10,\"maxPages\":40}")
                .expectStatus().isAccepted()).get("id").asString();
        String second = json(post(TOKEN, "{\"seeds\":[\"" + site("/") + "\"],\"delayMs\":5,\"maxPages\":20}")
                .expectStatus().isAccepted()).get("id").asString();

        List<String> seen = new java.util.ArrayList<>(); // "first/second" states, one entry per look
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            // The second job's state is read first: if it is running then, the first must be done by the
            // time it is read (read the other way round, the first could end between the two reads).
            JsonNode b = get(second);
            JsonNode a = get(first);
            String look = a.get("state").asString() + "/" + b.get("state").asString();
            if (seen.isEmpty() || !seen.getLast().equals(look)) {
                seen.add(look);
            }
            if (!List.of("queued", "running").contains(b.get("state").asString())) {
                break;
            }
            if (!b.get("state").asString().equals("queued")) {
                assertThat(a.get("state").asString()).as("the first job when the second runs: " + seen).isEqualTo("done");
            }
            if (b.get("state").asString().equals("queued")) {
                assertThat(b.get("fetched").asInt()).as("a queued job has fetched nothing").isZero();
            }
            Thread.sleep(20);
        }

        assertThat(seen).as("states seen").contains("running/queued");
        assertThat(seen).noneMatch(l -> l.equals("running/running"));
        assertThat(get(first).get("state").asString()).isEqualTo("done");
        assertThat(get(first).get("fetched").asInt()).isPositive();
        assertThat(get(second).get("state").asString()).isEqualTo("done");
        assertThat(get(second).get("reports").asInt()).isEqualTo(ReportSite.REPORTS);
    }

    @Test
    void cancellingNeedsTheTokenAndAKnownJob() {
        http.delete().uri("/api/crawl/x").exchange().expectStatus().isUnauthorized();
        JsonNode r = json(delete("nope").expectStatus().isNotFound());
        assertThat(r.get("error").asString()).contains("no crawl job");
    }

    @Test
    void aJobThatWasRunningWhenTheServerStoppedReadsBackAsInterrupted() {
        JsonNode job = get(EARLIER_JOB);
        assertThat(job.get("state").asString()).isEqualTo("interrupted");
        assertThat(job.get("error").asString()).contains("server stopped while the job was running");
        assertThat(job.get("fetched").asInt()).isEqualTo(7);
        assertThat(job.get("seeds").get(0).asString()).isEqualTo("http://www.gov.cn/");
    }

    @Test
    void aSitemapBombFailsTheJobWithTheReason() throws Exception {
        String id = json(post(TOKEN, "{\"seeds\":[\"" + BOMB.url("/") + "\"],\"delayMs\":0,\"maxPages\":5}")
                .expectStatus().isAccepted()).get("id").asString();

        JsonNode job = waitUntilEnded(id);

        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains(BOMB.url("/sitemap.xml"), "expands past 50 MB once decoded");
        assertThat(BOMB.counts()).doesNotContainKey("/r/1.html");
        // the server is still serving searches
        http.get().uri(u -> u.path("/api/search").queryParam("q", "报告").build()).exchange().expectStatus().isOk();
    }

    /** Issue 15: ((a+)+)+b held a crawl thread at 100 % for minutes against a 30-a path; RE2/J answers at once. */
    @Test
    void includePatternsRunInLinearTimeOrAreRefused() throws Exception {
        String seed = ENDLESS.url("/" + "a".repeat(30));
        String id = json(post(TOKEN, "{\"seeds\":[\"" + seed + "\"],\"include\":\"((a+)+)+b\",\"delayMs\":0}")
                .expectStatus().isAccepted()).get("id").asString();
        JsonNode job = waitUntilEnded(id);
        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("fetched").asInt()).as("the seed does not match the include pattern").isZero();

        for (String[] bad : new String[][]{{"include", "(a)\\\\1"}, {"exclude", "/zwgk/(?=2024)"}}) {
            JsonNode r = json(post(TOKEN, "{\"seeds\":[\"" + seed + "\"],\"" + bad[0] + "\":\"" + bad[1] + "\"}")
                    .expectStatus().isBadRequest());
            assertThat(r.get("param").asString()).isEqualTo(bad[0]);
            assertThat(r.get("error").asString()).contains("without backreferences or lookaround");
        }
    }
}
