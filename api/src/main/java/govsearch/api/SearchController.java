package govsearch.api;

import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.ReportList;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

@RestController
class SearchController {

    private final ReportIndex index;
    private final Bulkheads bulkheads;

    private final ResultCache cache;

    SearchController(ReportIndex index, Bulkheads bulkheads, ResultCache cache) {
        this.index = index;
        this.bulkheads = bulkheads;
        this.cache = cache;
    }

    /**
     * @param notes how q was read where it was not as typed: a quote left open, closed at its end
     *              ({@link QuerySyntax#unclosedQuote}); empty when q was read as typed
     */
    record SearchResponse(long total, long reports, long tookMs, List<SearchResult.Hit> hits,
                          Map<String, List<SearchResult.FacetValue>> facets, List<Note> notes) {
    }

    /** A remark on how the query was read: a code for programs and a Chinese message for the page. */
    record Note(String code, String quote, String message) {

        static List<Note> of(String q) {
            String open = QuerySyntax.unclosedQuote(q);
            if (open == null) {
                return List.of();
            }
            String close = open.equals("《") ? "》" : open.equals("\"") ? "\"" : "”";
            return List.of(new Note("unclosed-quote", open,
                    "检索词中的 " + open + " 没有配对，已当作在末尾补上 " + close + " 检索。"));
        }
    }

    @Operation(summary = "Search report sections",
            description = "Words must all match; \"exact phrase\" (also “…” and 《…》, a quote left open is closed at "
                    + "the end of q and notes says so); -exclude; year=2015 or year=2010-2020 inside q. "
                    + "A page holds `size` reports, each with up to 3 best sections. total counts sections, "
                    + "reports counts distinct reports; facet counts are reports, and a value applied as its filter "
                    + "gives exactly its count. city and county values are paths from the province down (河南省/漯河市/舞阳县).")
    @GetMapping("/api/search")
    Mono<SearchResponse> search(ServerHttpRequest request,
            @Parameter(description = "query, at most 500 characters") @RequestParam(required = false) String q,
            @Parameter(description = "2015 or 2010-2020") @RequestParam(required = false) String year,
            @Parameter(description = "a name of any level (广西, 广西壮族自治区, 漯河市, 全国) or a node of the region tree "
                    + "as a city or county facet value gives it: 河南省/漯河市, 福建省/福州市/鼓楼区 (that node only)")
            @RequestParam(required = false) String region,
            @Parameter(description = "政府工作报告, 决议, 党代会报告 …") @RequestParam(required = false) String type,
            @Parameter(description = "work domain of the section: 统一战线, 脱贫攻坚, 生态环境 …") @RequestParam(required = false) String domain,
            @Parameter(description = "the author's administrative level: 国家, 省, 市, 县, 乡镇/街道") @RequestParam(required = false) String level,
            @Parameter(description = "a document the section cites: part of its title (统一战线工作条例) or its number "
                    + "(国发〔2019〕5号, also with [ ] or 【 】), at most 100 characters") @RequestParam(required = false) String cites,
            @Parameter(description = "who issued the report, as the issuer facet names them (发布机构 / 发文机关 of its "
                    + "page's 政府信息公开 table: 内江市人民政府办公室), at most 100 characters")
            @RequestParam(required = false) String issuer,
            @Parameter(description = "0-based page of reports") @RequestParam(required = false) String page,
            @Parameter(description = "reports per page, 1-100") @RequestParam(required = false) String size) {
        return bulkheads.run(Lane.SEARCH, request, () -> {
            SearchQuery query = QuerySyntax.issuer(QuerySyntax.cites(QuerySyntax.level(QuerySyntax.parse(q, year, region, type,
                    domain, Params.integer("page", page), Params.integer("size", size)), level), cites), issuer);
            long start = System.nanoTime();
            SearchResult r = cache.get("search", query, () -> index.search(query));
            long took = (System.nanoTime() - start) / 1_000_000;
            return new SearchResponse(r.total(), r.reports(), took, r.hits(), r.facets(), Note.of(q));
        });
    }

    @Operation(summary = "One report with its section tree")
    @GetMapping("/api/reports/{id}")
    Mono<ReportView> report(ServerHttpRequest request, @PathVariable String id) {
        return bulkheads.run(Lane.SEARCH, request, () -> index.report(id)
                .map(ReportView::of)
                .orElseThrow(() -> new NotFound("no report with id '" + Params.abbreviate(id) + "'",
                        "找不到编号为“" + Params.abbreviate(id) + "”的报告。")));
    }

    @Operation(summary = "All reports, newest first")
    @GetMapping("/api/reports")
    Mono<ReportList> reports(ServerHttpRequest request, @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return bulkheads.run(Lane.SEARCH, request, () -> {
            SearchQuery paging = QuerySyntax.parse(null, null, null, null,
                    Params.integer("page", page), Params.integer("size", size));
            return index.reports(paging.page(), paging.size());
        });
    }
}
