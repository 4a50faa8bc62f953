package govsearch.analytics;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.index.BadQuery;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.SearchResult.FacetValue;
import govsearch.index.YearRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a policy spreads: for a string, or a cited document, the year each province (or each city of
 * a province) first used it in a report written at that level, with that report and sentence, and
 * the cumulative number of adopters year by year. Read from the search facets (each matching
 * report counted once under its province or city node), so every backend answers alike: one search
 * for who uses it at all, one per year from the first until every adopter has been seen, one
 * concordance per adopter for its first sentence.
 */
public final class Diffusion {

    /** At most this many regions are read (a city-level question over all China has ~330). */
    public static final int MAX_REGIONS = 400;
    private static final int SENTENCE_WIDTH = 300;
    private static final int LINES = 50;

    /** The level whose adoption is followed: its authors' level and the facet their node is counted under. */
    public enum Level {
        PROVINCE("省", "province"), CITY("市", "city");

        final String adminLevel;
        final String facet;

        Level(String adminLevel, String facet) {
            this.adminLevel = adminLevel;
            this.facet = facet;
        }

        /** Blank is PROVINCE; anything but province or city is a bad parameter. */
        public static Level parse(String value) {
            if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("province")) {
                return PROVINCE;
            }
            if (value.strip().equalsIgnoreCase("city")) {
                return CITY;
            }
            throw new BadQuery("level", "level must be province or city, got '" + BadQuery.echo(value) + "'");
        }
    }

    /** A region's first use: the year, the report, the section and the sentence. */
    public record Adoption(String region, int year, String reportId, String reportTitle, String sectionId,
                           String sentence) {
    }

    /** One year of the curve: regions first using it that year, and all so far. */
    public record YearPoint(int year, int adopted, int cumulative) {
    }

    /**
     * @param regions  regions of this level with any report in the index (of {@code region}, for cities):
     *                 how many could have adopted it
     * @param rows     first uses, earliest first, then by region
     */
    public record Result(String term, String cites, String level, String region, int regions,
                         List<YearPoint> curve, List<Adoption> rows) {
    }

    private Diffusion() {
    }

    /**
     * @param term   a string matched literally, as a quoted phrase is in search; or null
     * @param cites  a cited-document key ({@link govsearch.understand.Citations#key(String)}); or null
     * @param region for cities, the province (or any region filter) they lie in; null for all
     */
    public static Result compute(ReportIndex index, String term, String cites, Level level, String region)
            throws IOException {
        SearchQuery base = query(term, cites, level, region, null);
        SearchResult users = index.search(base);
        Set<String> adopters = new TreeSet<>();
        for (FacetValue v : users.facets().getOrDefault(level.facet, List.of())) {
            adopters.add(v.value());
        }
        if (adopters.size() > MAX_REGIONS) {
            throw new BadQuery("region", adopters.size() + " regions use it; narrow the question with region= (at most "
                    + MAX_REGIONS + ")");
        }
        List<Integer> years = new ArrayList<>();
        for (FacetValue v : users.facets().getOrDefault("year", List.of())) {
            years.add(Integer.valueOf(v.value()));
        }
        years.sort(Comparator.naturalOrder());
        // a region whose reports that use it all lack a year has no first year: it is left out
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int y : years) {
            if (first.size() == adopters.size()) {
                break;
            }
            SearchResult that = index.search(query(term, cites, level, region, YearRange.of(y)));
            for (FacetValue v : that.facets().getOrDefault(level.facet, List.of())) {
                first.putIfAbsent(v.value(), y);
            }
        }
        List<Adoption> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : first.entrySet()) {
            rows.add(firstUse(index, term, cites, level, e.getKey(), e.getValue()));
        }
        rows.sort(Comparator.comparingInt(Adoption::year).thenComparing(Adoption::region));
        return new Result(term, cites, level.name().toLowerCase(java.util.Locale.ROOT), region,
                regions(index, level, region), curve(rows), List.copyOf(rows));
    }

    private static SearchQuery query(String term, String cites, Level level, String region, YearRange years) {
        return new SearchQuery(List.of(), term == null ? List.of() : List.of(term), List.of(), years, region, null,
                0, 1, null, level.adminLevel, cites);
    }

    /** The first sentence of the region's first year: the smallest report id, then the earliest section. */
    private static Adoption firstUse(ReportIndex index, String term, String cites, Level level, String node, int year)
            throws IOException {
        SearchQuery f = query(term, cites, level, node, YearRange.of(year));
        String literal = term != null ? term : cites;
        KwicLine best = null;
        for (KwicLine l : index.concordance(literal, f, SENTENCE_WIDTH, LINES).lines()) {
            if (best == null || before(l, best)) {
                best = l;
            }
        }
        if (best != null) {
            return new Adoption(node, year, best.reportId(), best.reportTitle(), best.sectionId(),
                    (best.left() + best.match() + best.right()).strip());
        }
        // a document number written otherwise than its key (国发[2019]5号): the report's first matching section
        SearchResult r = index.search(new SearchQuery(f.words(), f.phrases(), f.excluded(), f.years(), f.region(),
                null, 0, 100, null, f.level(), f.cites()));
        SearchResult.Hit hit = r.hits().stream().min(Comparator.comparing(SearchResult.Hit::reportId)
                .thenComparing(h -> ordinal(h.sectionId()))).orElseThrow();
        return new Adoption(node, year, hit.reportId(), hit.reportTitle(), hit.sectionId(),
                hit.snippet() == null ? "" : hit.snippet().replaceAll("</?em>", ""));
    }

    private static boolean before(KwicLine a, KwicLine b) {
        int c = a.reportId().compareTo(b.reportId());
        if (c != 0) {
            return c < 0;
        }
        c = Integer.compare(ordinal(a.sectionId()), ordinal(b.sectionId()));
        return c != 0 ? c < 0 : a.left().length() < b.left().length();
    }

    private static int ordinal(String sectionId) {
        return Integer.parseInt(sectionId.substring(sectionId.lastIndexOf('-') + 1));
    }

    /** How many regions of this level have any report: the ceiling of the curve. */
    private static int regions(ReportIndex index, Level level, String region) throws IOException {
        SearchResult all = index.search(new SearchQuery(List.of(), List.of(), List.of(), null, region, null, 0, 1,
                null, level.adminLevel, null));
        return all.facets().getOrDefault(level.facet, List.of()).size();
    }

    static List<YearPoint> curve(List<Adoption> rows) {
        Map<Integer, Integer> perYear = new java.util.TreeMap<>();
        rows.forEach(r -> perYear.merge(r.year(), 1, Integer::sum));
        List<YearPoint> out = new ArrayList<>();
        int total = 0;
        for (Map.Entry<Integer, Integer> e : perYear.entrySet()) {
            total += e.getValue();
            out.add(new YearPoint(e.getKey(), e.getValue(), total));
        }
        return out;
    }
}
