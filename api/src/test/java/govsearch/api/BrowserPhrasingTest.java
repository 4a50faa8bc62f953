package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The phrasing page in headless Chromium over the bundled corpus: which clauses of a draft each precedent covers. */
class BrowserPhrasingTest extends BrowserSupport {

    @Test
    void eachPrecedentShowsTheClausesOfTheDraftItCovers() {
        open("/phrasing?text=" + URLEncoder.encode("坚持以人民为中心的发展思想，扎实推进共同富裕", StandardCharsets.UTF_8)
                + "&phrase=" + URLEncoder.encode("稳中求进", StandardCharsets.UTF_8));

        waitFor(".precedent .precedent-clauses");
        assertThat(waitFor("#ui-precedents .hint").getText()).contains("2 个分句");
        List<WebElement> precedents = all(".precedent");
        WebElement first = precedents.getFirst();
        assertThat(first.findElement(By.cssSelector(".precedent-text")).getText())
                .contains("坚持以人民为中心的发展思想").contains("扎实推进共同富裕");
        assertThat(first.findElement(By.cssSelector(".clause-count")).getText()).contains("2/2");
        assertThat(first.findElements(By.cssSelector(".clause-covered"))).extracting(WebElement::getText)
                .containsExactly("✓ 坚持以人民为中心的发展思想", "✓ 扎实推进共同富裕");

        WebElement half = precedents.stream()
                .filter(p -> p.findElement(By.cssSelector(".precedent-text")).getText().equals("坚持以人民为中心的发展思想。"))
                .findFirst().orElseThrow();
        assertThat(half.findElement(By.cssSelector(".clause-count")).getText()).contains("1/2");
        assertThat(half.findElements(By.cssSelector("del.clause-missing"))).extracting(WebElement::getText)
                .containsExactly("✗ 扎实推进共同富裕");

        waitFor("#ui-variants table");
        assertThat(all("#ui-variants tbody td:first-child a")).extracting(WebElement::getText)
                .contains("稳中求进", "稳中有进", "稳中向好", "稳中提质");
        Chromium.screenshot("phrasing-clauses");
        assertNoExternalRequests();
    }
}
