package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/** Trends, comparison, concordance and phrasing pages in headless Chromium over the bundled corpus. */
class BrowserAnalyticsTest extends BrowserSupport {

    @Test
    @SuppressWarnings("unchecked")
    void trendOfTwoTermsDrawsTheApisSeriesAndAPointOpensConcordance() {
        open("/trend?term=改革&term=创新");
        waitFor("#ui-chart canvas");
        waiting().until(d -> ((Number) js("return (window.__trendSeries || []).length")).intValue() == 2);

        List<Map<String, Object>> drawn = (List<Map<String, Object>>) js("return window.__trendSeries");
        List<Map<String, Object>> option = (List<Map<String, Object>>) js(
                "return window.__trendChart.getOption().series.map(s => ({name: s.name, n: s.data.length}))");
        JsonNode api = get(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("term", "创新").build());
        assertThat(drawn).extracting(s -> s.get("term")).containsExactly("改革", "创新");
        assertThat(option).extracting(s -> s.get("name")).containsExactly("改革", "创新");
        for (int i = 0; i < 2; i++) {
            JsonNode points = api.get("series").get(i).get("points");
            List<List<Number>> xy = (List<List<Number>>) drawn.get(i).get("points");
            assertThat(xy).hasSize(points.size());
            assertThat(((Number) option.get(i).get("n")).intValue()).isEqualTo(points.size());
            for (int j = 0; j < xy.size(); j++) {
                assertThat(xy.get(j).get(0).intValue()).isEqualTo(points.get(j).get("year").asInt());
                assertThat(xy.get(j).get(1).doubleValue()).isEqualTo(points.get(j).get("value").asDouble());
            }
        }
        assertThat(waitFor("#ui-csv").getAttribute("href")).contains("/api/trend?").contains("format=csv");
        Chromium.screenshot("trend");
        assertNoExternalRequests();

        // click the chart where ECharts drew 改革 in 2018 (all of it in view: Selenium offsets from the visible part's centre)
        js("document.getElementById('ui-chart').scrollIntoView({block: 'center'})");
        Map<String, Object> px = (Map<String, Object>) js("""
                const c = window.__trendChart, pts = window.__trendSeries[0].points;
                const p = pts.find(p => p[0] === 2018);
                const xy = c.convertToPixel({seriesIndex: 0}, p);
                const box = document.getElementById('ui-chart').getBoundingClientRect();
                return {x: xy[0] - box.width / 2, y: xy[1] - box.height / 2};""");
        WebElement chart = waitFor("#ui-chart");
        new Actions(browser).moveToElement(chart, ((Number) px.get("x")).intValue(), ((Number) px.get("y")).intValue())
                .click().perform();

        waitUntilUrlContains("at=2018");
        assertThat(decodedUrl()).contains("atTerm=改革");
        WebElement line = waitFor("#ui-kwic .kwic-line");
        assertThat(line.findElement(org.openqa.selenium.By.cssSelector(".kwic-match")).getText()).isEqualTo("改革");
        assertThat(waitFor("#ui-kwic .panel-title").getText()).startsWith("2018 年“改革”");
        assertThat(line.findElement(org.openqa.selenium.By.cssSelector(".kwic-match a")).getAttribute("href")).contains("/report/");
        Chromium.screenshot("trend-point");

        // the mode switch redraws and is kept in the URL
        browser.findElement(org.openqa.selenium.By.cssSelector("label[for=ui-mode-docShare]")).click();
        waitUntilUrlContains("mode=docShare");
        waiting().until(d -> "docShare".equals(js("return window.__trendChart && window.__trendMode")));
        String png = (String) js("document.getElementById('ui-png').click(); return window.__trendPng");
        assertThat(png).startsWith("data:image/png;base64,");
    }

    @Test
    void comparisonShowsDistinctiveTermsOnBothSidesAndAChosenTerm() {
        open("/compare");
        waitFor("#ui-f-leftyear").sendKeys("1954-1990");
        waitFor("#ui-f-rightyear").sendKeys("2015-2025");
        waitFor("#ui-run").click();

        waitUntilUrlContains("left.year=1954-1990");
        assertThat(decodedUrl()).contains("right.year=2015-2025");
        waitFor(".compare-side.left .term-bar");
        assertThat(all(".compare-side.left .term-bar")).hasSizeGreaterThan(10);
        assertThat(all(".compare-side.right .term-bar")).hasSizeGreaterThan(10);
        assertThat(all(".compare-shared tbody tr")).isNotEmpty();
        assertThat(waitFor(".compare-side.left .list-label").getText()).contains("每百万字");
        // each bar draws the number printed beside it, whatever the order of the list: a larger number, a longer bar
        List<double[]> numberAndWidth = new java.util.ArrayList<>();
        for (WebElement bar : all(".compare-side.left .term-bar")) {
            double width = ((Number) js("return arguments[0].querySelector('.bar').getBoundingClientRect().width", bar)).doubleValue();
            String number = bar.findElement(org.openqa.selenium.By.cssSelector(".num")).getText().replaceAll("\\D", "");
            numberAndWidth.add(new double[] {Double.parseDouble(number), width});
        }
        numberAndWidth.sort(java.util.Comparator.comparingDouble(x -> x[0]));
        for (int i = 1; i < numberAndWidth.size(); i++) {
            assertThat(numberAndWidth.get(i)[1]).isGreaterThanOrEqualTo(numberAndWidth.get(i - 1)[1] - 1.5);
        }
        WebElement first = all(".compare-side.right .term-bar").get(0);
        String term = first.findElement(org.openqa.selenium.By.cssSelector(".term-name")).getText();
        first.click();

        waitUntilUrlContains("term=" + term);
        WebElement focus = waitFor("#ui-term-focus");
        assertThat(focus.getText()).contains("“" + term + "”");
        assertThat(all("#ui-term-focus .num")).hasSize(2);
        Chromium.screenshot("compare");

        // the all-words switch asks for the raw list and keeps it in the URL
        waitFor("#ui-words").click();
        waitFor("#ui-run").click();
        waitUntilUrlContains("words=all");
        waitFor(".compare-side.left .term-bar");
        assertNoExternalRequests();
    }

    @Test
    void concordanceLinesAreAlignedSortableAndLinkToReports() {
        open("/concordance?q=放管服");
        waitFor("#ui-kwic .kwic-line");
        List<WebElement> lines = all("#ui-kwic .kwic-line");
        assertThat(lines).hasSizeGreaterThan(5);
        // aligned: every match cell starts at the same x
        List<Long> xs = lines.stream().map(l -> (long) l.findElement(org.openqa.selenium.By.cssSelector(".kwic-match")).getLocation().getX()).distinct().toList();
        assertThat(xs).hasSize(1);
        waitFor("th.kwic-right-h button").click();
        waitUntilUrlContains("sort=right");
        waiting().until(d -> "true".equals(waitFor("th.kwic-right-h button").getAttribute("aria-pressed")));
        String href = waitFor("#ui-kwic .kwic-match a").getAttribute("href");
        assertThat(href).contains("/report/").contains("q=");
        Chromium.screenshot("concordance");
        waitFor("#ui-kwic .kwic-match a").click();
        waitFor("mark.hit");
        assertThat(all("mark.hit")).isNotEmpty();
    }

    @Test
    void phrasingFindsPrecedentsWithDifferencesMarked() {
        open("/phrasing");
        waitFor("#ui-text").sendKeys("坚持稳中求进工作总基调");
        waitFor("#ui-phrase").sendKeys("稳中求进");
        waitFor("#ui-run").click();

        waitUntilUrlContains("text=坚持稳中求进工作总基调");
        waitFor(".precedent");
        assertThat(all(".precedent")).hasSizeGreaterThan(3);
        assertThat(all(".precedent .diff")).isNotEmpty();
        assertThat(waitFor(".precedent-text").getText()).contains("稳中求进");
        assertThat(waitFor(".precedent-meta a").getAttribute("href")).contains("/report/");
        waitFor(".copy-button").click();
        waiting().until(d -> !waitFor(".copy-done").getText().isEmpty());
        assertThat(waitFor("#ui-variants").getText()).contains("稳中求进");
        Chromium.screenshot("phrasing");
        assertNoExternalRequests();
    }
}
