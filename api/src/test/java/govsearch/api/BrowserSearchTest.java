package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The search page and the report reader in headless Chromium over the bundled corpus. */
class BrowserSearchTest extends BrowserSupport {

    @Test
    void searchThenClickAFacetChangesResultsAndUrl() {
        open("/?q=乡村振兴");
        waitFor(".result-title a");
        String before = counts();
        assertThat(before).contains("个报告");
        assertThat(waitFor(".result-count").getText()).containsPattern("用时 [0-9,]+ 毫秒");
        assertThat(all(".facet-region .facet-value")).hasSizeGreaterThan(3);
        assertThat(all(".facet-domain .facet-value")).isNotEmpty();
        assertThat(all(".facet-type .facet-value")).isNotEmpty();
        assertThat(waitFor(".analysis-links a").getAttribute("href")).contains("/trend?term=");
        assertThat(all(".facet-level .facet-static, .facet-level .facet-value")).isNotEmpty();
        Chromium.screenshot("search");
        assertNoExternalRequests();

        WebElement shandong = all(".facet-region .facet-value").stream()
                .filter(b -> b.getText().contains("山东省")).findFirst().orElseThrow();
        shandong.click();

        waitUntilUrlContains("region=山东省");
        waiting().until(d -> !counts().equals(before));
        assertThat(waitFor(".result-count").getText()).contains("共 1 个报告");
        assertThat(all(".result .badge-region")).allSatisfy(b -> assertThat(b.getText()).contains("山东"));
        assertThat(waitFor(".chip").getText()).contains("山东省");
        Chromium.screenshot("search-facet");

        browser.navigate().back();   // the URL is the state: Back shows the unfiltered results again
        waiting().until(d -> counts().equals(before));
    }

    /** "共 35 个报告，56 个章节" without the time taken, which differs from one request to the next. */
    private String counts() {
        return waitFor(".result-count").getText().replaceAll("，用时.*", "");
    }

    @Test
    void yearHistogramRangeFiltersByYears() {
        open("/?q=乡村振兴");
        WebElement chart = waitFor("#ui-year-chart");
        waitFor("#ui-year-chart canvas");
        // brush: drag across the left half of the bars
        int w = chart.getSize().getWidth();
        new Actions(browser).moveToElement(chart, -w / 2 + 6, 0).clickAndHold().moveByOffset(w / 2 - 6, 0).release().perform();
        waitUntilUrlContains("year=");
        assertThat(decodedUrl()).containsPattern("year=\\d{4}-\\d{4}");
        String brushed = waitFor("#ui-year-from").getAttribute("value") + "-" + waitFor("#ui-year-to").getAttribute("value");
        assertThat(decodedUrl()).contains("year=" + brushed);

        open("/?q=乡村振兴");
        waitFor("#ui-year-chart canvas");
        WebElement from = waitFor("#ui-year-from");
        WebElement to = waitFor("#ui-year-to");
        from.clear();
        from.sendKeys("2018");
        to.clear();
        to.sendKeys("2020\n");
        waitUntilUrlContains("year=2018-2020");
        waiting().until(d -> !all(".result .badge-year").isEmpty()
                && all(".result .badge-year").stream().allMatch(b -> b.getText().matches("20(18|19|20)年")));
    }

    @Test
    void openAReportFromResultsAndJumpToAHit() {
        open("/?q=营商环境");
        waitFor(".result-title a").click();

        waitFor("#ui-report h1");
        assertThat(browser.getCurrentUrl()).contains("/report/");
        List<WebElement> marks = all("mark.hit");
        assertThat(marks).isNotEmpty();
        waitFor("#ui-next").click();
        WebElement current = waitFor("mark.hit.is-current");
        assertThat(current.getText()).isEqualTo("营商环境");
        waiting().until(d -> waitFor("#ui-hitinfo").getText().contains("第 "));
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top", current);
        assertThat(top.intValue()).as("the current hit is scrolled into view").isBetween(0, 1000);

        // what the reader shows besides the text: evidence, publish date or source, similar reports
        assertThat(waitFor("#ui-evidence").getText()).contains("年份");
        waiting().until(d -> !all("#ui-similar li a").isEmpty());
        Chromium.screenshot("report");
        assertNoExternalRequests();
        js("window.scrollTo(0, 0); document.getElementById('ui-evidence').open = true;");
        Chromium.screenshot("report-evidence");
        js("document.getElementById('ui-extra').scrollIntoView()");
        Chromium.screenshot("report-cites-figures-similar");
    }

    /** Issue #4: from a report's cited documents to every section citing the same one. */
    @Test
    void aCitedDocumentLeadsToTheOtherSectionsCitingIt() {
        open("/?cites=中国制造2025");
        assertThat(waitFor(".chip").getText()).contains("引用文件").contains("中国制造2025");
        waitFor(".result-title a").click();

        waitFor("#ui-report h1");
        WebElement others = waiting().until(d -> all("#ui-extra .cite-list li").stream()
                .filter(li -> li.getText().contains("《中国制造2025》")).findFirst()
                .map(li -> li.findElement(org.openqa.selenium.By.cssSelector("a.cite-others"))).orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'})", others);
        Chromium.screenshot("report-cites");
        others.click();

        waitUntilUrlContains("cites=");
        assertThat(waitFor(".chip").getText()).contains("中国制造2025");
        waiting().until(d -> !all(".result").isEmpty());
    }

    @Test
    void apiErrorsAreShownAsMessages() {
        open("/trend?term=改革&mode=bogus");
        WebElement error = waitFor(".message-error");
        assertThat(error.getText()).contains("无法绘制趋势").contains("度量方式只能是").contains("出错的参数：度量方式");
        Chromium.screenshot("error-trend");

        open("/report/no-such-report");
        assertThat(waitFor(".message-error").getText()).contains("找不到这份报告");
        Chromium.screenshot("error-report");
    }

    @Test
    void phoneWidthHasNoSidewaysScrolling() {
        browser.manage().window().setSize(Chromium.PHONE);
        for (String page : List.of("/?q=乡村振兴", "/trend?term=改革&term=创新", "/compare?left.year=1954-1990&right.year=2015-2025",
                "/concordance?q=放管服", "/phrasing?text=坚持稳中求进工作总基调")) {
            open(page);
            waitLoaded();
            assertNoHorizontalScroll();
            Chromium.screenshot("phone-" + (page.startsWith("/?") ? "search" : page.substring(1).replaceAll("\\?.*", "")));
        }
    }
}
