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

    /** Lines gathered for sorting by context; totals always count every occurrence. */
    public static final int MAX_LINES = 5000;

    /** Fillers whose lines a wildcard's concordance ({@code 建设*强国}) holds, most frequent first. */
    public static final int WILDCARD_FILLERS = WildcardLines.MAX_FILLERS;

    /**
     * How many lines, in corpus order, a sort by context covers on this backend: the embedded
     * index sorts up to 200,000 from its suffix arrays; a backend that reads each line's text, {@link #MAX_LINES}.
     */
    public static int sortedLines(Analytics index) {
        return index instanceof LargeSorts large ? large.sortedLines() : MAX_LINES;
    }

    /** A backend that sorts more lines by context than {@link #MAX_LINES}. */
    public interface LargeSorts {
        int sortedLines();
    }

    /** Sorts lines by their folded context (left read backwards), keeping corpus order among equals. */
    public static void sortByContext(List<KwicLine> lines, Sort sort) {
        sortByContext(lines, sort, false);
    }

    /**
     * Sorts lines by their folded context (left read backwards) or, descending, by year newest
     * first (lines without a year last); equal keys keep corpus order.
     */
    public static void sortByContext(List<KwicLine> lines, Sort sort, boolean descending) {
        Comparator<KwicLine> c = switch (sort) {
            case left -> Comparator.comparing((KwicLine l) -> govsearch.analysis.Folding.fold(new StringBuilder(l.left()).reverse()));
            case right -> Comparator.comparing((KwicLine l) -> govsearch.analysis.Folding.fold(l.right()));
            case year -> descending ? Comparator.comparing(KwicLine::year, Comparator.nullsLast(Comparator.reverseOrder())) : null;
        };
        if (c != null) {
            lines.sort(descending && sort != Sort.year ? c.reversed() : c);
        }
    }

    public enum Sort { year, left, right }

    /** Ascending (oldest year first, contexts A to Z) or descending (newest first, Z to A). */
    public enum Order { asc, desc }

    /**
     * {@code pageable}: how many of the {@code total} lines the pages reach (and, sorted by context,
     * the sort covers): all on the embedded index in year order, else {@link #sortedLines}.
     */
    public record Result(long total, String sort, String order, int page, int size, List<KwicLine> lines, long pageable) {
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
            throw new BadQuery("sort", "sort must be year, left or right, got '" + BadQuery.echo(s) + "'",
                    "排序方式只能是按年份、按左侧语境或按右侧语境，收到的是“" + BadQuery.echo(s) + "”。");
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
            throw new BadQuery("width", "width must be between 1 and 100, got " + w,
                    "语境宽度应在 1 到 100 个字之间，收到的是 " + w + "。");
        }
        return w;
    }

    public static Result compute(Analytics index, String q, SearchQuery filters, int width, Sort sort)
            throws IOException {
        return compute(index, q, filters, width, sort, Order.asc);
    }

    public static Result compute(Analytics index, String q, SearchQuery filters, int width, Sort sort, Order order)
            throws IOException {
        String term = term(q);
        if (Wildcard.is(term)) {
            return WildcardLines.compute(index, Wildcard.of("q", term), filters, width, sort, order);
        }
        int from = filters.page() * filters.size();
        KwicLines found = index.concordancePage(term, filters, width, sort, order == Order.desc, from, filters.size());
        long pageable = sort == Sort.year && index instanceof LargeSorts ? found.total() : Math.min(found.total(), sortedLines(index));
        return new Result(found.total(), sort.name(), order.name(), filters.page(), filters.size(), found.lines(), pageable);
    }

    /** The string q looks for: surrounding quote marks dropped, as search reads a quoted string. */
    public static String term(String q) {
        if (q == null || q.isBlank()) {
            throw new BadQuery("q", "q is empty: give a word or string to look for",
                    "检索词是空的：请输入要查看语境的词或字串。");
        }
        String term = q.strip().replaceAll("^[\"“”]+|[\"“”]+$", "").strip();
        if (term.length() > 100) {
            throw new BadQuery("q", "q is longer than 100 characters", "检索词最多 100 个字。");
        }
        return term;
    }

    /**
     * The newest years holding at least {@link #MAX_LINES} occurrences of the term (counted per year),
     * within the filter's years: what the first MAX_LINES lines newest-first come from.
     */
    public static YearRange newest(Analytics index, String term, SearchQuery filters) throws IOException {
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
