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

    /** Lines gathered for sorting; totals always count every occurrence. */
    public static final int MAX_LINES = 5000;

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
            throw new BadQuery("sort", "sort must be year, left or right, got '" + BadQuery.echo(s) + "'",
                    "排序方式只能是按年份、按左侧语境或按右侧语境，收到的是“" + BadQuery.echo(s) + "”。");
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
        if (q == null || q.isBlank()) {
            throw new BadQuery("q", "q is empty: give a word or string to look for",
                    "检索词是空的：请输入要查看语境的词或字串。");
        }
        String term = q.strip().replaceAll("^[\"“”]+|[\"“”]+$", "").strip();
        if (term.length() > 100) {
            throw new BadQuery("q", "q is longer than 100 characters", "检索词最多 100 个字。");
        }
        int from = filters.page() * filters.size();
        KwicLines found = index.concordance(term, filters, width, MAX_LINES);
        List<KwicLine> lines = new ArrayList<>(found.lines());
        if (sort == Sort.left) {
            lines.sort(Comparator.comparing((KwicLine l) -> new StringBuilder(l.left()).reverse().toString()));
        } else if (sort == Sort.right) {
            lines.sort(Comparator.comparing(KwicLine::right));
        }
        List<KwicLine> page = from >= lines.size() ? List.of() : lines.subList(from, Math.min(lines.size(), from + filters.size()));
        return new Result(found.total(), sort.name(), filters.page(), filters.size(), List.copyOf(page));
    }
}
