package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;

/** The targets page in headless Chromium over the bundled corpus. */
class BrowserTargetsTest extends BrowserSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theTableShowsEachRegionsTargetsWithTheirQuotesAndTheChartDrawsTargetAgainstOutcome() {
        open("/");
        waitFor("nav a[href='/targets']").click();
        waitUntilUrlContains("/targets");
        WebElement table = waitFor("#ui-targets-table");

        // 全国 first, then the provinces; a column per year
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertThat(rows.getFirst().findElement(By.cssSelector("th")).getText()).isEqualTo("全国");
        // 全国 and the 31 provinces of the bundled corpus; other tests on the shared server may add a region
        assertThat(rows).hasSizeGreaterThanOrEqualTo(32);
        List<String> years = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(years).contains("1990", "2024", "2025");
        int col2025 = years.indexOf("2025");
        WebElement cell = rows.getFirst().findElements(By.cssSelector("th, td")).get(col2025);
        WebElement target = cell.findElement(By.cssSelector(".target-target"));
        assertThat(target.getText()).isEqualTo("目标 5%左右");
        assertThat(target.getAttribute("title")).as("the quote on hover").contains("国内生产总值增长5%左右");
        assertThat(target.getAttribute("href")).contains("/report/");
        WebElement anhui = rows.stream().filter(r -> r.findElement(By.cssSelector("th")).getText().equals("安徽省")).findFirst().orElseThrow();
        assertThat(anhui.findElements(By.cssSelector("th, td")).get(col2025).getText()).isEqualTo("目标 5.5%以上");
        assertThat(anhui.findElements(By.cssSelector("th, td")).get(years.indexOf("2024")).getText()).isEqualTo("实际 5.8%");

        // the chart: 全国's targets against the outcomes the next year's reports give
        waitFor("#ui-chart canvas");
        Map<String, Object> drawn = (Map<String, Object>) js("return window.__targetsSeries");
        assertThat(drawn.get("region")).isEqualTo("全国");
        List<List<Number>> targets = (List<List<Number>>) drawn.get("target");
        List<List<Number>> outcomes = (List<List<Number>>) drawn.get("outcome");
        assertThat(targets).anySatisfy(p -> {
            assertThat(p.get(0).intValue()).isEqualTo(2025);
            assertThat(p.get(1).doubleValue()).isEqualTo(5.0);
        });
        assertThat(targets).anySatisfy(p -> {
            assertThat(p.get(0).intValue()).isEqualTo(2016);
            assertThat(p.get(1).doubleValue()).as("the middle of 6.5%-7%").isEqualTo(6.75);
        });
        assertThat(outcomes).anySatisfy(p -> {
            assertThat(p.get(0).intValue()).isEqualTo(2024);
            assertThat(p.get(1).doubleValue()).isEqualTo(5.0);
        });
        List<String> names = (List<String>) js("return window.__targetsChart.getOption().series.map(s => s.name)");
        assertThat(names).containsExactly("目标", "实际");
        assertThat(waitFor("#ui-csv").getAttribute("href")).contains("/api/targets?").contains("format=csv");
        Chromium.screenshot("targets");
        assertNoExternalRequests();

        // another region in the chart, another indicator: both kept in the URL
        new Select(waitFor("#ui-chart-region")).selectByVisibleText("安徽省");
        waitUntilUrlContains("chart=安徽省");
        waiting().until(d -> "安徽省".equals(js("return window.__targetsSeries && window.__targetsSeries.region")));
        new Select(waitFor("#ui-indicator")).selectByValue("unemployment_surveyed");
        waitUntilUrlContains("indicator=unemployment_surveyed");
        waiting().until(d -> !all("#ui-targets-table .target-target").isEmpty()
                && all("#ui-targets-table .target-target").stream().anyMatch(a -> a.getText().equals("目标 5%以内")));
    }

    @Test
    void anIndicatorNoReportSetsSaysSo() {
        open("/targets?indicator=deficit_ratio&region=安徽");
        waitLoaded();
        assertThat(waitFor(".message").getText()).contains("没有提出这项目标");
    }
}
