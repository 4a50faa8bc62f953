package govsearch.elasticsearch;

import govsearch.analytics.Comparison;
import govsearch.analytics.Concordance;
import govsearch.analytics.Phrasing;
import govsearch.analytics.Trend;
import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.SearchResult.FacetValue;
import govsearch.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of questions a user can put to a backend over the bundled corpus — searches with
 * facets and every kind of filter, report pages, trends, comparisons, concordances, phrasing and
 * precedents — each asked through the same public calls the api makes. {@link BackendEquivalenceTest}
 * requires both backends to answer each alike; {@link BackendBench} times the searches and analytics.
 */
final class Questions {

    /** A question to a backend; the answer is compared whole (records, lists and maps of them). */
    interface Ask {
        Object of(ReportIndex index) throws IOException;
    }

    record Question(String kind, String name, Ask ask) {
        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    static final List<String> TERMS = List.of("小康", "改革开放", "脱贫攻坚", "生态文明", "乡村振兴",
            "人民公社", "高质量发展", "统一战线", "营商环境", "对外开放");

    static final SearchQuery ALL = filters(null, null, null, null, null);

    /** Filters trends are read under: none, year and region, a section-level q, a type, a domain. */
    static final List<SearchQuery> TREND_FILTERS = List.of(
            ALL,
            filters(null, "1978-2020", "全国", null, null),
            filters("经济", null, null, null, null),
            filters(null, null, null, "决议", null),
            filters(null, "2025", null, null, "生态环境"));

    /** Sides compared: decades, national against provincial reports of the same years, two kinds of report, two q. */
    static final List<SearchQuery[]> COMPARISONS = List.of(
            new SearchQuery[]{filters(null, "1978-1999", null, null, null), filters(null, "2010-2025", null, null, null)},
            new SearchQuery[]{filters(null, "2000-2025", "全国", null, null), filters(null, "2000-2025", "广东", null, null)},
            new SearchQuery[]{filters(null, null, null, "决议", null), filters(null, null, null, "党代会报告", null)},
            new SearchQuery[]{filters("农业", "2025", null, null, null), filters("工业", "2025", null, null, null)});

    /** Search boxes beyond the bench's list: quoting (also “…” and traditional characters), exclusions, filters. */
    private static final List<String[]> SEARCHES = List.of(
            // q, year, region, type, domain, level, cites
            new String[]{"", null, null, null, null, null, null},
            new String[]{"“全面建成小康社会”", null, null, null, null, null, null},
            new String[]{"\"愛國統一戰線\"", null, null, null, null, null, null},
            new String[]{"改革 -\"改革开放\"", null, null, null, null, null, null},
            new String[]{"-发展 经济", null, null, null, null, null, null},
            new String[]{"人民 \"社会主义\" -\"资本主义\" -帝国主义", "1954-1978", null, null, null, null, null},
            new String[]{"发展", "2025", "广西壮族自治区", null, null, null, null},
            new String[]{"发展", null, "湖南省", "政府工作报告", null, null, null},
            new String[]{"人民代表大会", null, null, "决议", null, null, null},
            new String[]{"党的建设", null, null, "党代会报告", null, null, null},
            new String[]{"", null, null, null, "统一战线", null, null},
            new String[]{"发展", null, null, null, "生态环境", null, null},
            new String[]{"", null, null, null, null, "国家", null},
            new String[]{"改革", null, null, null, null, "省", null},
            new String[]{"", null, null, null, null, null, "民族区域自治法"},
            new String[]{"", null, null, null, null, null, "企业法"},
            new String[]{"", null, null, null, null, null, "纲要"},
            new String[]{"发展", "1980-2000", "全国", "政府工作报告", null, "国家", "纲要"});

    /** Queries for paging through long result lists. */
    private static final List<String> PAGED = List.of("发展", "\"社会主义\"", "");

    /** Concordance terms, each read sorted three ways, first page and a later one. */
    private static final List<String> CONCORDANCE_TERMS = List.of("小康", "改革开放", "“脱贫攻坚”", "统一战线", "人民公社", "营商环境");

    private static final List<String> DRAFTS = List.of(
            "坚持稳中求进工作总基调，推动经济高质量发展",
            "全面建成小康社会取得决定性进展",
            "大力发展乡村特色产业，拓宽农民增收渠道",
            "巩固和发展最广泛的爱国统一战线");

    private static final List<String> PHRASES = List.of("全面建成小康社会", "稳中求进", "改革开放", "以经济建设为中心");

    private Questions() {
    }

    /** Every question, in a fixed order. */
    static List<Question> all() throws IOException {
        List<Question> q = new ArrayList<>();
        for (SearchQuery s : benchSearches()) {
            q.add(new Question("search", s.toString(), index -> index.search(s)));
        }
        for (String[] s : SEARCHES) {
            SearchQuery query = QuerySyntax.cites(QuerySyntax.level(
                    QuerySyntax.parse(s[0], s[1], s[2], s[3], s[4], 0, 10), s[5]), s[6]);
            q.add(new Question("search", String.join(" | ", java.util.Arrays.stream(s).map(String::valueOf).toList()),
                    index -> index.search(query)));
        }
        for (String text : PAGED) {
            for (int[] page : new int[][]{{0, 10}, {1, 10}, {2, 10}, {7, 10}, {0, 1}, {50, 1}, {0, 100}, {1, 100}, {500, 10}}) {
                SearchQuery query = QuerySyntax.parse(text, null, null, null, page[0], page[1]);
                q.add(new Question("search page", text + " page " + page[0] + " size " + page[1], index -> index.search(query)));
            }
        }
        for (String text : List.of("", "发展")) {
            q.add(new Question("search by each facet value", "q '" + text + "'", index -> byEachFacetValue(index, text)));
        }
        for (int page = 0; page < 3; page++) {
            int p = page;
            q.add(new Question("reports", "page " + page + " of 50", index -> index.reports(p, 50)));
        }
        q.add(new Question("reports", "every report, by id", Questions::everyReport));
        for (SearchQuery f : TREND_FILTERS) {
            q.add(new Question("yearTotals", f.toString(), index -> index.yearTotals(f)));
            for (String term : TERMS) {
                q.add(new Question("termByYear", term + " " + f, index -> index.termByYear(term, f)));
            }
            q.add(new Question("trend", "perMillion " + f, index -> Trend.compute(index, TERMS, f, null, null, Trend.Mode.perMillion, 0)));
            q.add(new Question("trend", "docShare, smoothed 2, 1978-2025 " + f,
                    index -> Trend.compute(index, TERMS, f, 1978, 2025, Trend.Mode.docShare, 2)));
            q.add(new Question("kinds", f.toString(), index -> index.kinds(f)));
            for (Trend.Split split : List.of(Trend.Split.type, Trend.Split.level)) {
                q.add(new Question("trend", "split " + split + ", perMillion " + f,
                        index -> Trend.compute(index, TERMS.subList(0, 3), f, null, null, Trend.Mode.perMillion, 0, split)));
            }
        }
        for (SearchQuery[] sides : COMPARISONS) {
            q.add(new Question("comparison", sides[0] + " vs " + sides[1],
                    index -> Comparison.compute(index, sides[0], sides[1], "改革")));
        }
        for (String term : CONCORDANCE_TERMS) {
            for (Concordance.Sort sort : Concordance.Sort.values()) {
                for (int page : new int[]{0, 3}) {
                    SearchQuery f = QuerySyntax.parse(null, null, null, null, page, 20);
                    q.add(new Question("concordance", term + " sort " + sort + " page " + page,
                            index -> Concordance.compute(index, term, f, 20, sort)));
                    q.add(new Question("concordance", term + " sort " + sort + " descending page " + page,
                            index -> Concordance.compute(index, term, f, 20, sort, Concordance.Order.desc)));
                }
            }
            q.add(new Question("concordance lines", term + " first 200, 2000-2025 全国",
                    index -> index.concordance(term.replaceAll("[“”]", ""), filters(null, "2000-2025", "全国", null, null), 10, 200)));
        }
        for (String draft : DRAFTS) {
            q.add(new Question("phrasing", draft, index -> Phrasing.compute(index, draft, ALL, 10)));
            q.add(new Question("precedents", draft, index -> index.similarSentences(draft, ALL, 50)));
        }
        q.add(new Question("phrasing", "2025 湖南 " + DRAFTS.getFirst(),
                index -> Phrasing.compute(index, DRAFTS.getFirst(), filters(null, "2025", "湖南", null, null), 5)));
        for (String phrase : PHRASES) {
            q.add(new Question("phrasing variants", phrase, index -> Phrasing.variants(index, phrase, ALL)));
        }
        for (String file : List.of("national-2025", "national-2020", "national-1954", "guangxi-2025")) {
            q.add(new Question("changes", file, index -> govsearch.analytics.Changes.of(index, byFile(index, file))));
        }
        for (String term : List.of("新质生产力", "高质量发展", "乡村振兴")) {
            q.add(new Question("diffusion", term, index -> govsearch.analytics.Diffusion.compute(index, term, null,
                    govsearch.analytics.Diffusion.Level.PROVINCE, null)));
        }
        // Issue 18: 新质生产力 first written in 2024, 高质量发展 in 2018 (FirstUsesCorpusTest), on both backends alike.
        for (int year : new int[]{2024, 2018}) {
            q.add(new Question("first uses", year + " 全国", index -> govsearch.analytics.FirstUses.compute(index, year,
                    filters(null, null, "全国", null, null), 50)));
        }
        for (String pattern : List.of("建设*强国", "*攻坚战")) {
            q.add(new Question("wildcard concordance", pattern, index -> govsearch.analytics.Concordance.compute(index, pattern,
                    filters(null, null, null, null, null), 20, govsearch.analytics.Concordance.Sort.right)));
        }
        q.add(new Question("diffusion", "cites 纲要", index -> govsearch.analytics.Diffusion.compute(index, null, "纲要",
                govsearch.analytics.Diffusion.Level.PROVINCE, null)));
        q.add(new Question("targets", "every target and outcome", index -> govsearch.analytics.TargetTable.compute(index,
                new govsearch.analytics.TargetTable.Filter(null, null, null, null, null))));
        q.add(new Question("targets", "gdp_growth targets 2010-2025 全国", index -> govsearch.analytics.TargetTable.compute(index,
                new govsearch.analytics.TargetTable.Filter("gdp_growth", "target", new govsearch.index.YearRange(2010, 2025), "全国", null))));
        return q;
    }

    /** The report imported from corpus/…/{file}.txt, found by the backend asked. */
    private static Report byFile(ReportIndex index, String file) throws IOException {
        for (var entry : index.reports(0, index.size()).reports()) {
            if (entry.url().endsWith("/" + file + ".txt")) {
                return index.report(entry.id()).orElseThrow();
            }
        }
        throw new IllegalStateException("no report from " + file + ".txt");
    }

    /** The bench's fixed list of realistic searches (query and region), first page of ten. */
    static List<SearchQuery> benchSearches() throws IOException {
        List<SearchQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../api/src/main/resources/bench-queries.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            queries.add(QuerySyntax.parse(cells[0], null, cells.length > 1 ? cells[1] : null, null, 0, 10));
        }
        return queries;
    }

    static SearchQuery filters(String q, String year, String region, String type, String domain) {
        return QuerySyntax.parse(q, year, region, type, domain, 0, 10);
    }

    /**
     * Each value of each facet of a search, applied as its filter (as a click on it does): the
     * search again, narrowed to that value. The values come from the backend asked.
     */
    private static Map<String, SearchResult> byEachFacetValue(ReportIndex index, String q) throws IOException {
        Map<String, SearchResult> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<FacetValue>> facet : index.search(QuerySyntax.parse(q, null, null, null, 0, 10)).facets().entrySet()) {
            for (FacetValue v : facet.getValue()) {
                String f = facet.getKey();
                String value = v.value();
                SearchQuery narrowed = switch (f) {
                    case "year" -> QuerySyntax.parse(q, value, null, null, 0, 10);
                    case "province", "city", "county" -> QuerySyntax.parse(q, null, value, null, 0, 10);
                    case "type" -> QuerySyntax.parse(q, null, null, value, 0, 10);
                    case "domain" -> QuerySyntax.parse(q, null, null, null, value, 0, 10);
                    case "level" -> QuerySyntax.level(QuerySyntax.parse(q, null, null, null, 0, 10), value);
                    default -> throw new IllegalStateException("a facet this list does not know: " + f);
                };
                out.put(f + "=" + value, index.search(narrowed));
            }
        }
        return out;
    }

    /** Every report as stored, sections and understanding included, in the listing's order. */
    private static List<Report> everyReport(ReportIndex index) throws IOException {
        List<Report> reports = new ArrayList<>();
        for (var entry : index.reports(0, index.size()).reports()) {
            reports.add(index.report(entry.id()).orElseThrow());
        }
        return reports;
    }
}
