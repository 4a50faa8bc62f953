package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #14: the report page of a text that names no year shows the range its vocabulary allows,
 * marked as inferred, and the terms behind it among the evidence.
 */
class BrowserReportYearRangeTest extends BrowserSupport {

    @Autowired
    ReportIndex index;

    @Test
    void anUndatedReportsPageShowsItsYearRangeAndTheTermsBehindIt() throws IOException {
        Report undated = ReportReader.read(Source.of("test://undated/tongxinqiao.txt", ReportYearRangeApiTest.UNDATED));
        if (!index.contains(undated.id())) {
            index.add(List.of(undated));
            index.commit();
        }

        open("/report/" + URLEncoder.encode(undated.id(), StandardCharsets.UTF_8));

        assertThat(waitFor("#ui-year-range").getText()).isEqualTo("约2018年以后（据用语推断）");
        js("document.getElementById('ui-evidence').open = true;");
        waiting().until(d -> waitFor("#ui-evidence").getText().contains("用语的年代"));
        assertThat(waitFor("#ui-evidence").getText()).contains("约2018年以后（据用语推断）").contains("两个维护");
        Chromium.screenshot("report-year-range");
    }
}
