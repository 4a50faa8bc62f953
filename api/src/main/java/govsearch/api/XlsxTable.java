package govsearch.api;

import govsearch.index.ExportRows;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as a stream (POI's SXSSF): only the last {@value #WINDOW} rows are in
 * memory, the rest already in a compressed temporary file, so a million rows cost what a hundred
 * do. A sheet holds at most {@link #EXCEL_ROWS} rows with its header; rows past that are counted,
 * not written, and a sheet 说明, shown first, says how many were left out and where to find them all.
 */
final class XlsxTable implements ExportTable {

    /** 1,048,576: what one Excel sheet holds, the header row included. */
    static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** 32,767: the longest text an Excel cell holds. */
    static final int CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final int WINDOW = 100;
    static final String NOTE_SHEET = "说明";

    private final Path file;
    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final int maxRows;
    private long rows;
    private int next;

    /** {@code maxRows}: rows of the sheet with its header, {@link #EXCEL_ROWS} but in tests. */
    XlsxTable(Path file, String sheetName, List<String> columns, int maxRows) {
        this.file = file;
        this.maxRows = maxRows;
        book.setCompressTempFiles(true);
        sheet = book.createSheet(sheetName);
        sheet.createFreezePane(0, 1);
        write(columns, false);
    }

    @Override
    public void row(List<String> cells) {
        rows++;
        if (next < maxRows) {
            write(cells, true);
        }
    }

    private void write(List<String> cells, boolean data) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (data && i == ExportRows.YEAR_COLUMN && cell.matches("\\d{1,4}")) {
                row.createCell(i).setCellValue(Integer.parseInt(cell));
            } else if (!cell.isEmpty()) {
                row.createCell(i).setCellValue(cell.length() > CELL_CHARS ? cell.substring(0, CELL_CHARS) : cell);
            }
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public long kept() {
        return Math.min(rows, maxRows - 1L);
    }

    /** The rows of the sheet not yet flushed to disk: at most {@value #WINDOW}, however many were written. */
    int rowsInMemory() {
        return next - 1 - sheet.getLastFlushedRowNum();
    }

    @Override
    public void close() throws IOException {
        try {
            if (kept() < rows) {
                SXSSFSheet note = book.createSheet(NOTE_SHEET);
                note.createRow(0).createCell(0).setCellValue(String.format(
                        "共 %,d 行，本表只收前 %,d 行：Excel 一张工作表最多 %,d 行（含表头）。全部结果请导出 CSV（format=csv）。",
                        rows, kept(), maxRows));
                book.setSheetOrder(NOTE_SHEET, 0);
                book.setActiveSheet(0);
                book.setSelectedTab(0);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        } finally {
            book.dispose(); // the temporary files of the flushed rows
            book.close();
        }
    }
}
