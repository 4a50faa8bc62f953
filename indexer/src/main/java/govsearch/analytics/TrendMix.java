package govsearch.analytics;

import govsearch.analytics.Trend.Axis;
import govsearch.analytics.Trend.Point;
import govsearch.analytics.Trend.Series;
import govsearch.analytics.Trend.Year;
import govsearch.index.YearRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a trend's years are made of, and which of them a chart should span. A rate that "falls"
 * because 31 provincial reports join the national one in 2025 compares unlike with unlike: the
 * page says so when the years of its axis hold different report types or levels, and offers the split.
 */
public final class TrendMix {

    /** Years of lead-in drawn before a term's first year (and after its last), so its start is seen as a start. */
    public static final int LEAD = 5;

    /** Reports of a year without a type (or level), in {@link YearMix}. */
    public static final String UNKNOWN = "未知";

    /** One year's reports by type and by author level, most reports first. */
    public record YearMix(int year, Map<String, Long> types, Map<String, Long> levels) {
    }

    private TrendMix() {
    }

    /**
     * The years to draw. With a year filter (or from/to), its years, within the years that have
     * reports. Without one, the years where any line occurs, {@link #LEAD} years either side, within
     * the years that have reports — not 1921–2025 for a term first used in 2024. All years when no
     * line occurs at all; null when no year has reports.
     */
    static Axis axis(List<Year> years, List<Series> series, YearRange filter) {
        if (years.isEmpty()) {
            return null;
        }
        int first = years.getFirst().year();
        int last = years.getLast().year();
        if (filter != null) {
            int from = Math.max(first, filter.from());
            int to = Math.min(last, filter.to());
            return from <= to ? new Axis(from, to) : new Axis(first, last);
        }
        int firstSeen = Integer.MAX_VALUE;
        int lastSeen = Integer.MIN_VALUE;
        for (Series s : series) {
            for (Point p : s.points()) {
                if (p.count() > 0) {
                    firstSeen = Math.min(firstSeen, p.year());
                    lastSeen = Math.max(lastSeen, p.year());
                }
            }
        }
        if (firstSeen > lastSeen) {
            return new Axis(first, last);
        }
        return new Axis(Math.max(first, firstSeen - LEAD), Math.min(last, lastSeen + LEAD));
    }

    /** Per year, its reports of each type and each level; reports the groups do not account for are {@link #UNKNOWN}. */
    static List<YearMix> mix(List<Year> years, Map<String, List<Year>> byType, Map<String, List<Year>> byLevel) {
        Map<String, Map<Integer, Long>> types = byYear(byType);
        Map<String, Map<Integer, Long>> levels = byYear(byLevel);
        List<YearMix> out = new ArrayList<>();
        for (Year y : years) {
            out.add(new YearMix(y.year(), inYear(y, types), inYear(y, levels)));
        }
        return out;
    }

    /** Each group's reports by year: looked up per year, not searched (a scaled corpus has thousands of years). */
    private static Map<String, Map<Integer, Long>> byYear(Map<String, List<Year>> groups) {
        Map<String, Map<Integer, Long>> out = new LinkedHashMap<>();
        groups.forEach((name, years) -> {
            Map<Integer, Long> reports = new java.util.HashMap<>();
            for (Year gy : years) {
                if (gy.reports() > 0) {
                    reports.merge(gy.year(), gy.reports(), Long::sum);
                }
            }
            out.put(name, reports);
        });
        return out;
    }

    private static Map<String, Long> inYear(Year y, Map<String, Map<Integer, Long>> groups) {
        List<Map.Entry<String, Long>> found = new ArrayList<>();
        long known = 0;
        for (Map.Entry<String, Map<Integer, Long>> g : groups.entrySet()) {
            Long reports = g.getValue().get(y.year());
            if (reports != null) {
                found.add(Map.entry(g.getKey(), reports));
                known += reports;
            }
        }
        if (!groups.isEmpty() && y.reports() > known) {
            found.add(Map.entry(UNKNOWN, y.reports() - known));
        }
        found.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        found.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Whether the years of the axis hold different sets of types (or levels): a line over them then
     * joins years of unlike reports. Years holding the same kinds in other numbers are alike.
     */
    static boolean mixed(List<YearMix> mix, Axis axis, Function<YearMix, Map<String, Long>> kinds) {
        if (axis == null) {
            return false;
        }
        Set<Set<String>> seen = new HashSet<>();
        for (YearMix m : mix) {
            if (m.year() >= axis.from() && m.year() <= axis.to()) {
                seen.add(Set.copyOf(kinds.apply(m).keySet()));
            }
        }
        return seen.size() > 1;
    }
}
