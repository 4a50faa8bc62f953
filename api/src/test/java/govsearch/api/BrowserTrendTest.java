package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;

/**
 * The trend page compares like with like: its axis spans the years of the terms, it says when its
 * years mix report levels or types and draws the split, its tooltip is styled without breaking the
 * Content-Security-Policy, and at phone width its legend leaves the y-axis unit readable.
 */
class BrowserTrendTest extends BrowserSupport {

    static final Dimension PHONE_375 = new Dimension(375, 812);

    void openTrend(String query) {
        open("/trend?" + query);
        waitFor("#ui-chart canvas");
        waiting().until(d -> js("return window.__trendChart && window.__trendSeries && window.__trendSeries.length") != null
                && ((Number) js("return window.__trendSeries.length")).intValue() > 0);
    }

    /** The x-axis as ECharts drew it: [first year, last year]. */
    @SuppressWarnings("unchecked")
    List<Number> drawnXAxis() {
        return (List<Number>) js("return window.__trendChart.getModel().getComponent('xAxis').axis.scale.getExtent()");
    }

    @Test
    void theAxisOfATermFirstUsedIn2024StartsAFewYearsBeforeItNotIn1921() {
        openTrend("term=新质生产力");

        List<Number> x = drawnXAxis();
        assertThat(x.get(0).intValue()).as("first year drawn").isBetween(2017, 2023);
        // its last year, 2025, and up to five after it where the corpus has reports (a test may add one)
        int last = x.get(1).intValue();
        assertThat(last).isBetween(2025, 2030);
        assertThat(waitFor(".result-count").getText()).startsWith(x.get(0).intValue() + "—" + last + " 年");
        // the table lists the years drawn, newest first when its year header is pressed
        browser.findElement(By.cssSelector("#ui-table-details summary")).click();
        List<WebElement> rows = all("#ui-table tbody th");
        assertThat(rows.getFirst().getText()).startsWith(String.valueOf(x.get(0).intValue()));
        assertThat(rows.getLast().getText()).startsWith(String.valueOf(last));
        waitFor("#ui-table-order").click();
        waitUntilUrlContains("order=desc");
        waiting().until(d -> all("#ui-table tbody th").getFirst().getText().startsWith(String.valueOf(last)));
        assertThat(all("#ui-table tbody th").getLast().getText()).startsWith(String.valueOf(x.get(0).intValue()));
        Chromium.screenshot("trend-new-term");
    }

    @Test
    void withAYearFilterTheAxisIsTheFiltersYears() {
        openTrend("term=改革&year=1990-2010");

        assertThat(drawnXAxis()).extracting(Number::intValue).containsExactly(1990, 2010);
    }

    @Test
    @SuppressWarnings("unchecked")
    void yearsMixingLevelsAreSaidInChineseAndTheSplitDrawsALinePerLevel() {
        openTrend("term=高质量发展");

        WebElement notice = waitFor("#ui-mix");
        assertThat(notice.getText()).contains("注意：图中各年份的报告构成不同").contains("2025 年有省级 31 份").contains("国家级");
        assertThat(notice.getText()).doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(waitFor("#ui-preset-national").getAttribute("href")).contains("region=%E5%85%A8%E5%9B%BD");
        Chromium.screenshot("trend-mix");

        waitFor("#ui-split-level").click();
        waitUntilUrlContains("split=level");
        waiting().until(d -> ((List<Map<String, Object>>) js("return window.__trendSeries")).stream()
                .anyMatch(s -> "省".equals(s.get("group"))));
        List<Map<String, Object>> drawn = (List<Map<String, Object>>) js("return window.__trendSeries");
        assertThat(drawn).extracting(s -> s.get("group")).contains("国家", "省");
        List<String> names = (List<String>) js("return window.__trendChart.getOption().series.map(s => s.name)");
        assertThat(names).contains("高质量发展（国家级）", "高质量发展（省级）");
        // each line is the API's split answer, point for point
        JsonNode api = get(u -> u.path("/api/trend").queryParam("term", "高质量发展").queryParam("split", "level").build());
        for (JsonNode s : api.get("series")) {
            Map<String, Object> line = drawn.stream().filter(d -> s.get("group").asString().equals(d.get("group"))).findFirst().orElseThrow();
            List<List<Number>> xy = (List<List<Number>>) line.get("points");
            assertThat(xy).hasSize(s.get("points").size());
            assertThat(xy.getLast().get(1).doubleValue()).isEqualTo(s.get("points").get(s.get("points").size() - 1).get("value").asDouble());
        }
        assertThat(waitFor("#ui-mix").getText()).contains("每条线只计该层级的报告");
        assertThat(((org.openqa.selenium.support.ui.Select) new org.openqa.selenium.support.ui.Select(
                browser.findElement(By.id("ui-split")))).getFirstSelectedOption().getText()).isEqualTo("按层级");
        Chromium.screenshot("trend-split-level");

        // and back to one line
        waitFor("#ui-split-none").click();
        waiting().until(d -> !decodedUrl().contains("split="));
        waiting().until(d -> ((List<Map<String, Object>>) js("return window.__trendSeries")).size() == 1);
    }

    @Test
    void yearsMixingTypesOfferOneLinePerTypeOrATypePreset() {
        openTrend("term=改革&region=全国");

        WebElement notice = waitFor("#ui-mix");
        assertThat(notice.getText()).contains("类型：");
        String preset = waitFor("#ui-preset-type").getAttribute("href");
        assertThat(decode(preset)).contains("type=政府工作报告");
        waitFor("#ui-split-type").click();
        waitUntilUrlContains("split=type");
        waiting().until(d -> ((Number) js("return window.__trendSeries.filter(s => s.group).length")).intValue() >= 2);
    }

    static String decode(String url) {
        return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTooltipIsStyledOnTheCanvasAndTheBrowserLogsNoCspViolation() {
        openTrend("term=新质生产力&term=高质量发展");
        browser.manage().logs().get(LogType.BROWSER); // drop what came before

        // The log is read for real: a style attribute set from script is refused and logged.
        js("document.body.setAttribute('style', 'outline: 1px solid red')");
        List<String> control = messages();
        assertThat(control).anySatisfy(m -> assertThat(m).contains("Content Security Policy"));

        // Hover the 2025 point of 高质量发展, as a reader's mouse would.
        js("document.getElementById('ui-chart').scrollIntoView({block: 'center'})");
        Map<String, Object> px = (Map<String, Object>) js("""
                const c = window.__trendChart, pts = window.__trendSeries[1].points;
                const xy = c.convertToPixel({seriesIndex: 1}, pts.find(p => p[0] === 2025));
                const box = document.getElementById('ui-chart').getBoundingClientRect();
                return {x: xy[0] - box.width / 2, y: xy[1] - box.height / 2};""");
        WebElement chart = waitFor("#ui-chart");
        new Actions(browser).moveToElement(chart, ((Number) px.get("x")).intValue() - 3, ((Number) px.get("y")).intValue())
                .pause(java.time.Duration.ofMillis(100))
                .moveToElement(chart, ((Number) px.get("x")).intValue(), ((Number) px.get("y")).intValue()).perform();

        String shown = """
                const c = window.__trendChart;
                const content = c.getViewOfComponentModel(c.getModel().getComponent('tooltip'))._tooltipContent;
                return !!(content && content._show);""";
        waiting().until(d -> Boolean.TRUE.equals(js(shown)));
        // move along the line: each hover redraws the tooltip
        new Actions(browser).moveByOffset(-30, 0).pause(java.time.Duration.ofMillis(100)).moveByOffset(-30, 0)
                .pause(java.time.Duration.ofMillis(100)).moveByOffset(60, 0).perform();
        waiting().until(d -> Boolean.TRUE.equals(js(shown)));
        assertThat(messages()).noneSatisfy(m -> assertThat(m).containsAnyOf("Content Security Policy", "style-src"));

        Map<String, Object> tip = (Map<String, Object>) js("""
                const c = window.__trendChart;
                const el = c.getViewOfComponentModel(c.getModel().getComponent('tooltip'))._tooltipContent.el;
                const r = el.getBoundingRect();
                return {text: String(el.style.text), background: el.style.backgroundColor, border: el.style.borderColor,
                        width: r.width, height: r.height, onCanvas: !!el.__zr, hidden: !!el.invisible};""");
        assertThat((String) tip.get("text")).contains("2025").contains("高质量发展");
        assertThat(tip.get("background")).isEqualTo("#ffffff");
        assertThat(tip.get("onCanvas")).isEqualTo(true);
        assertThat(tip.get("hidden")).isEqualTo(false);
        assertThat(((Number) tip.get("width")).doubleValue()).isGreaterThan(40);
        Chromium.screenshot("trend-tooltip");
    }

    /** Messages of Chromium's console log since last read. */
    List<String> messages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void atPhoneWidthTheLegendLeavesTheYAxisUnitUncovered() {
        browser.manage().window().setSize(PHONE_375);
        openTrend("term=新质生产力&term=高质量发展&term=改革开放&term=乡村振兴");

        Map<String, Number> overlap = (Map<String, Number>) js("""
                const c = window.__trendChart;
                function union(group, keep) {
                  let r = null;
                  group.traverse(e => {
                    if (e.isGroup || !e.getBoundingRect || e.invisible || e.ignore || (keep && !keep(e))) return;
                    const p = e.getBoundingRect().clone();
                    const m = e.getComputedTransform();
                    if (m) p.applyTransform(m);
                    if (p.width <= 0 || p.height <= 0) return;
                    if (r) r.union(p); else r = p.clone();
                  });
                  return r;
                }
                const legend = union(c.getViewOfComponentModel(c.getModel().getComponent('legend')).group);
                const unit = c.getModel().getComponent('yAxis').get('name');
                const name = union(c.getViewOfComponentModel(c.getModel().getComponent('yAxis')).group,
                                   e => e.style && e.style.text === unit);
                const w = Math.min(legend.x + legend.width, name.x + name.width) - Math.max(legend.x, name.x);
                const h = Math.min(legend.y + legend.height, name.y + name.height) - Math.max(legend.y, name.y);
                if (!legend || !name) return {missing: legend ? 'y-axis name' : 'legend'};
                return {legendBottom: legend.y + legend.height, nameTop: name.y, nameHeight: name.height,
                        overlapW: w, overlapH: h, width: c.getWidth()};""");
        assertThat(overlap).doesNotContainKey("missing");
        assertThat(overlap.get("width").intValue()).isLessThan(375);
        assertThat(overlap.get("nameHeight").doubleValue()).as("y-axis unit drawn").isGreaterThan(0);
        assertThat(overlap.get("overlapW").doubleValue() <= 0 || overlap.get("overlapH").doubleValue() <= 0)
                .as("legend (bottom %s) and y-axis unit (top %s) overlap", overlap.get("legendBottom"), overlap.get("nameTop"))
                .isTrue();
        assertNoHorizontalScroll();
        js("document.getElementById('ui-chart').scrollIntoView({block: 'center'})");
        Chromium.screenshot("trend-phone");
    }
}
