package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16 on the report page: the evidence rules are named in Chinese (开头的日期, not opening-date),
 * and each figure under 文中的数字 stands in its sentence (国内生产总值增长5.2%… not 增长5.2% alone).
 */
class BrowserReportReadingsTest extends BrowserSupport {

    /** The national government work report of 2024 in the bundled corpus. */
    String national2024() {
        JsonNode r = get(u -> u.path("/api/search").queryParam("q", "各位代表").queryParam("year", "2024")
                .queryParam("region", "全国").queryParam("type", "政府工作报告").queryParam("size", 1).build());
        return r.get("hits").get(0).get("reportId").asString();
    }

    @Test
    void theApiSendsEachRulesChineseNameAndEachFiguresSentence() {
        String id = national2024();
        JsonNode u = get(b -> b.path("/api/reports/{id}").build(id)).get("understanding");
        for (String reading : List.of("year", "region", "type", "level")) {
            for (JsonNode e : u.get(reading).get("evidence")) {
                assertThat(e.get("rule").asString()).as(reading).isNotBlank();
                assertThat(e.get("name").asString()).as(e.get("rule").asString())
                        .containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]");
            }
        }
        assertThat(u.get("figures")).isNotEmpty();
        for (JsonNode f : u.get("figures")) {
            assertThat(f.get("sentence").asString()).as(f.get("text").asString())
                    .contains(f.get("text").asString()).hasSizeGreaterThan(f.get("text").asString().length());
        }
    }

    @Test
    void theEvidenceIsNamedInChineseAndEachFigureStandsInItsSentence() {
        open("/report/" + id(national2024()));
        waitFor("#ui-report h1");
        js("document.getElementById('ui-evidence').open = true;");
        List<WebElement> rules = waiting().until(d -> {
            List<WebElement> r = all("#ui-evidence .evidence-item .rule");
            return r.isEmpty() ? null : r;
        });
        assertThat(rules).extracting(WebElement::getText)
                .allSatisfy(t -> assertThat(t).endsWith("：").containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]"));

        js("document.querySelectorAll('#ui-figures li').forEach(li => li.hidden = false)");
        JsonNode figures = get(b -> b.path("/api/reports/{id}").build(national2024())).get("understanding").get("figures");
        List<WebElement> lines = all("#ui-figures li");
        assertThat(lines).isNotEmpty().hasSizeLessThan(figures.size());
        int bold = 0;
        for (WebElement li : lines) {
            List<WebElement> shown = li.findElements(By.cssSelector("strong"));
            assertThat(shown).isNotEmpty();
            String sentence = li.getText();
            for (WebElement f : shown) {
                assertThat(sentence).as("the figure %s in its sentence", f.getText()).contains(f.getText())
                        .hasSizeGreaterThan(f.getText().length() + 4);
            }
            bold += shown.size();
        }
        assertThat(bold).as("every figure is in bold in its sentence").isEqualTo(figures.size());
        assertThat(lines.getFirst().getText()).isEqualTo(figures.get(0).get("sentence").asString());
        js("document.getElementById('ui-extra').scrollIntoView()");
        Chromium.screenshot("report-figures-in-sentences");
    }

    private static String id(String reportId) {
        return java.net.URLEncoder.encode(reportId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
