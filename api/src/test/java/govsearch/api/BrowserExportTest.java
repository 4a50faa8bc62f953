package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Issue #16: the search and concordance pages offer their whole result for the next tool, as
 * CSV and as Excel, named after the query and filters the page shows.
 */
class BrowserExportTest extends BrowserSupport {

    @Test
    void theSearchPageOffersEveryMatchingSectionAsCsvAndExcel() {
        open("/?q=" + enc("小康") + "&year=2019");
        String total = waitFor(".result-count strong:nth-of-type(2)").getText().replace(",", "");

        WebElement csv = waitFor("#ui-export-csv");
        WebElement xlsx = waitFor("#ui-export-xlsx");
        assertThat(csv.getText()).isEqualTo("导出CSV");
        assertThat(xlsx.getText()).isEqualTo("导出Excel");
        assertThat(csv.getAttribute("title")).contains("全部 " + total + " 个匹配章节");
        assertThat(csv.getAttribute("download")).isNotNull();

        assertThat(download(csv, "format=csv")).isEqualTo("search_q-%E5%B0%8F%E5%BA%B7_year-2019.csv " + total);
        assertThat(download(xlsx, "format=xlsx")).isEqualTo("search_q-%E5%B0%8F%E5%BA%B7_year-2019.xlsx " + total);
        Chromium.screenshot("search-export");
        assertNoExternalRequests();
    }

    @Test
    void theConcordancePageOffersEveryLineAsCsvAndExcel() {
        open("/concordance?q=" + enc("小康") + "&year=2019&width=10");
        String total = waitFor("#ui-out .result-count strong").getText().replace(",", "");

        WebElement csv = waitFor("#ui-export-csv");
        WebElement xlsx = waitFor("#ui-export-xlsx");
        assertThat(csv.getText()).isEqualTo("导出CSV");
        assertThat(xlsx.getText()).isEqualTo("导出Excel");
        assertThat(csv.getAttribute("title")).contains("全部 " + total + " 处");

        assertThat(download(csv, "format=csv")).isEqualTo("concordance_q-%E5%B0%8F%E5%BA%B7_width-10_year-2019.csv " + total);
        assertThat(download(xlsx, "format=xlsx")).isEqualTo("concordance_q-%E5%B0%8F%E5%BA%B7_width-10_year-2019.xlsx " + total);
        Chromium.screenshot("concordance-export");
        assertNoExternalRequests();
    }

    /** "fileName rows" of what the link serves. */
    private String download(WebElement link, String format) {
        URI href = URI.create(link.getAttribute("href"));
        assertThat(href.getRawQuery()).contains(format);
        EntityExchangeResult<byte[]> file = http.get().uri(href)
                .exchange().expectStatus().isOk().expectBody().returnResult();
        String disposition = file.getResponseHeaders().getFirst("Content-Disposition");
        return disposition.substring(disposition.indexOf("UTF-8''") + 7) + " "
                + file.getResponseHeaders().getFirst(ExportController.ROWS);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
