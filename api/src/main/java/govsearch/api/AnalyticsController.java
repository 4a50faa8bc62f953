package govsearch.api;

import govsearch.analytics.Comparison;
import govsearch.analytics.Concordance;
import govsearch.analytics.Phrasing;
import govsearch.analytics.Trend;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.server.reactive.ServerHttpRequest;
import reactor.core.publisher.Mono;

/**
 * Trends, comparisons, concordance and precedent phrasing. Every endpoint takes the search filters
 * (region, year, type, q; all but phrasing also domain); terms are matched literally, as quoted strings are in search.
 */
@RestController
class AnalyticsController {

    private static final Set<String> SIDE_FILTERS = Set.of("year", "region", "type", "domain", "q");

    private final ReportIndex index;
    private final Bulkheads bulkheads;
    private final ResultCache cache;

    AnalyticsController(ReportIndex index, Bulkheads bulkheads, ResultCache cache) {
        this.index = index;
        this.bulkheads = bulkheads;
        this.cache = cache;
    }

    private static SearchQuery filters(String q, String year, String region, String type, String domain) {
        return QuerySyntax.parse(q, year, region, type, domain, 0, 1);
    }

    record TrendRequest(List<String> terms, SearchQuery filters, Integer from, Integer to, Trend.Mode mode, int smooth,
                        Trend.Split split) {
    }

    @Operation(summary = "How often terms occur, year by year",
            description = "1-10 terms (word or \"quoted string\", matched literally). mode perMillion (per million "
                    + "characters of that year's sub-corpus), docShare (share of that year's reports) or count; "
                    + "smooth 0-5 is a centred moving average. Years without documents are absent; thin years "
                    + "(fewer than 3 reports) are flagged. format=csv or Accept: text/csv exports the table. "
                    + "axis: the years to draw (where the terms occur, 5 years either side, or the year filter's years); "
                    + "mix: each year's reports by type and by level, mixedTypes/mixedLevels when the axis years differ; "
                    + "split=type (or level): one series per term and type (level), rates within that type's reports; "
                    + "order=desc lists years newest first.")
    @GetMapping(value = "/api/trend", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Mono<ResponseEntity<Object>> trend(ServerHttpRequest request,
            @RequestParam(name = "term", required = false) List<String> term,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String smooth,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) String split, @RequestParam(required = false) String order,
            @RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @RequestParam(required = false) String region, @RequestParam(required = false) String type,
            @RequestParam(required = false) String domain,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            TrendRequest r = new TrendRequest(Trend.terms(term), filters(q, year, region, type, domain),
                    year("from", from), year("to", to), Trend.Mode.parse(mode), Trend.smooth(Params.integer("smooth", smooth)),
                    Trend.Split.parse(split));
            boolean newestFirst = Concordance.order(order) == Concordance.Order.desc;
            if (format != null && !format.equals("csv") && !format.equals("json")) {
                throw new BadQuery("format", "format must be json or csv, got '" + Params.abbreviate(format) + "'",
                        "格式只能是 json 或 csv，收到的是“" + Params.abbreviate(format) + "”。");
            }
            Trend.Result result = cache.get("trend", r, () -> Trend.compute(index,
                    govsearch.analytics.Wildcard.expand(index, r.terms(), r.filters()), r.filters(), r.from(), r.to(), r.mode(),
                    r.smooth(), r.split()));
            if (newestFirst) {
                result = result.descending();
            }
            boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
            if (csv) {
                return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=trend.csv")
                        .<Object>body(result.csv());
            }
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).<Object>body(result);
        });
    }

    record WildcardRequest(String term, SearchQuery filters) {
    }

    @Operation(summary = "The most frequent fillers of a string with one *",
            description = "term=建设*强国 (1-8 letters or digits in the gap, never punctuation), 加快* or *攻坚战 (the "
                    + "dictionary word after or before); each filler with the occurrences of the whole string it makes, "
                    + "at most 10, most frequent first. /api/trend takes the same terms and draws one line per filler.")
    @GetMapping("/api/wildcard")
    Mono<govsearch.analytics.Wildcard.Result> wildcard(ServerHttpRequest request, @RequestParam(required = false) String term,
            @RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @RequestParam(required = false) String region, @RequestParam(required = false) String type,
            @RequestParam(required = false) String domain) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            if (term == null || term.isBlank()) {
                throw new BadQuery("term", "term is empty: give a string with one *, as in 建设*强国", "请输入带一个 * 的词语，例如“建设*强国”。");
            }
            if (term.length() > 100) {
                throw new BadQuery("term", "term is longer than 100 characters", "词语不能超过 100 个字。");
            }
            govsearch.analytics.Wildcard w = govsearch.analytics.Wildcard.of("term", term);
            WildcardRequest r = new WildcardRequest(w.pattern(), filters(q, year, region, type, domain));
            return cache.get("wildcard", r, () -> w.top(index, r.filters(), govsearch.analytics.Wildcard.MAX_FILLERS));
        });
    }

    record FirstUsesRequest(int year, SearchQuery filters, int limit) {
    }

    @Operation(summary = "新提法: strings first written in a year and used after",
            description = "year (required) and the filters of the sub-corpus (region=全国 for the national reports, "
                    + "type, domain; a year filter is ignored): every string of 2-12 Han characters within a clause that "
                    + "the sub-corpus first wrote that year and used again later, ranked by later uses; strings always "
                    + "used inside a longer one are folded into it. limit 1-200 (default 50).")
    @GetMapping("/api/first-uses")
    Mono<govsearch.analytics.FirstUses.Result> firstUses(ServerHttpRequest request, @RequestParam(required = false) String year,
            @RequestParam(required = false) String limit, @RequestParam(required = false) String q,
            @RequestParam(required = false) String region, @RequestParam(required = false) String type,
            @RequestParam(required = false) String domain) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            Integer y = year("year", year);
            if (y == null) {
                throw new BadQuery("year", "year is required: the year whose new strings to list, e.g. 2024",
                        "请填写年份，例如 2024。");
            }
            Integer n = Params.integer("limit", limit);
            FirstUsesRequest r = new FirstUsesRequest(y, filters(q, null, region, type, domain), n == null ? 50 : n);
            return cache.get("firstUses", r, () -> govsearch.analytics.FirstUses.compute(index, r.year(), r.filters(), r.limit()));
        });
    }

    private static Integer year(String param, String value) {
        Integer y = Params.integer(param, value);
        if (y != null && (y < 1000 || y > 2999)) {
            throw new BadQuery(param, param + " must be a year like 2015, got " + y,
                    ChineseMessages.param(param) + "应是一个年份，如 2015，收到的是 " + y + "。");
        }
        return y;
    }

    record CompareRequest(SearchQuery left, SearchQuery right, String term, Comparison.Words words) {
    }

    @Operation(summary = "What sets two sub-corpora apart",
            description = "Each side is the search filters prefixed left. / right. (left.year=1954-1965&left.region=全国&"
                    + "right.year=2010-2025). Terms are ranked by log-likelihood (G2) of being overused on that side; "
                    + "shared lists words frequent on both; with term=, that term's per-million on each side. "
                    + "words=content (default) ranks content words only (no stop words, numerals, units or word fragments); "
                    + "words=all ranks every word of two or more characters.")
    @GetMapping("/api/compare")
    Mono<Comparison.Result> compare(ServerHttpRequest request, @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
                                    @RequestParam(required = false) String term,
                                    @RequestParam(required = false) String words) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            Comparison.Words which = Comparison.Words.parse(words);
            if (which == null) {
                throw new BadQuery("words", "words must be content or all, got " + Params.abbreviate(words),
                        "词表只能是实词（content）或全部词（all），收到的是“" + Params.abbreviate(words) + "”。");
            }
            CompareRequest r = new CompareRequest(side("left", params), side("right", params),
                    term == null || term.isBlank() ? null : Trend.terms(List.of(term)).getFirst(), which);
            return cache.get("compare", r, () -> Comparison.compute(index, r.left(), r.right(), r.term(), r.words()));
        });
    }

    static SearchQuery side(String side, MultiValueMap<String, String> params) {
        boolean any = false;
        for (String key : params.keySet()) {
            if (key.startsWith(side + ".")) {
                any = true;
                if (!SIDE_FILTERS.contains(key.substring(side.length() + 1))) {
                    throw new BadQuery(Params.abbreviate(key), "unknown filter " + Params.abbreviate(key) + "; a side takes " + side + ".year, "
                            + side + ".region, " + side + ".type, " + side + ".domain and " + side + ".q",
                            "未知的筛选条件“" + Params.abbreviate(key) + "”：每一侧只接受年份、地区、报告类型、工作领域和检索词。");
                }
                if (params.get(key).size() > 1) {
                    throw new BadQuery(key, key + " is given more than once", ChineseMessages.param(key) + "给了不止一次。");
                }
            }
        }
        if (!any) {
            throw new BadQuery(side, "the " + side + " side has no filter (e.g. " + side + ".year=2010-2025)",
                    ChineseMessages.param(side) + "没有任何筛选条件：请至少给出年份、地区、报告类型、工作领域或检索词之一。");
        }
        try {
            return filters(params.getFirst(side + ".q"), params.getFirst(side + ".year"),
                    params.getFirst(side + ".region"), params.getFirst(side + ".type"), params.getFirst(side + ".domain"));
        } catch (BadQuery e) {
            throw new BadQuery(side + "." + e.param(), side + "." + e.getMessage(),
                    e.chinese() == null ? null : ChineseMessages.param(side) + "：" + e.chinese());
        }
    }

    record ConcordanceRequest(String q, SearchQuery filters, int width, Concordance.Sort sort, Concordance.Order order) {
    }

    @Operation(summary = "Keyword in context", description = "Every occurrence of q (matched literally) with width "
            + "characters of context either side, inside its sentence; sort by year, left or right context, "
            + "order asc (oldest first, A to Z) or desc (newest first, Z to A). A q with one * (建设*强国) holds "
            + "the lines of the strings its 50 most frequent fillers make, as /api/wildcard finds them.")
    @GetMapping("/api/concordance")
    Mono<Concordance.Result> concordance(ServerHttpRequest request, @RequestParam(required = false) String q,
                                         @RequestParam(required = false) String width,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) String order,
                                         @RequestParam(required = false) String page,
                                         @RequestParam(required = false) String size,
                                         @RequestParam(required = false) String year,
                                         @RequestParam(required = false) String region,
                                         @RequestParam(required = false) String type,
                                         @RequestParam(required = false) String domain) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            SearchQuery f = QuerySyntax.parse(null, year, region, type, domain, Params.integer("page", page), Params.integer("size", size));
            ConcordanceRequest r = new ConcordanceRequest(q, f, Concordance.width(Params.integer("width", width)), Concordance.sort(sort),
                    Concordance.order(order));
            return cache.get("concordance", r, () -> Concordance.compute(index, r.q(), r.filters(), r.width(), r.sort(), r.order()));
        });
    }

    record PhrasingRequest(String kind, String text, SearchQuery filters, int size) {
    }

    @Operation(summary = "Precedent phrasing: the corpus sentences worded most like a draft",
            description = "Ranked by coverage (the share of the draft's clauses the sentence covers), then by "
                    + "character-bigram similarity (Dice), near-identical wording first; clauses marks which clauses "
                    + "each precedent covers, diff the characters it shares with the draft.")
    @GetMapping("/api/phrasing")
    Mono<Phrasing.Result> phrasing(ServerHttpRequest request, @RequestParam(required = false) String text,
                                   @RequestParam(required = false) String size,
                                   @RequestParam(required = false) String year,
                                   @RequestParam(required = false) String region,
                                   @RequestParam(required = false) String type) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            // no domain here: the stored sentences phrasing searches carry no section domains
            SearchQuery f = QuerySyntax.parse(null, year, region, type, 0, Params.integer("size", size));
            PhrasingRequest r = new PhrasingRequest("sentences", text, f, f.size());
            return cache.get("phrasing", r, () -> Phrasing.compute(index, r.text(), r.filters(), r.size()));
        });
    }

    @Operation(summary = "How a fixed phrase's wording changed over the years",
            description = "Wordings of whole words (IK), never across punctuation or quote marks, with the years of the "
                    + "sentences using them.")
    @GetMapping("/api/phrasing/variants")
    Mono<Phrasing.Variants> variants(ServerHttpRequest request, @RequestParam(required = false) String phrase,
                                     @RequestParam(required = false) String year,
                                     @RequestParam(required = false) String region,
                                     @RequestParam(required = false) String type) {
        return bulkheads.run(Lane.ANALYTICS, request, () -> {
            SearchQuery f = filters(null, year, region, type, null);
            PhrasingRequest r = new PhrasingRequest("variants", phrase, f, 0);
            return cache.get("phrasing", r, () -> Phrasing.variants(index, r.text(), r.filters()));
        });
    }

}
