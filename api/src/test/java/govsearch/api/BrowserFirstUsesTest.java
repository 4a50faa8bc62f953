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
    void aYearThatIsNoYearIsRefusedInChinese() {
        open("/first-uses?year=abc");
        WebElement status = waitFor(".notice, .error, [role=alert], #ui-out .message");
        assertThat(browser.findElement(By.id("ui-out")).getText()).doesNotContain("Exception").isNotBlank();
    }
}
