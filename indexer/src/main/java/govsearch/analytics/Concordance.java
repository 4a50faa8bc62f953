package govsearch.analytics;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.index.BadQuery;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.index.SearchQuery;
import govsearch.index.YearRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keyword in context: every occurrence of a string with {@code width} characters either side,
 * within its sentence. Sorting by left context compares it read backwards from the keyword, as
 * concordancers do, so lines with the same preceding word group together.
 */
public final class Concordance {

    /** Lines gathered for sorting; totals always count every occurrence. */
    public static final int MAX_LINES = 5000;

    public enum Sort { year, left, right }

    /** Ascending (oldest year first, contexts A to Z) or descending (newest first, Z to A). */
    public enum Order { asc, desc }

    public record Result(long total, String sort, String order, int page, int size, List<KwicLine> lines) {
    }

    private Concordance() {
    }

    public static Sort sort(String s) {
        if (s == null || s.isBlank()) {
            return Sort.year;
        }
        try {
            return Sort.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new BadQuery("sort", "sort must be year, left or right, got '" + BadQuery.echo(s) + "'");
        }
    }

    public static Order order(String s) {
        if (s == null || s.isBlank()) {
            return Order.asc;
        }
        try {
            return Order.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw new BadQuery("order", "order must be asc or desc, got '" + BadQuery.echo(s) + "'");
        }
    }

    public static int width(Integer width) {
        int w = width == null ? 20 : width;
        if (w < 1 || w > 100) {
            throw new BadQuery("width", "width must be between 1 and 100, got " + w);
        }
        return w;
    }

    public static Result compute(Analytics index, String q, SearchQuery filters, int width, Sort sort)
            throws IOException {
        return compute(index, q, filters, width, sort, Order.asc);
    }

    public static Result compute(Analytics index, String q, SearchQuery filters, int width, Sort sort, Order order)
            throws IOException {
        if (q == null || q.isBlank()) {
            throw new BadQuery("q", "q is empty: give a word or string to look for");
        }
        String term = q.strip().replaceAll("^[\"“”]+|[\"“”]+$", "").strip();
        if (term.length() > 100) {
            throw new BadQuery("q", "q is longer than 100 characters");
        }
        int from = filters.page() * filters.size();
        KwicLines found = index.concordance(term, filters, width, MAX_LINES);
        List<KwicLine> lines = new ArrayList<>(found.lines());
        if (sort == Sort.year && order == Order.desc) {
            if (found.total() > lines.size()) {
                // The backend reads oldest first: past MAX_LINES, read again from the newest years only.
                lines = new ArrayList<>(index.concordance(term, filters.withYears(newest(index, term, filters)), width, MAX_LINES).lines());
            }
            // Stable: within a year, lines stay in corpus order; lines without a year stay last.
            lines.sort(Comparator.comparing(KwicLine::year, Comparator.nullsLast(Comparator.reverseOrder())));
        } else if (sort == Sort.left) {
            Comparator<KwicLine> c = Comparator.comparing((KwicLine l) -> new StringBuilder(l.left()).reverse().toString());
            lines.sort(order == Order.desc ? c.reversed() : c);
        } else if (sort == Sort.right) {
            Comparator<KwicLine> c = Comparator.comparing(KwicLine::right);
            lines.sort(order == Order.desc ? c.reversed() : c);
        }
        List<KwicLine> page = from >= lines.size() ? List.of() : lines.subList(from, Math.min(lines.size(), from + filters.size()));
        return new Result(found.total(), sort.name(), order.name(), filters.page(), filters.size(), List.copyOf(page));
    }

    /**
     * The newest years holding at least {@link #MAX_LINES} occurrences of the term (counted per year),
     * within the filter's years: what the first MAX_LINES lines newest-first come from.
     */
    static YearRange newest(Analytics index, String term, SearchQuery filters) throws IOException {
        List<TermYear> years = new ArrayList<>(index.termByYear(term, filters));
        years.sort(Comparator.comparingInt(TermYear::year));
        if (years.isEmpty()) {
            return filters.years();
        }
        int last = years.getLast().year();
        long lines = 0;
        int from = last;
        for (TermYear y : years.reversed()) {
            from = y.year();
            lines += y.count();
            if (lines >= MAX_LINES) {
                break;
            }
        }
        YearRange newest = new YearRange(from, last);
        return filters.years() == null ? newest : newest.and(filters.years());
    }
}
