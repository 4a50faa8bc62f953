package govsearch.analytics;

import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts written out by hand, answered as a backend would: the measures of this package are
 * arithmetic over what {@link Analytics} returns, so their tests state the counts and the expected
 * figures side by side. Whether a backend counts right is the contract's job (ReportIndexContract).
 * The terms and filters asked for are kept, so a test can check what was asked.
 */
final class WrittenCounts implements Analytics {

    private List<YearTotal> years = List.of();
    private Map<String, List<TermYear>> terms = Map.of();
    private Map<SearchQuery, WordCounts> words = Map.of();
    private KwicLines kwic = new KwicLines(0, List.of());
    private List<Sentence> sentences = List.of();
    private CorpusStats.Kinds kinds = CorpusStats.Kinds.NONE;
    /** Years and terms of the reports of one type or level, by that type or level. */
    private final Map<String, List<YearTotal>> groupYears = new java.util.HashMap<>();
    private final Map<String, Map<String, List<TermYear>>> groupTerms = new java.util.HashMap<>();
    private SearchQuery brokenSide;
    private Exception broken;
    final List<String> asked = new ArrayList<>();
    /** The filters of each concordance asked for. */
    final List<SearchQuery> askedFilters = new ArrayList<>();

    /** Word counts of this side fail with this, as a backend that lost its index or refused the filters would. */
    WrittenCounts broken(SearchQuery side, Exception e) {
        this.brokenSide = side;
        this.broken = e;
        return this;
    }

    WrittenCounts years(YearTotal... years) {
        this.years = List.of(years);
        return this;
    }

    WrittenCounts terms(Map<String, List<TermYear>> terms) {
        this.terms = terms;
        return this;
    }

    /** The types and levels of the corpus; the reports of each are given with {@link #group}. */
    WrittenCounts kinds(List<String> types, List<String> levels) {
        this.kinds = new CorpusStats.Kinds(types, levels);
        return this;
    }

    /** The counts of the reports of one type or level, answered when the filters keep that type or level. */
    WrittenCounts group(String typeOrLevel, List<YearTotal> years, Map<String, List<TermYear>> terms) {
        groupYears.put(typeOrLevel, years);
        groupTerms.put(typeOrLevel, terms);
        return this;
    }

    private static String group(SearchQuery filters) {
        return filters.docType() != null ? filters.docType() : filters.level();
    }

    @Override
    public CorpusStats.Kinds kinds(SearchQuery filters) {
        return kinds;
    }

    WrittenCounts words(Map<SearchQuery, WordCounts> words) {
        this.words = words;
        return this;
    }

    WrittenCounts kwic(KwicLines kwic) {
        this.kwic = kwic;
        return this;
    }

    WrittenCounts sentences(Sentence... sentences) {
        this.sentences = List.of(sentences);
        return this;
    }

    @Override
    public List<YearTotal> yearTotals(SearchQuery filters) {
        String group = group(filters);
        return group == null ? years : groupYears.getOrDefault(group, List.of());
    }

    @Override
    public List<TermYear> termByYear(String term, SearchQuery filters) {
        asked.add(term);
        String group = group(filters);
        return (group == null ? terms : groupTerms.getOrDefault(group, Map.of())).getOrDefault(term, List.of());
    }

    @Override
    public WordCounts wordCounts(SearchQuery filters, long maxChars) throws IOException {
        if (filters.equals(brokenSide) && broken instanceof IOException e) {
            throw e;
        }
        if (filters.equals(brokenSide) && broken instanceof RuntimeException e) {
            throw e;
        }
        return words.get(filters);
    }

    @Override
    public KwicLines concordance(String term, SearchQuery filters, int width, int limit) {
        asked.add(term);
        askedFilters.add(filters);
        if (filters.years() == null) {
            return kwic;
        }
        return new KwicLines(kwic.total(), kwic.lines().stream()
                .filter(l -> l.year() != null && filters.years().contains(l.year())).toList());
    }

    @Override
    public List<Sentence> similarSentences(String draft, SearchQuery filters, int candidates) {
        asked.add(draft);
        return sentences;
    }
}
