package govsearch.api;

import govsearch.index.BadQuery;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * The rows of one export written to a file, one at a time, in the format asked for: CSV for
 * Stata and R, XLSX for Excel. Closing finishes the file.
 */
interface ExportTable extends Closeable {

    /** Adds a row (or, past what the format holds, only counts it). */
    void row(List<String> cells) throws IOException;

    /** Rows given, the header not counted. */
    long rows();

    /** Rows the file holds, the header not counted: fewer than {@link #rows()} only where the format has a limit. */
    long kept();

    enum Format {
        csv(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
        xlsx(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }

        static Format of(String format) {
            if (format == null || format.isBlank()) {
                return csv;
            }
            try {
                return valueOf(format.strip());
            } catch (IllegalArgumentException e) {
                throw new BadQuery("format", "format must be csv or xlsx, got '" + Params.abbreviate(format) + "'",
                        "格式只能是 csv 或 xlsx，收到的是“" + Params.abbreviate(format) + "”。");
            }
        }

        ExportTable open(Path file, String sheet, List<String> columns) throws IOException {
            return this == csv ? new CsvTable(file, columns) : new XlsxTable(file, sheet, columns, XlsxTable.EXCEL_ROWS);
        }
    }
}
