package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The reader's 与上年相比 tab and the diffusion page in headless Chromium over the bundled corpus (issue 19). */
class BrowserChangesTest extends BrowserSupport {

    String national(int year) {
        JsonNode r = get(u -> u.path("/api/search").queryParam("year", year).queryParam("region", "全国")
                .queryParam("type", "政府工作报告").queryParam("size", "10").build());
        for (JsonNode h : r.get("hits")) {
            if (h.get("reportTitle").asString().contains("政府工作报告")) {
                return h.get("reportId").asString();
            }
        }
        throw new AssertionError("no national report of " + year);
    }

    @Test
    void theChangesTabShowsBothOutlinesAndNewDroppedAndContinuedFormulations() {
        String id = national(2025);
        open("/report/" + id);
        waitFor("#ui-text section");
        assertThat(browser.findElement(By.id("ui-changes")).isDisplayed()).isFalse();

        waitFor("#ui-tab-changes").click();
        waitUntilUrlContains("tab=changes");
        waitFor("#ui-added li");
        assertThat(browser.findElement(By.id("ui-text")).isDisplayed()).as("the text is hidden behind its tab").isFalse();
        assertThat(waitFor("#ui-previous").getAttribute("href")).contains("/report/" + national(2024));

        JsonNode api = get(u -> u.path("/api/reports/{id}/changes").build(id));
        List<WebElement> added = all("#ui-added li");
        assertThat(added).hasSize(api.get("added").size());
        assertThat(added.getFirst().getAttribute("data-text")).isEqualTo(api.get("added").get(0).get("text").asString());
        WebElement estate = browser.findElement(By.cssSelector("#ui-added li[data-text='房地产市场止跌回稳']"));
        assertThat(estate.findElement(By.cssSelector(".formulation-sentence mark")).getText()).isEqualTo("房地产市场止跌回稳");
        assertThat(estate.findElement(By.cssSelector("a.formulation-text")).getAttribute("href"))
                .contains("/report/" + id).contains("#" + id + "-");
        assertThat(all("#ui-dropped li")).hasSize(api.get("dropped").size());
        WebElement continued = browser.findElement(By.cssSelector("#ui-continued li[data-text='新质生产力']"));
        assertThat(continued.getText()).contains("上年新提法");

        // side by side: this year's outline and last year's, each heading marked as the API marks it
        List<WebElement> current = all(".changes-outline > div:first-child li");
        assertThat(current).hasSize(api.get("outline").get("current").size());
        for (int i = 0; i < current.size(); i++) {
            assertThat(current.get(i).getAttribute("data-mark")).isEqualTo(api.get("outline").get("current").get(i).get("mark").asString());
        }
        assertThat(all(".changes-outline > div:last-child li")).hasSize(api.get("outline").get("previous").size());
        // 居民消费价格涨幅 3%左右 in 2024, 2%左右 in 2025.
        WebElement cpi = browser.findElement(By.cssSelector("#ui-target-changes tr[data-indicator='cpi']"));
        assertThat(cpi.getAttribute("data-change")).isEqualTo("lowered");
        assertThat(cpi.getText()).contains("3%左右", "2%左右", "调低");
        Chromium.screenshot("report-changes");
        assertNoExternalRequests();

        waitFor("#ui-tab-text").click();
        assertThat(waitFor("#ui-text").isDisplayed()).isTrue();
        assertThat(decodedUrl()).doesNotContain("tab=changes");
    }

    @Test
    void aReportWithoutPredecessorSaysSoInItsTab() {
        JsonNode r = get(u -> u.path("/api/search").queryParam("region", "广西").queryParam("year", "2025").build());
        String id = r.get("hits").get(0).get("reportId").asString();
        open("/report/" + id + "?tab=changes");
        WebElement message = waitFor("#ui-changes-out .message");
        assertThat(message.getText()).contains("没有可比较的上年报告").contains("no report of 2024");
    }

    @Test
    void theDiffusionPageDrawsTheCurveAndATableSortableByYearLinkingToFirstUses() {
        open("/diffusion");
        waitFor("#ui-value").sendKeys("新质生产力");
        waitFor("#ui-run").click();
        waitUntilUrlContains("term=");
        waitFor("#ui-adoption .adoption-row");

        JsonNode api = get(u -> u.path("/api/diffusion").queryParam("term", "新质生产力").build());
        List<WebElement> rows = all("#ui-adoption .adoption-row");
        assertThat(rows).hasSize(api.get("rows").size());
        assertThat(waitFor("#ui-summary").getText()).startsWith(api.get("rows").size() + " / " + api.get("regions").asInt());
        assertThat(all("#ui-chart circle.dot")).hasSize(api.get("curve").size());
        WebElement first = rows.getFirst();
        JsonNode row = api.get("rows").get(0);
        assertThat(first.getAttribute("data-region")).isEqualTo(row.get("region").asString());
        assertThat(first.findElement(By.cssSelector("a.adoption-link")).getAttribute("href"))
                .contains("/report/" + row.get("reportId").asString()).contains("#" + row.get("sectionId").asString());
        Chromium.screenshot("diffusion");
        assertNoExternalRequests();

        // sort by region, then by year descending: the order is the page's, the rows the API's
        waitFor("#ui-sort-region").click();
        waitUntilUrlContains("sort=region");
        List<String> regions = all("#ui-adoption .adoption-row").stream().map(e -> e.getAttribute("data-region")).toList();
        List<String> apiRegions = new java.util.ArrayList<>();
        api.get("rows").forEach(n -> apiRegions.add(n.get("region").asString()));
        assertThat(regions).containsExactlyInAnyOrderElementsOf(apiRegions);
        assertThat(js("const r = [...document.querySelectorAll('#ui-adoption .adoption-row')].map(e => e.dataset.region);"
                + " return r.every((x, i) => i === 0 || r[i - 1].localeCompare(x, 'zh-CN') <= 0);")).isEqualTo(true);
        waitFor("#ui-sort-year").click();
        waitFor("#ui-sort-year").click();
        waitUntilUrlContains("dir=desc");
        List<Integer> years = all("#ui-adoption .adoption-row").stream().map(e -> Integer.valueOf(e.getAttribute("data-year"))).toList();
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // the first occurrence opens at its section with the term highlighted
        all("#ui-adoption a.adoption-link").getFirst().click();
        waitUntilUrlContains("/report/");
        waitFor("#ui-text mark");
        assertThat(browser.getCurrentUrl()).contains("#");
    }

    @Test
    void theDiffusionPageIsInTheNavAndExplainsABadRequest() {
        open("/");
        waitFor("nav.site-nav a[href='/diffusion']").click();
        waitUntilUrlContains("/diffusion");
        waitFor("#ui-value");
        open("/diffusion?term=" + "小".repeat(101));
        assertThat(waitFor("#ui-out .message").getText()).contains("100");
    }
}
