package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The 新提法 page and wildcard trends in headless Chromium over the bundled corpus. */
class BrowserFirstUsesTest extends BrowserSupport {

    @Test
    void theNationalReportsNewStringsOf2024ListTheApisEntriesEachLinkingToItsFirstOccurrenceAndTrend() {
        open("/first-uses?year=2024&region=" + java.net.URLEncoder.encode("全国", java.nio.charset.StandardCharsets.UTF_8));
        waitFor("#ui-first-uses .first-use");

        JsonNode api = get(u -> u.path("/api/first-uses").queryParam("year", "2024").queryParam("region", "全国")
                .queryParam("limit", "100").build());
        List<WebElement> rows = browser.findElements(By.cssSelector("#ui-first-uses .first-use"));
        assertThat(rows).hasSize(api.get("entries").size());
        assertThat(rows.getFirst().findElement(By.cssSelector(".first-use-string")).getText())
                .isEqualTo(api.get("entries").get(0).get("string").asString());
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains("新质生产力"));
        WebElement row = rows.getFirst();
        assertThat(row.findElement(By.cssSelector(".first-use-source")).getAttribute("href"))
                .contains("/report/" + api.get("entries").get(0).get("reportId").asString());
        assertThat(row.findElement(By.cssSelector(".first-use-trend")).getAttribute("href")).contains("/trend?term=");
        Chromium.screenshot("first-uses");
        assertNoExternalRequests();

        row.findElement(By.cssSelector(".first-use-trend")).click();
        waitFor("#ui-chart canvas");
        waitUntilUrlContains("/trend");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWildcardTrendDrawsOneLinePerFillerMostFrequentFirst() {
        open("/trend?term=" + java.net.URLEncoder.encode("建设*强国", java.nio.charset.StandardCharsets.UTF_8));
        waitFor("#ui-chart canvas");
        waiting().until(d -> ((Number) js("return (window.__trendSeries || []).length")).intValue() > 1);

        List<java.util.Map<String, Object>> drawn = (List<java.util.Map<String, Object>>) js("return window.__trendSeries");
        JsonNode api = get(u -> u.path("/api/wildcard").queryParam("term", "建设*强国").build());
        assertThat(drawn).extracting(x -> x.get("term")).startsWith("建设海洋强国", "建设社会主义现代化强国")
                .hasSize(api.get("fillers").size());
        Chromium.screenshot("trend-wildcard");
    }
}
