package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #13: a report whose text has no title line shows the title made for it, marked as such. */
class BrowserReportTitleTest extends BrowserSupport {

    /** A city report as copied from its portal: it opens with the salutation. */
    static final String NEIJIANG = """
            各位代表：
            现在，我代表内江市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
            一、2023年工作回顾
            过去一年，内江全市上下坚持以习近平新时代中国特色社会主义思想为指导，全市地区生产总值增长6.5%。
            二、2024年工作安排
            2024年是中华人民共和国成立75周年，内江市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。
            """;

    @Autowired
    ReportIndex index;

    @Test
    void aReportOpeningWithASalutationIsTitledFromWhatWasReadAndSaysSo() throws IOException {
        Report report = ReportReader.read(Source.of("test://local/neijiang-2024.txt", NEIJIANG));
        synchronized (LocalReports.class) {
            if (!index.contains(report.id())) {
                index.add(List.of(report));
                index.commit();
            }
        }

        open("/report/" + report.id());

        assertThat(waitFor("#ui-report h1").getText()).startsWith("内江市2024年政府工作报告").doesNotContain("各位代表");
        assertThat(waitFor("#ui-title-inferred").getText()).isEqualTo("（标题据正文推断）");
        assertThat(waitFor("#ui-title-inferred").getAttribute("title")).contains("原文没有标题行");
        Chromium.screenshot("report-title-inferred");
        assertNoExternalRequests();
    }
}
