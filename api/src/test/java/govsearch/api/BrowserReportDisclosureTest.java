package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import govsearch.report.Disclosure;
import govsearch.report.Evidence;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #20: a report crawled from a portal page with a 政府信息公开 table shows its issuer, date
 * written and document number with the words the page printed, and the issuer is a facet that filters.
 */
class BrowserReportDisclosureTest extends BrowserSupport {

    static final String ISSUER = "甜城市人民政府办公室";
    /** Words no other test searches for: the report is found by them alone. */
    static final String TEXT = """
            甜城市政务公开年度报告
            一、总体情况
            甜城市持续推进政务公开标准化规范化，主动公开文件三百余件，政务公开专区覆盖全部乡镇。
            二、存在的不足
            政策解读的形式较为单一，依申请公开答复质量仍有提升空间。
            """;

    @Autowired
    ReportIndex index;

    @Test
    void theTableIsShownWithThePagesWordsAndTheIssuerFacetFilters() throws IOException {
        Disclosure table = new Disclosure(ISSUER, LocalDate.of(2025, 1, 10), "甜府办〔2025〕1号", "11510000/2025-00001",
                "综合政务", "有效", List.of(new Evidence("issuer", "发布机构：" + ISSUER, -1, ISSUER, 1),
                new Evidence("writtenAt", "成文日期：2025年01月10日", -1, "2025年01月10日", 1),
                new Evidence("documentNumber", "发文字号：甜府办〔2025〕1号", -1, "甜府办〔2025〕1号", 1)));
        Report report = ReportReader.read(new Source("test://local/tiancheng-2025.html", TEXT, "甜城市2024年政务公开工作年度报告",
                LocalDate.of(2025, 1, 15), null, null, null, table));
        synchronized (LocalReports.class) {
            if (!index.contains(report.id())) {
                index.add(List.of(report));
                index.commit();
            }
        }

        open("/report/" + report.id());

        assertThat(waitFor(".disclosure-issuer dd").getText()).isEqualTo(ISSUER);
        assertThat(waitFor(".disclosure-issuer dd").getAttribute("title")).isEqualTo("网页所载：发布机构：" + ISSUER);
        assertThat(waitFor(".disclosure-writtenAt dd").getText()).isEqualTo("2025年1月10日");
        assertThat(waitFor(".disclosure-documentNumber dd").getText()).isEqualTo("甜府办〔2025〕1号");
        assertThat(all("#ui-evidence .evidence-disclosure li")).extracting(e -> e.getAttribute("textContent"))
                .contains("“发布机构：" + ISSUER + "”", "“成文日期：2025年01月10日”");

        waitFor(".disclosure-issuer dd a").click();
        waitUntilUrlContains("issuer=" + ISSUER);
        waitLoaded();
        assertThat(all("#ui-list .result-title")).extracting(e -> e.getText())
                .containsExactly("甜城市2024年政务公开工作年度报告");
        assertThat(waitFor("#ui-facets").getText()).as("the 发布机构 facet").contains("发布机构", ISSUER);
        assertNoExternalRequests();
    }
}
