package govsearch.api;

import govsearch.analytics.Trend;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.report.Region;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every matching section of a search as CSV, for Stata, R or Excel. The rows are written to a
 * temporary file inside the search lane (the searcher is held only while they are written, and
 * no list of rows is ever built), then the file is streamed to the client and deleted.
 */
@RestController
class ExportController {

    static final String HEADER = "reportId,reportTitle,year,region,type,level,sectionPath,sentence,url\n";

    private final ReportIndex index;
    private final Bulkheads bulkheads;

    ExportController(ReportIndex index, Bulkheads bulkheads) {
        this.index = index;
        this.bulkheads = bulkheads;
    }

    @Operation(summary = "Every matching section of a search as CSV",
            description = "Same parameters and errors as /api/search (no page or size: all matches). Columns: "
                    + "reportId, reportTitle, year, region (path from the province down), type, level, sectionPath "
                    + "(titles joined by ' > '), sentence (the sentence of the first match), url. "
                    + "The file name carries the query and filters.")
    @GetMapping(value = "/api/search/export", produces = "text/csv")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(ServerHttpRequest request,
            @RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @RequestParam(required = false) String region, @RequestParam(required = false) String type,
            @RequestParam(required = false) String domain, @RequestParam(required = false) String level,
            @RequestParam(required = false) String cites, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String format) {
        return bulkheads.run(Lane.SEARCH, request, () -> {
            if (format != null && !format.equals("csv")) {
                throw new BadQuery("format", "format must be csv, got '" + Params.abbreviate(format) + "'");
            }
            SearchQuery query = QuerySyntax.issuer(QuerySyntax.cites(QuerySyntax.level(
                    QuerySyntax.parse(q, year, region, type, domain, null, null), level), cites), issuer);
            Path file = Files.createTempFile("govsearch-export", ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                index.eachMatch(query, (hit, adminLevel, sentence) -> out.write(row(hit, adminLevel, sentence)));
            } catch (UnsupportedOperationException e) {
                Files.deleteIfExists(file);
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_IMPLEMENTED, e.getMessage());
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        }).map(file -> ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(q, year, region, type, domain, level, cites), StandardCharsets.UTF_8)
                        .build().toString())
                .body(DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, 64 * 1024)
                        .doFinally(signal -> deleteQuietly(file))));
    }

    static String row(SearchResult.Hit hit, String adminLevel, String sentence) {
        Region r = hit.region();
        String region = r == null ? "" : java.util.stream.Stream.of(r.province(), r.city(), r.county())
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining("/"));
        String[] cells = {hit.reportId(), hit.reportTitle(), hit.year() == null ? "" : hit.year().toString(), region,
                hit.docType(), adminLevel, hit.sectionPath() == null ? "" : String.join(" > ", hit.sectionPath()),
                sentence, hit.url()};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : ",").append(Trend.csvCell(cells[i] == null ? "" : cells[i]));
        }
        return sb.append('\n').toString();
    }

    /** search_q-发展_year-2019.csv: the query and filters given, in a fixed order, so files of several exports sort and tell apart. */
    static String fileName(String q, String year, String region, String type, String domain, String level, String cites) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("q", q);
        given.put("year", year);
        given.put("region", region);
        given.put("type", type);
        given.put("domain", domain);
        given.put("level", level);
        given.put("cites", cites);
        StringBuilder name = new StringBuilder("search");
        given.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                String clean = v.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", "-");
                name.append('_').append(k).append('-').append(clean, 0, Math.min(clean.length(), 60));
            }
        });
        return name + ".csv";
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file left behind is cleaned with the temp directory
        }
    }
}
