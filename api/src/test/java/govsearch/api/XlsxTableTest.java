package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX export's sheet: streamed with a bounded window, capped at what Excel holds, with a note when cut. */
class XlsxTableTest {

    @TempDir
    Path dir;

    private static final List<String> COLUMNS = List.of("reportId", "reportTitle", "year", "sentence");

    @Test
    void onlyTheLastHundredRowsAreInMemoryHoweverManyAreWritten() throws IOException {
        Path file = dir.resolve("many.xlsx");
        try (XlsxTable table = new XlsxTable(file, "检索结果", COLUMNS, XlsxTable.EXCEL_ROWS)) {
            for (int i = 0; i < 5_000; i++) {
                table.row(List.of("r" + i, "报告", "2019", "第" + i + "句。"));
                assertThat(table.rowsInMemory()).isLessThanOrEqualTo(XlsxTable.WINDOW);
            }
            assertThat(table.rows()).isEqualTo(5_000);
            assertThat(table.kept()).isEqualTo(5_000);
        }
        try (XSSFWorkbook book = open(file)) {
            Sheet sheet = book.getSheet("检索结果");
            assertThat(sheet.getLastRowNum()).isEqualTo(5_000);
            assertThat(sheet.getRow(5_000).getCell(3).getStringCellValue()).isEqualTo("第4999句。");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2019);
        }
    }

    /** Excel's 1,048,576 rows, shown here with a sheet of four (header and three rows). */
    @Test
    void rowsPastWhatASheetHoldsAreCountedAndANoteShownFirstSaysSo() throws IOException {
        Path file = dir.resolve("capped.xlsx");
        XlsxTable table = new XlsxTable(file, "语境", COLUMNS, 4);
        try (table) {
            for (int i = 1; i <= 5; i++) {
                table.row(List.of("r" + i, "报告", "", "句"));
            }
        }
        assertThat(table.rows()).isEqualTo(5);
        assertThat(table.kept()).isEqualTo(3);
        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getSheetName(0)).isEqualTo(XlsxTable.NOTE_SHEET);
            assertThat(book.getActiveSheetIndex()).isZero();
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains("共 5 行").contains("只收前 3 行").contains("format=csv");
            Sheet lines = book.getSheet("语境");
            assertThat(lines.getLastRowNum()).isEqualTo(3);
            assertThat(lines.getRow(3).getCell(0).getStringCellValue()).isEqualTo("r3");
            assertThat(lines.getRow(1).getCell(2)).as("no year: an empty cell").isNull();
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutToFit() throws IOException {
        Path file = dir.resolve("long.xlsx");
        try (XlsxTable table = new XlsxTable(file, "检索结果", COLUMNS, XlsxTable.EXCEL_ROWS)) {
            table.row(List.of("r", "报告", "2019", "长".repeat(40_000)));
        }
        try (XSSFWorkbook book = open(file)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).hasSize(32_767);
        }
    }

    @Test
    void theCapIsWhatExcelHolds() {
        assertThat(XlsxTable.EXCEL_ROWS).isEqualTo(1_048_576);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
