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
    private SearchQuery brokenSide;
    private Exception broken;
    final List<String> asked = new ArrayList<>();

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
        return years;
    }

    @Override
    public List<TermYear> termByYear(String term, SearchQuery filters) {
        asked.add(term);
        return terms.getOrDefault(term, List.of());
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
        return kwic;
    }

    @Override
    public List<Sentence> similarSentences(String draft, SearchQuery filters, int candidates) {
        asked.add(draft);
        return sentences;
    }
}
