package govsearch.api;

import govsearch.analytics.Changes;
import govsearch.analytics.Diffusion;
import govsearch.analytics.Trend;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What changed in a report since its author's last one, and how a formulation or cited document spread. */
@RestController
class ChangesController {

    private final ReportIndex index;
    private final Bulkheads bulkheads;
    private final ResultCache cache;

    ChangesController(ReportIndex index, Bulkheads bulkheads, ResultCache cache) {
        this.index = index;
        this.bulkheads = bulkheads;
        this.cache = cache;
    }

    @Operation(summary = "What changed since last year (今年报告有哪些新提法)",
            description = "Against the same author's report of the year before (same region, type and level): "
                    + "formulations new (and whether new to this author and to the whole corpus), dropped and "
                    + "continued, each with its first sentence; the two outlines heading by heading (same, reworded, "
                    + "added, gone). A report with no such predecessor answers previous null and a note saying why.")
    @GetMapping("/api/reports/{id}/changes")
    Mono<Changes.Result> changes(ServerHttpRequest request, @PathVariable String id) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            var report = index.report(id).orElseThrow(
                    () -> new NotFound("no report with id '" + Params.abbreviate(id) + "'", "id",
                            "找不到编号为“" + Params.abbreviate(id) + "”的报告。"));
            return cache.get("changes", id, () -> Changes.of(index, report));
        });
    }

    record DiffusionRequest(String term, String cites, Diffusion.Level level, String region) {
    }

    @Operation(summary = "How a policy spreads: the year each province (or city) first used a string or cited a document",
            description = "term= a string matched literally, or cites= part of a cited document's title or its number "
                    + "(国发〔2019〕5号); not both. level=province (default) follows provincial reports by province, "
                    + "level=city city reports by city (region= a province keeps its cities). Rows give each region's "
                    + "first year, report, section and sentence, earliest first; curve the cumulative adopters per year; "
                    + "regions how many regions of that level have any report.")
    @GetMapping("/api/diffusion")
    Mono<Diffusion.Result> diffusion(ServerHttpRequest request,
            @Parameter(description = "a string, matched literally") @RequestParam(required = false) String term,
            @Parameter(description = "a cited document: part of its title, or its number") @RequestParam(required = false) String cites,
            @Parameter(description = "province (default) or city") @RequestParam(required = false) String level,
            @Parameter(description = "for cities: the province (or any region) they lie in") @RequestParam(required = false) String region) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            boolean hasTerm = term != null && !term.isBlank();
            boolean hasCites = cites != null && !cites.isBlank();
            if (hasTerm == hasCites) {
                throw new BadQuery("term", hasTerm ? "give term= or cites=, not both"
                        : "give term= (a string) or cites= (a cited document's title or number)");
            }
            SearchQuery filters = QuerySyntax.parse(null, null, region, null, 0, 1);
            String t = hasTerm ? Trend.terms(List.of(term)).getFirst() : null;
            String c = hasCites ? QuerySyntax.cites(filters, cites).cites() : null;
            DiffusionRequest r = new DiffusionRequest(t, c, Diffusion.Level.parse(level), filters.region());
            return cache.get("diffusion", r, () -> Diffusion.compute(index, r.term(), r.cites(), r.level(), r.region()));
        });
    }
}
