package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reader's hit keys (README: hits highlighted, {@code n}/{@code p}): on /report/{id}?q=…, n moves
 * to the next hit and p to the previous one, wrapping at the ends; after a jump to a section in the
 * outline, n goes on from there (issue 16).
 */
class BrowserReportHitsTest extends BrowserSupport {

    /** 合作社 twice in part 一, not in part 二, twice in part 三, once in part 四. */
    static final String REPORT = """
            xx县2023年农民专业合作社发展情况报告
            一、基本情况
            全县登记注册的农民专业合作社共计412家，入社农户1.8万户，带动周边农户增收。
            县里评定示范合作社36家，覆盖粮食、蔬菜、水果、畜牧等主要产业。
            二、基础设施
            全年新建高标准农田2.3万亩，修建机耕道路46公里，改造提升灌溉渠系18公里。
            冷链仓储设施新增库容1.2万吨，农产品产地初加工能力进一步提升。
            三、存在问题
            部分合作社运行不够规范，财务管理制度不健全，利益联结机制不够紧密。
            一些合作社带头人经营管理能力不足，市场开拓能力有待加强。
            四、下一步工作
            加强规范化建设，开展合作社质量提升整县推进，促进农民持续增收。
            """;

    @Autowired
    ReportIndex index;

    Report report;

    @BeforeEach
    void addReport() throws IOException {
        report = ReportReader.read(Source.of("test://local/hits-cooperatives-2023.txt", REPORT));
        synchronized (LocalReports.class) {
            if (!index.contains(report.id())) {
                index.add(List.of(report));
                index.commit();
            }
        }
        open("/report/" + report.id() + "?q=合作社");
        waitFor("mark.hit");
        js("if (document.activeElement) document.activeElement.blur()"); // keys typed into the search box are not commands
    }

    /** Index of the current hit among all hits, -1 when none is current. */
    int current() {
        return ((Number) js("return Array.prototype.indexOf.call(document.querySelectorAll('mark.hit'),"
                + " document.querySelector('mark.hit.is-current'))")).intValue();
    }

    /** Index of the first hit inside the section whose heading text starts with {@code heading}. */
    int firstHitIn(String heading) {
        return ((Number) js("var hs = document.querySelectorAll('section[id] > .section-heading');"
                + "for (var h of hs) if (h.textContent.trim().indexOf(arguments[0]) >= 0) {"
                + "  var m = h.parentNode.querySelector('mark.hit');"
                + "  return Array.prototype.indexOf.call(document.querySelectorAll('mark.hit'), m); }"
                + "return -2;", heading)).intValue();
    }

    void press(String key) {
        new Actions(browser).sendKeys(key).perform();
    }

    @Test
    void nMovesToTheNextHitAndPToThePreviousWrappingAtTheEnds() {
        int hits = all("mark.hit").size();
        assertThat(hits).as("hits of 合作社 (title, parts 一, 三, 四)").isGreaterThanOrEqualTo(5);
        assertThat(current()).as("no hit is current before a key is pressed").isEqualTo(-1);

        press("n");
        int first = current();
        assertThat(first).as("n goes to the first hit on screen").isBetween(0, 1);
        assertThat(waitFor("#ui-hitinfo").getText()).contains("共 " + hits + " 处", "第 " + (first + 1) + " 处");

        press("n");
        assertThat(current()).isEqualTo(first + 1);
        press("n");
        assertThat(current()).isEqualTo(first + 2);
        press("p");
        assertThat(current()).isEqualTo(first + 1);
        assertThat(waitFor("#ui-hitinfo").getText()).contains("第 " + (first + 2) + " 处");
        assertThat(all("mark.hit.is-current")).as("one current hit at a time").hasSize(1);

        for (int i = current(); i > 0; i--) {
            press("p");
        }
        assertThat(current()).isZero();
        press("p");
        assertThat(current()).as("p on the first hit wraps to the last").isEqualTo(hits - 1);
        press("n");
        assertThat(current()).as("n on the last hit wraps to the first").isZero();
    }

    @Test
    void afterAJumpToASectionWithHitsNGoesOnFromItsFirstHit() {
        press("n");
        int inThree = firstHitIn("三");
        assertThat(inThree).isPositive();

        browser.findElement(By.cssSelector("#ui-outline-tree a[data-section='" + sectionId("三") + "']")).click();
        waitUntilUrlContains("#");
        press("n");

        assertThat(current()).as("n after jumping to part 三").isEqualTo(inThree + 1);
    }

    /** Issue 16: n after jumping to a section in the outline went back to an earlier hit. */
    @Test
    void afterAJumpToASectionWithoutHitsNGoesToTheFirstHitAfterIt() {
        press("n");
        assertThat(current()).isBetween(0, 1);
        int inThree = firstHitIn("三");

        browser.findElement(By.cssSelector("#ui-outline-tree a[data-section='" + sectionId("二") + "']")).click();
        waitUntilUrlContains("#");
        press("n");

        assertThat(current()).as("n after jumping to part 二, which has no hit").isEqualTo(inThree);
    }

    @Test
    void afterAJumpToASectionWithoutHitsPGoesToTheLastHitBeforeIt() {
        press("n");
        press("n");
        press("n");
        int inThree = firstHitIn("三");

        browser.findElement(By.cssSelector("#ui-outline-tree a[data-section='" + sectionId("二") + "']")).click();
        waitUntilUrlContains("#");
        press("p");

        assertThat(current()).as("p after jumping to part 二, which has no hit").isEqualTo(inThree - 1);
    }

    String sectionId(String heading) {
        return (String) js("var hs = document.querySelectorAll('section[id] > .section-heading');"
                + "for (var h of hs) if (h.textContent.trim().indexOf(arguments[0]) >= 0) return h.parentNode.id;"
                + "return null;", heading);
    }
}
