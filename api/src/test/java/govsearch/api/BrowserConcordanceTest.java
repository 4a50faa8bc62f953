package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The concordance page sorts by year either way, and at phone width keeps each line's source on screen. */
class BrowserConcordanceTest extends BrowserSupport {

    static final Dimension PHONE_375 = new Dimension(375, 812);

    List<Integer> shownYears() {
        return all("#ui-kwic tbody .kwic-year").stream().map(WebElement::getText).map(Integer::valueOf).toList();
    }

    @Test
    void yearSortsNewestFirstFromTheMenuAndTheColumnButton() {
        open("/concordance?q=高质量发展");
        waitFor("#ui-kwic .kwic-line");
        List<Integer> oldestFirst = shownYears();
        assertThat(oldestFirst).isSorted();

        new Select(browser.findElement(By.id("ui-sort"))).selectByVisibleText("按年份（由近到远）");
        waitUntilUrlContains("order=desc");
        waiting().until(d -> shownYears().getFirst() == 2025);
        assertThat(shownYears()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(waitFor("th.kwic-year").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(waitFor("th.kwic-year button").getText()).isEqualTo("年份 ▼");

        // the column button turns the order round
        waitFor("th.kwic-year button").click();
        waiting().until(d -> !decodedUrl().contains("order=desc"));
        waiting().until(d -> shownYears().getFirst().equals(oldestFirst.getFirst()));
        assertThat(waitFor("th.kwic-year").getAttribute("aria-sort")).isEqualTo("ascending");
    }

    @Test
    @SuppressWarnings("unchecked")
    void atPhoneWidthEveryLinesSourceIsOnScreen() {
        browser.manage().window().setSize(PHONE_375);
        open("/concordance?q=高质量发展&order=desc");
        waitFor("#ui-kwic .kwic-line");

        List<Map<String, Number>> sources = (List<Map<String, Number>>) js("""
                return [...document.querySelectorAll('#ui-kwic .kwic-line .kwic-source')].slice(0, 20).map(e => {
                  const r = e.getBoundingClientRect();
                  return {left: r.left, right: r.right, width: r.width, height: r.height, view: window.innerWidth};
                });""");
        assertThat(sources).hasSize(20);
        assertThat(sources).allSatisfy(r -> {
            assertThat(r.get("width").doubleValue()).as("source shown").isGreaterThan(20);
            assertThat(r.get("height").doubleValue()).isGreaterThan(0);
            assertThat(r.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(r.get("right").doubleValue()).isLessThanOrEqualTo(r.get("view").doubleValue());
        });
        // nothing scrolled sideways out of view, in the page or in the table's box
        assertNoHorizontalScroll();
        Number hidden = (Number) js("const s = document.querySelector('#ui-kwic').parentElement; return s.scrollWidth - s.clientWidth");
        assertThat(hidden.intValue()).as("table wider than its box by px").isLessThanOrEqualTo(1);
        // the keyword and its context are still on one row, the source under them
        Map<String, Number> first = (Map<String, Number>) js("""
                const l = document.querySelector('#ui-kwic .kwic-line');
                const m = l.querySelector('.kwic-match').getBoundingClientRect(), s = l.querySelector('.kwic-source').getBoundingClientRect();
                return {matchBottom: m.bottom, sourceTop: s.top};""");
        assertThat(first.get("sourceTop").doubleValue()).isGreaterThanOrEqualTo(first.get("matchBottom").doubleValue() - 1);
        js("document.getElementById('ui-kwic').scrollIntoView({block: 'start'})");
        Chromium.screenshot("concordance-phone");
    }
}
