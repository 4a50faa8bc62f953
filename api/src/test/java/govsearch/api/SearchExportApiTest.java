package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ExportRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.understand.ReportReader;
import govsearch.report.Source;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

/** /api/search/export: every matching section of a search as CSV that Python's csv module reads, or as XLSX. */
class SearchExportApiTest extends BundledCorpusServer {

    @TempDir
    Path dir;

    @Autowired
    ReportIndex index;

    /**
     * Only this report says 导出样例词, and it says no year and few common words, so that other tests'
     * counts over the shared index barely move: 20 parts × 10 points × 10 items, each item a section.
     * Every sentence starts with = and holds a quote and a comma, to be quoted and guarded.
     */
    static String manySections() {
        String[] cn = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
                "十六", "十七", "十八", "十九", "二十"};
        StringBuilder text = new StringBuilder("导出样例报告\n");
        for (int part = 0; part < 20; part++) {
            text.append(cn[part]).append("、甲部分\n");
            for (int point = 0; point < 10; point++) {
                text.append("（").append(cn[point]).append("）乙要点\n");
                for (int item = 1; item <= 10; item++) {
                    text.append(item).append(".丙条目\n")
                            .append("=导出样例词").append(part).append('-').append(point).append('-').append(item)
                            .append("，\"样例\",样例。\n");
                }
            }
        }
        return text.toString();
    }

    @Test
    void anExportHoldsEveryMatchingSectionAsRowsOfEqualWidth() throws Exception {
        Report many = ReportReader.read(Source.of("test://export/many-sections.txt", manySections()));
        if (!index.contains(many.id())) {
            index.add(List.of(many));
            index.commit();
        }
        JsonNode search = get(u -> u.path("/api/search").queryParam("q", "{q}").build("导出样例词"));
        long total = search.get("total").asLong();
        assertThat(total).as("sections saying 导出样例词").isGreaterThanOrEqualTo(2000);

        // the test reads the whole stream to hand it to Python; the server never holds it
        EntityExchangeResult<byte[]> export = http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(64 << 20)).build().get()
                .uri(u -> u.path("/api/search/export").queryParam("q", "{q}").queryParam("format", "csv").build("导出样例词"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(export.getResponseHeaders().getFirst("Content-Disposition")).contains("attachment");
        assertThat(new String(export.getResponseBody(), StandardCharsets.UTF_8))
                .as("the formula guard and RFC 4180 quoting of the sentence")
                .contains(",\"'=导出样例词0-0-1，\"\"样例\"\",样例。\",");
        assertThat(rowsAndWidths(export.getResponseBody())).isEqualTo(total + " [9] reportId");
    }

    @Test
    void aFilteredExportHoldsTheSearchTotalAndNamesItsQueryInTheFileName() throws Exception {
        JsonNode search = get(u -> u.path("/api/search").queryParam("q", "{q}").queryParam("year", "2019").build("发展"));
        long total = search.get("total").asLong();
        assertThat(total).isPositive();

        EntityExchangeResult<byte[]> export = http.get()
                .uri(u -> u.path("/api/search/export").queryParam("q", "{q}").queryParam("year", "2019").build("发展"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getFirst("Content-Disposition"))
                .contains("filename*=UTF-8''search_q-%E5%8F%91%E5%B1%95_year-2019.csv");
        assertThat(rowsAndWidths(export.getResponseBody())).isEqualTo(total + " [9] reportId");
        String body = new String(export.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(body.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",2019,").contains("发展"));
    }

    @Test
    void anXlsxExportHoldsEveryMatchingSectionAsPoiAndPythonReadIt() throws Exception {
        Report many = ReportReader.read(Source.of("test://export/many-sections.txt", manySections()));
        if (!index.contains(many.id())) {
            index.add(List.of(many));
            index.commit();
        }
        long total = get(u -> u.path("/api/search").queryParam("q", "{q}").build("导出样例词")).get("total").asLong();

        EntityExchangeResult<byte[]> export = http.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(64 << 20)).build().get()
                .uri(u -> u.path("/api/search/export").queryParam("q", "{q}").queryParam("format", "xlsx").build("导出样例词"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.getResponseHeaders().getFirst("Content-Disposition"))
                .contains("filename*=UTF-8''search_q-%E5%AF%BC%E5%87%BA%E6%A0%B7%E4%BE%8B%E8%AF%8D.xlsx");
        assertThat(export.getResponseHeaders().getFirst(ExportController.ROWS)).isEqualTo(Long.toString(total));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponseBody()))) {
            assertThat(book.getNumberOfSheets()).as("no note: nothing left out").isOne();
            Sheet sheet = book.getSheet("检索结果");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(0)).extracting(Cell::getStringCellValue).containsExactlyElementsOf(ExportRows.SECTION_COLUMNS);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).as("a text cell, not a formula")
                    .isEqualTo("=导出样例词0-0-1，\"样例\",样例。");
        }
        assertThat(xlsxRows(export.getResponseBody())).as("rows of sheet1.xml as Python's zipfile reads them").isEqualTo(total + 1);
    }

    @Test
    void anXlsxExportWritesTheYearAsANumberAndNamesItsFilters() throws Exception {
        long total = get(u -> u.path("/api/search").queryParam("q", "{q}").queryParam("year", "2019").build("发展")).get("total").asLong();

        EntityExchangeResult<byte[]> export = http.get()
                .uri(u -> u.path("/api/search/export").queryParam("q", "{q}").queryParam("year", "2019")
                        .queryParam("format", "xlsx").build("发展"))
                .exchange().expectStatus().isOk().expectBody().returnResult();

        assertThat(export.getResponseHeaders().getFirst("Content-Disposition"))
                .contains("filename*=UTF-8''search_q-%E5%8F%91%E5%B1%95_year-2019.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponseBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(ExportRows.YEAR_COLUMN).getNumericCellValue()).isEqualTo(2019);
            }
        }
    }

    /** The rows of the first sheet, counted by Python's zipfile and XML parser (openpyxl is not installed here). */
    private long xlsxRows(byte[] body) throws IOException, InterruptedException {
        Path xlsx = dir.resolve("export.xlsx");
        Files.write(xlsx, body);
        return Long.parseLong(python("import zipfile,sys,xml.etree.ElementTree as ET\n"
                + "ns='{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'\n"
                + "root=ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'))\n"
                + "print(len(root.findall('.//'+ns+'row')))", xlsx));
    }

    /** "rows [widths] firstHeaderCell" as Python's csv module reads the export. */
    private String rowsAndWidths(byte[] body) throws IOException, InterruptedException {
        Path csv = dir.resolve("export.csv");
        Files.write(csv, body);
        return python("import csv,sys\n"
                + "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8',newline='')))\n"
                + "print(len(rows)-1, sorted(set(len(r) for r in rows)), rows[0][0])", csv);
    }

    @Test
    void badParametersAreRefusedAsSearchRefusesThem() {
        expectBad(u -> u.path("/api/search/export").queryParam("year", "abc").build(), "year");
        expectBad(u -> u.path("/api/search/export").queryParam("format", "xml").build(), "format");
        expectBad(u -> u.path("/api/search/export").queryParam("q", "发展").queryParam("format", "xml").build(), "format");
        expectBad(u -> u.path("/api/search/export").queryParam("issuer", "{v}").build("机".repeat(101)), "issuer");
    }

    private static String python(String program, Path csv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", program, csv.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
