package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page's province → city → county tree, over the bundled corpus plus {@link LocalReports}. */
class BrowserRegionTreeTest extends BrowserSupport {

    @Autowired
    ReportIndex index;

    @BeforeEach
    void localReports() throws IOException {
        LocalReports.addTo(index);
    }

    @Test
    void expandAProvinceAndACityThenPickACountyOfARepeatedName() {
        open("/?q=" + LocalReports.QUERY);
        waitFor(".result-title a");
        String before = counts();
        assertThat(before).contains("共 5 个报告");
        assertThat(node("福建省/福州市").isDisplayed()).as("cities start folded").isFalse();

        toggle("福建省").click();
        waiting().until(d -> node("福建省/福州市").isDisplayed());
        assertThat(toggle("福建省").getAttribute("aria-expanded")).isEqualTo("true");
        toggle("福建省/福州市").click();
        WebElement gulou = waiting().until(d -> node("福建省/福州市/鼓楼区").isDisplayed() ? node("福建省/福州市/鼓楼区") : null);
        assertThat(gulou.getText()).contains("鼓楼区", "1");
        assertThat(node("江苏省/南京市/鼓楼区").isDisplayed()).as("Nanjing's 鼓楼区 stays folded").isFalse();
        Chromium.screenshot("search-region-tree");
        gulou.click();

        waitUntilUrlContains("region=福建省/福州市/鼓楼区");
        waiting().until(d -> !counts().equals(before));
        assertThat(counts()).contains("共 1 个报告");
        assertThat(all(".result .badge-region")).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getText()).contains("福州市").contains("鼓楼区"));
        WebElement selected = waitFor(".facet-region .region-value.is-active");
        assertThat(selected.getAttribute("data-path")).isEqualTo("福建省/福州市/鼓楼区");
        assertThat(selected.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(waitFor(".chip").getText()).contains("福建省 › 福州市 › 鼓楼区");
        Chromium.screenshot("search-region-county");
        assertNoExternalRequests();

        waitFor(".chip").click();   // clearing the selection
        waiting().until(d -> !decodedUrl().contains("region="));
        waiting().until(d -> counts().equals(before));
    }

    @Test
    void theTreeWorksFromTheKeyboard() {
        open("/?q=" + LocalReports.QUERY);
        waitFor(".result-title a");

        toggle("河南省").sendKeys(Keys.ENTER);
        waiting().until(d -> node("河南省/漯河市").isDisplayed() && node("河南省/济源市").isDisplayed());
        toggle("河南省/漯河市").sendKeys(Keys.SPACE);
        waiting().until(d -> node("河南省/漯河市/舞阳县").isDisplayed());
        node("河南省/漯河市").sendKeys(Keys.ENTER);

        waitUntilUrlContains("region=河南省/漯河市");
        waiting().until(d -> counts().contains("共 2 个报告"));
        // focus comes back to the node just chosen; its counties are shown under it
        waiting().until(d -> "河南省/漯河市".equals(browser.switchTo().activeElement().getAttribute("data-path")));
        assertThat(node("河南省/漯河市/舞阳县").isDisplayed()).isTrue();
        node("河南省/漯河市/舞阳县").sendKeys(Keys.ENTER);
        waitUntilUrlContains("region=河南省/漯河市/舞阳县");
        waiting().until(d -> counts().contains("共 1 个报告"));

        browser.navigate().back();   // the URL is the state
        waiting().until(d -> counts().contains("共 2 个报告"));
        assertThat(waitFor(".facet-region .region-value.is-active").getAttribute("data-path")).isEqualTo("河南省/漯河市");
    }

    @Test
    void atPhoneWidthTheOpenTreeFitsTheScreen() {
        browser.manage().window().setSize(Chromium.PHONE);
        open("/?q=" + LocalReports.QUERY + "&region=河南省/漯河市/舞阳县");
        waitFor(".result-title a");

        WebElement selected = node("河南省/漯河市/舞阳县");
        js("arguments[0].scrollIntoView({block: 'center'})", selected);
        assertThat(selected.isDisplayed()).as("the chosen county is unfolded").isTrue();
        assertNoHorizontalScroll();
        Chromium.screenshot("phone-search-region-tree");
    }

    /** The filter button of a tree node, by its path. */
    private WebElement node(String path) {
        return browser.findElement(By.cssSelector(".facet-region .region-value[data-path='" + path + "']"));
    }

    /** The button that folds and unfolds a node's children. */
    private WebElement toggle(String path) {
        return node(path).findElement(By.xpath("preceding-sibling::button[contains(@class,'region-toggle')]"));
    }

    /** "共 5 个报告，10 个章节" without the time taken. */
    private String counts() {
        return waitFor(".result-count").getText().replaceAll("，用时.*", "");
    }
}
