package govsearch.api;

import govsearch.analytics.TargetTable;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The expected targets (主要预期目标) and last year's outcomes the reports state, as one table. */
@RestController
class TargetsController {

    private final ReportIndex index;
    private final Bulkheads bulkheads;
    private final ResultCache cache;

    TargetsController(ReportIndex index, Bulkheads bulkheads, ResultCache cache) {
        this.index = index;
        this.bulkheads = bulkheads;
        this.cache = cache;
    }

    @Operation(summary = "Expected targets and outcomes, read from the reports",
            description = "One row per value a report states: indicator (gdp_growth, unemployment_surveyed, new_urban_jobs, "
                    + "cpi, income_growth, grain_output, energy_intensity, …), kind target (for the report's year) or outcome "
                    + "(for the year before, from the review), low and high (5%左右 → 5/5, 5%以上 → 5/–, 4.5%—5% → 4.5/5), "
                    + "unit, qualifier (左右, 以上, 以内, 区间, 同步, 按…安排), the quote and its section. year filters the year a "
                    + "value is for; region and type filter the reports as in search; kind=target|outcome. "
                    + "format=csv or Accept: text/csv exports the table.")
    @GetMapping(value = "/api/targets", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Mono<ResponseEntity<Object>> targets(ServerHttpRequest request,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(required = false) String region,
            @RequestParam(required = false) String type, @RequestParam(required = false) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            if (format != null && !format.equals("csv") && !format.equals("json")) {
                throw new BadQuery("format", "format must be json or csv, got '" + Params.abbreviate(format) + "'");
            }
            SearchQuery filters = QuerySyntax.parse(null, year, region, type, 0, 1);
            TargetTable.Filter filter = new TargetTable.Filter(blankToNull(indicator), blankToNull(kind), filters.years(),
                    filters.region(), filters.docType());
            TargetTable.Result result = cache.get("targets", filter, () -> TargetTable.compute(index, filter));
            boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
            if (csv) {
                return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=targets.csv")
                        .<Object>body(result.csv());
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).<Object>body(result);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
