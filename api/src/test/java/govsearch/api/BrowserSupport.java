package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Helpers for the browser tests: the shared server, the shared Chromium, waits and checks. */
abstract class BrowserSupport extends BundledCorpusServer {

    static final Duration WAIT = Duration.ofSeconds(20);

    ChromeDriver browser;

    @BeforeEach
    void browser() {
        browser = Chromium.driver();
        browser.manage().window().setSize(Chromium.DESKTOP);
    }

    void open(String pathAndQuery) {
        browser.get(baseUrl() + pathAndQuery);
    }

    WebElement waitFor(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the page's request is answered: no loading indicator left and something shown. */
    void waitLoaded() {
        waiting().until(d -> d.findElements(By.cssSelector(".loading")).isEmpty()
                && !d.findElements(By.cssSelector("#ui-out > *, #ui-list > *, .message")).isEmpty());
    }

    /** A wait that looks again when the page re-rendered the element it was reading. */
    WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(browser, WAIT);
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    void waitUntilUrlContains(String fragment) {
        waiting().until(d -> decodedUrl().contains(fragment));
    }

    /** The address bar, percent-decoded, so tests can look for Chinese text in it. */
    String decodedUrl() {
        return URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Every resource the page loaded came from our server: no CDN, web fonts or analytics. */
    @SuppressWarnings("unchecked")
    void assertNoExternalRequests() {
        List<String> urls = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(urls).allSatisfy(u -> assertThat(u).startsWith(baseUrl() + "/"));
    }

    /** Nothing wider than the window (no sideways scrolling at phone width). */
    void assertNoHorizontalScroll() {
        Number over = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(over.intValue()).as("page wider than the window by px").isLessThanOrEqualTo(1);
    }
}
