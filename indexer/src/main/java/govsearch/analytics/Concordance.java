package govsearch.analytics;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.index.BadQuery;
import govsearch.index.SearchQuery;
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
        if (sort == Sort.left) {
            lines.sort(Comparator.comparing((KwicLine l) -> govsearch.analysis.Folding.fold(new StringBuilder(l.left()).reverse())));
        } else if (sort == Sort.right) {
            lines.sort(Comparator.comparing((KwicLine l) -> govsearch.analysis.Folding.fold(l.right())));
        }
    }

    public enum Sort { year, left, right }

    public record Result(long total, String sort, int page, int size, List<KwicLine> lines) {
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

    public static int width(Integer width) {
        int w = width == null ? 20 : width;
        if (w < 1 || w > 100) {
            throw new BadQuery("width", "width must be between 1 and 100, got " + w);
        }
        return w;
    }

    public static Result compute(Analytics index, String q, SearchQuery filters, int width, Sort sort)
            throws IOException {
        String term = term(q);
        int from = filters.page() * filters.size();
        KwicLines found = index.concordancePage(term, filters, width, sort, from, filters.size());
        return new Result(found.total(), sort.name(), filters.page(), filters.size(), found.lines());
    }

    /** The string q looks for: surrounding quote marks dropped, as search reads a quoted string. */
    public static String term(String q) {
        if (q == null || q.isBlank()) {
            throw new BadQuery("q", "q is empty: give a word or string to look for");
        }
        String term = q.strip().replaceAll("^[\"“”]+|[\"“”]+$", "").strip();
        if (term.length() > 100) {
            throw new BadQuery("q", "q is longer than 100 characters");
        }
        return term;
    }
}
