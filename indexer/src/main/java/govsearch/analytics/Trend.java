package govsearch.analytics;

import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.index.BadQuery;
import govsearch.index.SearchQuery;
import govsearch.index.YearRange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often terms occur year by year, as the Ngram Viewer draws it: occurrences, reports, per
 * million characters of that year's sub-corpus, share of that year's reports. Years without
 * documents are absent, not zero; thin years are flagged; smoothing is a centred moving average
 * over the years present within ±smooth years.
 */
public final class Trend {

    public static final int MAX_TERMS = 10;
    public static final int MAX_SMOOTH = 5;
    /** Fewer reports than this in a year make its rates unreliable. */
    public static final int THIN_REPORTS = 3;

    public enum Mode {
        perMillion, docShare, count;

        public static Mode parse(String s) {
            if (s == null || s.isBlank()) {
                return perMillion;
            }
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(s.strip())) {
                    return m;
                }
            }
            throw new BadQuery("mode", "mode must be perMillion, docShare or count, got '" + BadQuery.echo(s) + "'",
                    "度量方式只能是每百万字次数、含该词报告的比例或次数，收到的是“" + BadQuery.echo(s) + "”。");
        }
    }

    /** One line per term (none), or per term and report type, or per term and author level. */
    public enum Split {
        none, type, level;

        public static Split parse(String s) {
            if (s == null || s.isBlank()) {
                return none;
            }
            for (Split x : values()) {
                if (x.name().equalsIgnoreCase(s.strip())) {
                    return x;
                }
            }
            throw new BadQuery("split", "split must be none, type or level, got '" + BadQuery.echo(s) + "'");
        }
    }

    public record Year(int year, long reports, long chars, boolean thin) {
    }

    public record Point(int year, long count, long reports, double perMillion, double docShare, double value) {
    }

    /**
     * One line: a term, over the whole sub-corpus ({@code group} null) or over the reports of one
     * type or level ({@code group} names it; its years are those where that group has reports).
     */
    public record Series(String term, String group, List<Point> points) {

        public Series(String term, List<Point> points) {
            this(term, null, points);
        }
    }

    /**
     * The years a chart should span (see {@link TrendMix#axis}); the table and the CSV keep every year.
     */
    public record Axis(int from, int to) {
    }

    /**
     * @param axis        the years to draw; null when no year has reports
     * @param mix         per year, the reports of each type and of each level (未知 for those without one)
     * @param mixedTypes  the years of the axis do not all hold the same report types
     * @param mixedLevels the years of the axis do not all hold reports of the same author levels
     */
    public record Result(Mode mode, int smooth, Split split, Axis axis, List<Year> years, List<TrendMix.YearMix> mix,
                         boolean mixedTypes, boolean mixedLevels, List<Series> series) {

        public Result(Mode mode, int smooth, List<Year> years, List<Series> series) {
            this(mode, smooth, Split.none, TrendMix.axis(years, series, null), years, List.of(), false, false, series);
        }

        /** The table as CSV: one row per term (and group, when split) and year. */
        public String csv() {
            boolean grouped = split != Split.none;
            StringBuilder sb = new StringBuilder(grouped ? "term,group,year,count,reports,perMillion,docShare,value\n"
                    : "term,year,count,reports,perMillion,docShare,value\n");
            for (Series s : series) {
                for (Point p : s.points()) {
                    sb.append(csvCell(s.term())).append(',');
                    if (grouped) {
                        sb.append(csvCell(s.group() == null ? "" : s.group())).append(',');
                    }
                    sb.append(p.year()).append(',').append(p.count()).append(',')
                            .append(p.reports()).append(',').append(String.format(Locale.ROOT, "%.4f", p.perMillion()))
                            .append(',').append(String.format(Locale.ROOT, "%.4f", p.docShare())).append(',')
                            .append(String.format(Locale.ROOT, "%.4f", p.value())).append('\n');
                }
            }
            return sb.toString();
        }

        /** The same answer with its years, mix and points newest first. */
        public Result descending() {
            List<Series> newestFirst = series.stream()
                    .map(s -> new Series(s.term(), s.group(), s.points().reversed())).toList();
            return new Result(mode, smooth, split, axis, years.reversed(), mix.reversed(), mixedTypes, mixedLevels, newestFirst);
        }
    }

    private Trend() {
    }

    /** Terms as given: words or "quoted strings"; quotes are dropped, as every term is matched literally. */
    public static List<String> terms(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            throw new BadQuery("term", "give 1 to " + MAX_TERMS + " terms, got none",
                    "请给出 1 到 " + MAX_TERMS + " 个词语。");
        }
        if (raw.size() > MAX_TERMS) {
            throw new BadQuery("term", "give 1 to " + MAX_TERMS + " terms, got " + raw.size(),
                    "最多比较 " + MAX_TERMS + " 个词语，现在有 " + raw.size() + " 个。");
        }
        List<String> terms = new ArrayList<>();
        for (String t : raw) {
            String term = t == null ? "" : t.strip().replaceAll("^[\"“”]+|[\"“”]+$", "").strip();
            if (term.isEmpty()) {
                throw new BadQuery("term", "a term is empty", "有一个词语是空的。");
            }
            if (term.length() > 100) {
                throw new BadQuery("term", "a term is longer than 100 characters", "每个词语最多 100 个字。");
            }
            terms.add(term);
        }
        return terms;
    }

    public static int smooth(Integer smooth) {
        int s = smooth == null ? 0 : smooth;
        if (s < 0 || s > MAX_SMOOTH) {
            throw new BadQuery("smooth", "smooth must be between 0 and " + MAX_SMOOTH + ", got " + s,
                    "平滑年数应在 0 到 " + MAX_SMOOTH + " 之间，收到的是 " + s + "。");
        }
        return s;
    }

    public static Result compute(Analytics index, List<String> terms, SearchQuery filters, Integer from, Integer to,
                                 Mode mode, int smooth) throws IOException {
        return compute(index, terms, filters, from, to, mode, smooth, Split.none);
    }

    /**
     * The trend of each term; with a split, one line per term and type (or level), each line's
     * rates taken within that type's (level's) reports — per million of their characters, share of
     * their reports — so that a line compares like with like over the years.
     */
    public static Result compute(Analytics index, List<String> terms, SearchQuery filters, Integer from, Integer to,
                                 Mode mode, int smooth, Split split) throws IOException {
        if (from != null && to != null && from > to) {
            throw new BadQuery("from", "from (" + from + ") is after to (" + to + ")",
                    "起始年份（" + from + "）晚于截止年份（" + to + "）。");
        }
        List<Year> years = years(index, filters, from, to);
        CorpusStats.Kinds kinds = years.isEmpty() ? CorpusStats.Kinds.NONE : index.kinds(filters);
        Map<String, List<Year>> byType = new LinkedHashMap<>();
        for (String type : kinds.types()) {
            byType.put(type, years(index, filters.withDocType(type), from, to));
        }
        Map<String, List<Year>> byLevel = new LinkedHashMap<>();
        for (String level : kinds.levels()) {
            byLevel.put(level, years(index, filters.withLevel(level), from, to));
        }
        List<Series> series = new ArrayList<>();
        for (String term : terms) {
            if (split == Split.none) {
                series.add(new Series(term, null, points(index, term, filters, years, mode, smooth)));
                continue;
            }
            Map<String, List<Year>> groups = split == Split.type ? byType : byLevel;
            for (Map.Entry<String, List<Year>> g : groups.entrySet()) {
                if (!g.getValue().isEmpty()) {
                    SearchQuery within = split == Split.type ? filters.withDocType(g.getKey()) : filters.withLevel(g.getKey());
                    series.add(new Series(term, g.getKey(), points(index, term, within, g.getValue(), mode, smooth)));
                }
            }
        }
        Axis axis = TrendMix.axis(years, series, yearFilter(filters, from, to));
        List<TrendMix.YearMix> mix = TrendMix.mix(years, byType, byLevel);
        return new Result(mode, smooth, split, axis, years, mix, TrendMix.mixed(mix, axis, TrendMix.YearMix::types),
                TrendMix.mixed(mix, axis, TrendMix.YearMix::levels), series);
    }

    /** The years asked for: from/to, narrowed by the year filter. Null when neither is set. */
    private static YearRange yearFilter(SearchQuery filters, Integer from, Integer to) {
        if (from == null && to == null) {
            return filters.years();
        }
        YearRange asked = new YearRange(from == null ? Integer.MIN_VALUE : from, to == null ? Integer.MAX_VALUE : to);
        return filters.years() == null ? asked : asked.and(filters.years());
    }

    private static List<Year> years(Analytics index, SearchQuery filters, Integer from, Integer to) throws IOException {
        List<Year> years = new ArrayList<>();
        for (YearTotal t : index.yearTotals(filters)) {
            if ((from == null || t.year() >= from) && (to == null || t.year() <= to)) {
                years.add(new Year(t.year(), t.reports(), t.chars(), t.reports() < THIN_REPORTS));
            }
        }
        return years;
    }

    /** The term's figures in each of the years, as rates of that year's reports and characters under the filters. */
    private static List<Point> points(Analytics index, String term, SearchQuery filters, List<Year> years, Mode mode,
                                      int smooth) throws IOException {
        List<TermYear> counted = index.termByYear(term, filters);
        // Both lists come in year order from either backend: a walk along both, not a map of thousands of boxed years.
        boolean ordered = inYearOrder(counted, TermYear::year) && inYearOrder(years, Year::year);
        Map<Integer, TermYear> found = new HashMap<>();
        if (!ordered) {
            for (TermYear ty : counted) {
                found.put(ty.year(), ty);
            }
        }
        List<Point> raw = new ArrayList<>(years.size());
        int next = 0;
        for (Year y : years) {
            TermYear ty;
            if (ordered) {
                while (next < counted.size() && counted.get(next).year() < y.year()) {
                    next++;
                }
                ty = next < counted.size() && counted.get(next).year() == y.year() ? counted.get(next) : null;
            } else {
                ty = found.get(y.year());
            }
            long count = ty == null ? 0 : ty.count();
            long reports = ty == null ? 0 : ty.reports();
            double perMillion = y.chars() == 0 ? 0 : count * 1e6 / y.chars();
            double share = y.reports() == 0 ? 0 : (double) reports / y.reports();
            double value = switch (mode) {
                case perMillion -> perMillion;
                case docShare -> share;
                case count -> count;
            };
            raw.add(new Point(y.year(), count, reports, perMillion, share, value));
        }
        return smoothed(raw, smooth);
    }

    private static <T> boolean inYearOrder(List<T> list, java.util.function.ToIntFunction<T> year) {
        for (int i = 1; i < list.size(); i++) {
            if (year.applyAsInt(list.get(i - 1)) >= year.applyAsInt(list.get(i))) {
                return false;
            }
        }
        return true;
    }

    static List<Point> smoothed(List<Point> points, int smooth) {
        if (smooth == 0) {
            return points;
        }
        // A window over the points in year order: a corpus scaled to thousands of years made the
        // pairwise scan the slowest part of a trend. The window's values are summed in year order.
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> points.get(i).year()));
        Point[] out = new Point[points.size()];
        int first = 0;
        for (int k = 0; k < order.length; k++) {
            Point p = points.get(order[k]);
            while (points.get(order[first]).year() < p.year() - smooth) {
                first++;
            }
            double sum = 0;
            int n = 0;
            for (int j = first; j < order.length && points.get(order[j]).year() <= p.year() + smooth; j++) {
                sum += points.get(order[j]).value();
                n++;
            }
            out[order[k]] = new Point(p.year(), p.count(), p.reports(), p.perMillion(), p.docShare(), sum / n);
        }
        return List.of(out);
    }

    /**
     * One cell as RFC 4180 has it: quoted when it holds a comma, quote, CR or LF (a bare CR ends a row
     * in Excel and LibreOffice, so an unquoted "a\r=cmd" would start a formula cell), and a leading
     * formula character (= + - @, or the tab and CR that spreadsheets skip before one) made text with '.
     */
    public static String csvCell(String s) {
        String cell = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
