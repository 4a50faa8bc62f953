package govsearch.api;

import govsearch.index.ExportRows;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** RFC 4180 CSV in UTF-8, cells quoted and formula-guarded by {@link ExportRows#csv}; no row limit. */
final class CsvTable implements ExportTable {

    private final Writer out;
    private long rows;

    CsvTable(Path file, List<String> columns) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(ExportRows.csv(columns));
    }

    @Override
    public void row(List<String> cells) throws IOException {
        out.write(ExportRows.csv(cells));
        rows++;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public long kept() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
