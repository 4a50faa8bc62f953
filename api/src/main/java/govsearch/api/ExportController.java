package govsearch.api;

import govsearch.analytics.Concordance;
import govsearch.index.ExportRows;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every matching section of a search, and every concordance line of a term, as CSV or XLSX for
 * Stata, R or Excel. The rows are written to a temporary file inside the request's lane (the
 * index is read only while they are written, a page of sections at a time, and no list of rows is
 * ever built), then the file is streamed to the client and deleted (docs/design/search-export.md).
 */
@RestController
class ExportController {

    /** Rows of every match, as many as there are; X-Export-Kept says how many the file holds when fewer (XLSX). */
    static final String ROWS = "X-Export-Rows";
    static final String KEPT = "X-Export-Kept";

    private final ReportIndex index;
    private final Bulkheads bulkheads;
    private final Duration timeout;

    ExportController(ReportIndex index, Bulkheads bulkheads,
                     @Value("${govsearch.export-timeout:5m}") Duration timeout) {
        this.index = index;
        this.bulkheads = bulkheads;
        this.timeout = timeout;
    }

    @Operation(summary = "Every matching section of a search as CSV or XLSX",
            description = "Same parameters and errors as /api/search (no page or size: all matches), in corpus order "
                    + "(year, report, the report's order). Columns: reportId, reportTitle, year, region (path from the "
                    + "province down), type, level, sectionPath (headings joined by ' > '), sentence (the sentence of "
                    + "the first match), url. format=csv (default) or xlsx (at most 1,048,575 rows, Excel's limit; a "
                    + "sheet 说明 says how many were left out). The file name carries the query and filters.")
    @GetMapping(value = "/api/search/export", produces = {"text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    Mono<ResponseEntity<Flux<DataBuffer>>> search(ServerHttpRequest request,
            @RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @RequestParam(required = false) String region, @RequestParam(required = false) String type,
            @RequestParam(required = false) String domain, @RequestParam(required = false) String level,
            @RequestParam(required = false) String cites, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String format) {
        Map<String, String> given = given("q", q, "year", year, "region", region, "type", type, "domain", domain,
                "level", level, "cites", cites, "issuer", issuer);
        return export(request, Lane.SEARCH, format, "search", given, "检索结果", ExportRows.SECTION_COLUMNS, () -> {
            SearchQuery query = QuerySyntax.issuer(QuerySyntax.cites(QuerySyntax.level(
                    QuerySyntax.parse(q, year, region, type, domain, null, null), level), cites), issuer);
            return table -> index.eachMatch(query, (hit, adminLevel, sentence) ->
                    table.row(ExportRows.section(hit, adminLevel, sentence)));
        });
    }

    @Operation(summary = "Every concordance line of a term as CSV or XLSX",
            description = "Same parameters and errors as /api/concordance but no page, size or sort: every line, "
                    + "as many as its total, in year order (year, report, the report's order). Columns: reportId, "
                    + "reportTitle, year, region, type, level, sectionPath, left, term, right, url. format=csv "
                    + "(default) or xlsx, as for /api/search/export. The file name carries the term and filters.")
    @GetMapping(value = "/api/concordance/export", produces = {"text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    Mono<ResponseEntity<Flux<DataBuffer>>> concordance(ServerHttpRequest request,
            @RequestParam(required = false) String q, @RequestParam(required = false) String width,
            @RequestParam(required = false) String year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String type, @RequestParam(required = false) String domain,
            @RequestParam(required = false) String format) {
        Map<String, String> given = given("q", q, "width", width, "year", year, "region", region, "type", type,
                "domain", domain);
        return export(request, Lane.ANALYTICS, format, "concordance", given, "语境", ExportRows.LINE_COLUMNS, () -> {
            String term = Concordance.term(q);
            int w = Concordance.width(Params.integer("width", width));
            SearchQuery filters = QuerySyntax.parse(null, year, region, type, domain, null, null);
            // A wildcard (建设*强国) exports the lines of its most frequent fillers' strings, filler by filler.
            govsearch.analytics.Wildcard wildcard = govsearch.analytics.Wildcard.is(term)
                    ? govsearch.analytics.Wildcard.of("q", term) : null;
            return table -> {
                List<String> strings = wildcard == null ? List.of(term)
                        : wildcard.top(index, filters, govsearch.analytics.Concordance.WILDCARD_FILLERS).fillers().stream()
                        .map(govsearch.analytics.Wildcard.Filler::string).toList();
                for (String s : strings) {
                    index.eachLine(s, filters, w, (section, adminLevel, left, match, right) ->
                            table.row(ExportRows.line(section, adminLevel, left, match, right)));
                }
            };
        });
    }

    /** What an export writes, made once its parameters are read (so a bad one is refused before any file exists). */
    private interface Rows {
        void write(ExportTable table) throws IOException;
    }

    private interface Plan {
        Rows read();
    }

    private record Written(Path file, ExportTable.Format format, long rows, long kept) {
    }

    private Mono<ResponseEntity<Flux<DataBuffer>>> export(ServerHttpRequest request, Lane lane, String format,
            String kind, Map<String, String> given, String sheet, List<String> columns, Plan plan) {
        return bulkheads.run(lane, request, timeout, () -> {
            ExportTable.Format f = ExportTable.Format.of(format);
            Rows rows = plan.read();
            Path file = Files.createTempFile("govsearch-export", "." + f);
            try {
                ExportTable table = f.open(file, sheet, columns);
                try (table) {
                    rows.write(table);
                }
                return new Written(file, f, table.rows(), table.kept());
            } catch (UnsupportedOperationException e) {
                Files.deleteIfExists(file);
                throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        }).map(w -> {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(w.format().mediaType)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName(kind, given, w.format().name()), StandardCharsets.UTF_8).build().toString())
                    .header(ROWS, Long.toString(w.rows()));
            if (w.kept() < w.rows()) {
                ok.header(KEPT, Long.toString(w.kept()));
            }
            return ok.body(DataBufferUtils.read(w.file(), DefaultDataBufferFactory.sharedInstance, 64 * 1024)
                    .doFinally(signal -> deleteQuietly(w.file())));
        });
    }

    private static Map<String, String> given(String... pairs) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            given.put(pairs[i], pairs[i + 1]);
        }
        return given;
    }

    /**
     * search_q-发展_year-2019.csv: the kind of export, then the query and filters given, in a fixed
     * order, so the files of several exports sort and tell apart.
     */
    static String fileName(String kind, Map<String, String> given, String extension) {
        StringBuilder name = new StringBuilder(kind);
        given.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                String clean = v.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "-");
                name.append('_').append(k).append('-').append(clean, 0, Math.min(clean.length(), 60));
            }
        });
        return name + "." + extension;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file left behind is cleaned with the temp directory
        }
    }
}
