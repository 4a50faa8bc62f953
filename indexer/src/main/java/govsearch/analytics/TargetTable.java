package govsearch.analytics;

import govsearch.index.BadQuery;
import govsearch.index.RegionPath;
import govsearch.index.ReportIndex;
import govsearch.index.ReportList;
import govsearch.index.YearRange;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.understand.Gazetteer;
import govsearch.understand.Targets;
import govsearch.understand.Targets.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The targets and outcomes of the stored reports as one table, for economists who collect them by
 * hand across provinces and years. Read from each stored report's text by {@link Targets} when
 * asked, through {@link ReportIndex#reports} and {@link ReportIndex#report} only, so that every
 * backend gives the same rows (see docs/design/targets-read-at-query-time.md).
 */
public final class TargetTable {

    /** Reports listed per call while walking the index. */
    private static final int PAGE = 500;

    /**
     * One value read from one report.
     *
     * @param year   the year the value is for (a target: the report's year; an outcome: the year before)
     * @param region the report's region from the province down, joined by /: 全国, 安徽省, 河南省/漯河市
     * @param offset where the quote stands in its section's content; rule and cue say why it was read so ({@link Target})
     */
    public record Row(String reportId, String reportTitle, Integer year, String region, String indicator, String kind,
                      Double low, Double high, String unit, String qualifier, String quote, String sectionId, int offset,
                      String rule, String cue) {
    }

    /**
     * What to keep: each null for any.
     *
     * @param years   the years the values are for (not the years of the reports)
     * @param region  a name of any level (广西, 广西壮族自治区, 漯河市, 全国) or a {@link RegionPath}
     * @param docType the report's type (政府工作报告)
     */
    public record Filter(String indicator, String kind, YearRange years, String region, String docType) {

        /** Checks the values a user gave: indicator and kind must be known. */
        public Filter {
            if (indicator != null && !Targets.INDICATORS.contains(indicator)) {
                throw new BadQuery("indicator", "indicator must be one of " + String.join(", ", Targets.INDICATORS)
                        + ", got '" + BadQuery.echo(indicator) + "'");
            }
            if (kind != null && !kind.equals(Targets.TARGET) && !kind.equals(Targets.OUTCOME)) {
                throw new BadQuery("kind", "kind must be target or outcome, got '" + BadQuery.echo(kind) + "'");
            }
        }
    }

    /** The rows, by region, year, indicator, then outcome before target; and how many reports were read. */
    public record Result(List<Row> rows, int reportsRead) {

        static final String HEADER = "reportId,reportTitle,year,region,indicator,kind,low,high,unit,qualifier,quote,sectionId\n";

        public String csv() {
            StringBuilder b = new StringBuilder(HEADER);
            for (Row r : rows) {
                b.append(Stream.of(r.reportId(), r.reportTitle(), text(r.year()), r.region(), r.indicator(), r.kind(),
                                number(r.low()), number(r.high()), r.unit(), r.qualifier(), r.quote(), r.sectionId())
                        .map(v -> Trend.csvCell(v == null ? "" : v)).collect(Collectors.joining(","))).append('\n');
            }
            return b.toString();
        }

        private static String text(Integer i) {
            return i == null ? "" : i.toString();
        }

        private static String number(Double d) {
            if (d == null) {
                return "";
            }
            return d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
        }
    }

    private TargetTable() {
    }

    public static Result compute(ReportIndex index, Filter filter) throws IOException {
        List<Row> rows = new ArrayList<>();
        int read = 0;
        for (int page = 0; ; page++) {
            ReportList list = index.reports(page, PAGE);
            for (ReportList.Entry e : list.reports()) {
                if (!mayHold(e, filter)) {
                    continue;
                }
                List<Target> targets = targets(index, e);
                if (targets == null) {
                    continue; // replaced between the listing and now
                }
                read++;
                for (Target t : targets) {
                    if (keep(t, filter)) {
                        rows.add(new Row(e.id(), e.title(), t.year(), path(e.region()), t.indicator(), t.kind(), t.low(),
                                t.high(), t.unit(), t.qualifier(), t.quote(), t.sectionId(), t.offset(), t.rule(), t.cue()));
                    }
                }
            }
            if ((long) (page + 1) * PAGE >= list.total() || list.reports().isEmpty()) {
                break;
            }
        }
        rows.sort(Comparator.comparing(Row::region).thenComparing(Row::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(r -> Targets.INDICATORS.indexOf(r.indicator()))
                .thenComparing(Row::kind).thenComparing(Row::reportId));
        return new Result(rows, read);
    }

    /**
     * The readings of each report read before, by index, id and year: a report's id is made from its url
     * and text, so the same id and year always read the same. Bounded; a request with other filters
     * then needs no report loaded again.
     */
    private static final Map<String, List<Target>> READ = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Target>> eldest) {
                    return size() > 50_000;
                }
            });

    /** Forgets every report's readings (the bench measures a first read with it). */
    public static void forget() {
        READ.clear();
    }

    /** The targets of a listed report; null when it is gone. */
    private static List<Target> targets(ReportIndex index, ReportList.Entry e) throws IOException {
        // per index too: each backend reads its own stored text (BackendEquivalenceTest compares them)
        String key = System.identityHashCode(index) + "/" + e.id() + "@" + e.year();
        List<Target> targets = READ.get(key);
        if (targets == null) {
            Optional<Report> report = index.report(e.id());
            if (report.isEmpty()) {
                return null;
            }
            targets = List.copyOf(Targets.of(report.get()));
            READ.put(key, targets);
        }
        return targets;
    }

    /** Whether a listed report can hold rows the filter keeps: region and type are the report's; a target's year is too, an outcome's one less. */
    private static boolean mayHold(ReportList.Entry e, Filter f) {
        if (f.docType() != null && !f.docType().equals(e.docType())) {
            return false;
        }
        if (f.region() != null && !inRegion(e.region(), f.region())) {
            return false;
        }
        if (f.years() != null) {
            return e.year() != null && (f.years().contains(e.year()) || f.years().contains(e.year() - 1));
        }
        return true;
    }

    private static boolean keep(Target t, Filter f) {
        return (f.indicator() == null || f.indicator().equals(t.indicator()))
                && (f.kind() == null || f.kind().equals(t.kind()))
                && (f.years() == null || (t.year() != null && f.years().contains(t.year())));
    }

    /** As the search's region filter: a name of any level, full or short, or a node of the tree. */
    static boolean inRegion(Region region, String filter) {
        if (region == null || !region.known()) {
            return false;
        }
        if (!RegionPath.isPath(filter)) {
            return Gazetteer.aliases(region).contains(filter);
        }
        List<String> names = RegionPath.parse(filter).names();
        List<String> of = Stream.of(region.province(), region.city() != null ? region.city() : region.county(),
                region.city() != null ? region.county() : null).toList();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(of.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** 全国, 安徽省, 河南省/漯河市/舞阳县; empty when unknown. */
    static String path(Region r) {
        if (r == null || !r.known()) {
            return "";
        }
        return Stream.of(r.province(), r.city(), r.county()).filter(p -> p != null && !p.isEmpty())
                .collect(Collectors.joining("/"));
    }
}
