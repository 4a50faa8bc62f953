package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.Concordance;
import govsearch.index.ExportRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** /api/concordance/export: every concordance line of a term, not the page nor the 5,000 the page sorts. */
class ConcordanceExportApiTest extends BundledCorpusServer {

    @TempDir
    Path dir;

    private WebTestClient large() {
        return http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(256 << 20)).build();
    }

    @Test
    void aCsvExportHoldsEveryLineTheConcordanceCountsBeyondTheLinesItSorts() throws Exception {
        long total = get(u -> u.path("/api/concordance").queryParam("q", "{q}").build("发展")).get("total").asLong();
        assertThat(total).as("more lines than a concordance page sorts").isGreaterThan(Concordance.MAX_LINES);

        EntityExchangeResult<byte[]> export = large().get()
                .uri(u -> u.path("/api/concordance/export").queryParam("q", "{q}").build("发展"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(export.getResponseHeaders().getFirst("Content-Disposition"))
                .contains("attachment").contains("filename*=UTF-8''concordance_q-%E5%8F%91%E5%B1%95.csv");
        assertThat(export.getResponseHeaders().getFirst(ExportController.ROWS)).isEqualTo(Long.toString(total));
        // rows, widths, the header's term column, the terms found: every line, each with the term in the
        // middle as the text writes it (traditional characters match the simplified query)
        assertThat(csv(export.getResponseBody(), "print(len(rows)-1, sorted(set(len(r) for r in rows)), rows[0][8], "
                + "sorted(set(r[8] for r in rows[1:])))")).isEqualTo(total + " [11] term ['发展', '發展']");
    }

    @Test
    void aWildcardsExportHoldsAsManyLinesAsItsConcordanceEachAStringOfThePattern() throws Exception {
        long total = get(u -> u.path("/api/concordance").queryParam("q", "{q}").build("建设*强国")).get("total").asLong();
        assertThat(total).isPositive();

        EntityExchangeResult<byte[]> export = http.get()
                .uri(u -> u.path("/api/concordance/export").queryParam("q", "{q}").build("建设*强国"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getFirst(ExportController.ROWS)).isEqualTo(Long.toString(total));
        assertThat(csv(export.getResponseBody(), "import re\n"
                + "print(len(rows)-1, all(re.fullmatch('建设.{1,8}强国', r[8]) for r in rows[1:]), "
                + "sum(r[8]=='建设海洋强国' for r in rows[1:]))")).isEqualTo(total + " True 9");
    }

    @Test
    void aFilteredExportHoldsTheLinesOfThePageInTheirOrderAndNamesItsFilters() throws Exception {
        JsonNode page = get(u -> u.path("/api/concordance").queryParam("q", "{q}").queryParam("year", "2019")
                .queryParam("width", "10").queryParam("size", "100").build("小康"));
        long total = page.get("total").asLong();
        assertThat(total).as("one page holds them all").isPositive().isLessThanOrEqualTo(100);

        EntityExchangeResult<byte[]> export = http.get()
                .uri(u -> u.path("/api/concordance/export").queryParam("q", "{q}").queryParam("year", "2019")
                        .queryParam("width", "10").build("小康"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getFirst("Content-Disposition"))
                .contains("filename*=UTF-8''concordance_q-%E5%B0%8F%E5%BA%B7_width-10_year-2019.csv");
        StringBuilder expected = new StringBuilder();
        page.get("lines").forEach(l -> expected.append(l.get("reportId").asString()).append('|').append(l.get("left").asString())
                .append('|').append(l.get("match").asString()).append('|').append(l.get("right").asString()).append('\n'));
        Path csv = dir.resolve("lines.csv");
        Files.write(csv, export.getResponseBody());
        // the formula guard's ' taken off again, as a reader of the file would
        assertThat(python("import csv,sys\n"
                + "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8',newline='')))\n"
                + "assert all(r[2]=='2019' for r in rows[1:])\n"
                + "plain=lambda c: c[1:] if c[:1]==\"'\" and c[1:2] in ('=','+','-','@') else c\n"
                + "print('\\n'.join('|'.join((r[0],plain(r[7]),r[8],plain(r[9]))) for r in rows[1:]))", csv))
                .isEqualTo(expected.toString().strip());
    }

    @Test
    void anXlsxExportHoldsEveryLineAsPoiReadsIt() throws Exception {
        long total = get(u -> u.path("/api/concordance").queryParam("q", "{q}").build("小康")).get("total").asLong();

        EntityExchangeResult<byte[]> export = large().get()
                .uri(u -> u.path("/api/concordance/export").queryParam("q", "{q}").queryParam("format", "xlsx").build("小康"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getFirst("Content-Disposition"))
                .contains("filename*=UTF-8''concordance_q-%E5%B0%8F%E5%BA%B7.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponseBody()))) {
            Sheet sheet = book.getSheet("语境");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(0)).extracting(Cell::getStringCellValue).containsExactlyElementsOf(ExportRows.LINE_COLUMNS);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("小康");
            }
        }
    }

    @Test
    void badParametersAreRefusedAsTheConcordanceRefusesThem() {
        expectBad(u -> u.path("/api/concordance/export").build(), "q");
        expectBad(u -> u.path("/api/concordance/export").queryParam("q", "小康").queryParam("width", "500").build(), "width");
        expectBad(u -> u.path("/api/concordance/export").queryParam("q", "小康").queryParam("year", "abc").build(), "year");
        expectBad(u -> u.path("/api/concordance/export").queryParam("q", "小康").queryParam("format", "pdf").build(), "format");
        expectBad(u -> u.path("/api/concordance/export").queryParam("q", "！").build(), "q");
    }

    private String csv(byte[] body, String program) throws IOException, InterruptedException {
        Path csv = dir.resolve("export.csv");
        Files.write(csv, body);
        return python("import csv,sys\nrows=list(csv.reader(open(sys.argv[1],encoding='utf-8',newline='')))\n" + program, csv);
    }

    private static String python(String program, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", program, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
