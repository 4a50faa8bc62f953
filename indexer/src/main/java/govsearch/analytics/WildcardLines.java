package govsearch.analytics;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The concordance of a wildcard ({@code 建设*强国}): the lines of the strings its most frequent
 * fillers make, merged into one list in the order asked for. Each filler's lines come from the
 * backend's own concordance, so a line is exactly the line its string's concordance shows.
 */
final class WildcardLines {

    /** Fillers whose lines a wildcard's concordance holds: an open pattern (加快*) has hundreds, most used once or twice. */
    static final int MAX_FILLERS = 50;

    private WildcardLines() {
    }

    static Concordance.Result compute(Analytics index, Wildcard wildcard, SearchQuery filters, int width, Concordance.Sort sort,
                                      Concordance.Order order) throws IOException {
        boolean descending = order == Concordance.Order.desc;
        int from = filters.page() * filters.size();
        int upTo = from + filters.size();
        long total = 0;
        long pageable = 0;
        List<KwicLine> lines = new ArrayList<>();
        for (Wildcard.Filler f : wildcard.top(index, filters, MAX_FILLERS).fillers()) {
            CorpusStats.KwicLines found = index.concordancePage(f.string(), filters, width, sort, descending, 0, upTo);
            total += found.total();
            pageable += sort == Concordance.Sort.year && index instanceof Concordance.LargeSorts ? found.total()
                    : Math.min(found.total(), Concordance.sortedLines(index));
            lines.addAll(found.lines());
        }
        // Each filler's lines are in the asked order already; a stable sort interleaves them. In
        // year order the backends order a year's lines by report and section, so the merge does too;
        // inside one section the lines of the more frequent filler come first.
        if (sort == Concordance.Sort.year) {
            Comparator<KwicLine> byYear = descending
                    ? Comparator.comparing(KwicLine::year, Comparator.nullsLast(Comparator.reverseOrder()))
                    : Comparator.comparing(KwicLine::year, Comparator.nullsLast(Comparator.naturalOrder()));
            lines.sort(byYear.thenComparing(KwicLine::reportId, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(WildcardLines::sectionOrdinal));
        } else {
            Concordance.sortByContext(lines, sort, descending);
        }
        List<KwicLine> page = from >= lines.size() ? List.of() : List.copyOf(lines.subList(from, Math.min(lines.size(), upTo)));
        return new Concordance.Result(total, sort.name(), order.name(), filters.page(), filters.size(), page, pageable);
    }

    /** A section id is its report's id, a dash and its place in the report. */
    private static int sectionOrdinal(KwicLine line) {
        String id = line.sectionId();
        int dash = id == null ? -1 : id.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
