package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** On the Elasticsearch backend with no cluster listening: the service starts, answers 503 with a message, health is DOWN. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ClusterAwayTest {

    static final Path DATA;
    static final int DEAD_PORT;

    static {
        try {
            DATA = Files.createTempDirectory("govsearch-es-away");
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                DEAD_PORT = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("govsearch.data", DATA::toString);
        registry.add("govsearch.backend", () -> "elasticsearch");
        registry.add("govsearch.elasticsearch.url", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    WebTestClient http;

    /** Generous: each answer waits for the client's retries against the dead port, on a busy machine too. */
    @Autowired
    void client(WebTestClient client) {
        http = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    }

    @Test
    void searchesAnswer503WithAMessageAndHealthIsDown() {
        JsonNode r = http.get().uri("/api/search?q=小康").exchange()
                .expectStatus().isEqualTo(503).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(r.get("error").asString()).contains("unavailable");
        assertThat(r.get("message").asString()).isEqualTo("检索索引暂时无法使用，请稍后再试。");
        http.get().uri("/api/reports/abc").exchange().expectStatus().isEqualTo(503);
        http.get().uri("/api/trend?term=小康").exchange().expectStatus().isEqualTo(503);

        JsonNode health = http.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(health.get("status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/index/status").asString()).isEqualTo("DOWN");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** Issue 16: with the index away, each page says so in Chinese, with no English word, and offers a retry. */
    @Test
    void pagesSayTheIndexIsAwayInChinese() {
        var browser = Chromium.driver();
        browser.manage().window().setSize(Chromium.DESKTOP);
        for (String page : java.util.List.of("/?q=小康", "/report/abc", "/trend?term=小康", "/compare?left.year=2010&right.year=2020",
                "/concordance?q=小康", "/phrasing?text=坚持稳中求进工作总基调")) {
            browser.get("http://127.0.0.1:" + port + page);
            String error = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.cssSelector(".message-error"))).getText();
            assertThat(error).as(page).contains("检索索引暂时无法使用", "重试");
            String text = (String) browser.executeScript("return document.body.innerText");
            assertThat(BrowserErrorStatesTest.englishWords(text)).as(page).isEmpty();
        }
        Chromium.screenshot("index-away-phrasing");
    }
}
