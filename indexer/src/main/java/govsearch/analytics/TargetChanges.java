package govsearch.analytics;

import govsearch.report.Report;
import govsearch.understand.Targets;
import govsearch.understand.Targets.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This year's expected targets against last year's, indicator by indicator: raised, lowered, the
 * same, new (set this year only) or dropped (set last year only). A target is compared by its
 * value — the middle of a range, else its one bound — so 5%左右 against 5%以上 is "same" in value
 * and the qualifiers say the rest.
 */
public final class TargetChanges {

    public enum Change { raised, lowered, same, added, dropped }

    /** One indicator: last year's and this year's target (either may be null), and what changed. */
    public record Row(String indicator, Change change, Target before, Target now) {
    }

    private TargetChanges() {
    }

    public static List<Row> of(Report now, Report before) {
        Map<String, Target> these = firstTargets(now);
        Map<String, Target> those = firstTargets(before);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Target> e : these.entrySet()) {
            Target was = those.get(e.getKey());
            rows.add(new Row(e.getKey(), was == null ? Change.added : compare(value(e.getValue()), value(was)), was, e.getValue()));
        }
        for (Map.Entry<String, Target> e : those.entrySet()) {
            if (!these.containsKey(e.getKey())) {
                rows.add(new Row(e.getKey(), Change.dropped, e.getValue(), null));
            }
        }
        return rows;
    }

    /** The first target each indicator is given in the report, for the report's own year. */
    private static Map<String, Target> firstTargets(Report report) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (Target t : Targets.of(report)) {
            if (Targets.TARGET.equals(t.kind()) && (t.year() == null || t.year().equals(report.year()))) {
                out.putIfAbsent(t.indicator(), t);
            }
        }
        return out;
    }

    static Double value(Target t) {
        if (t.low() != null && t.high() != null) {
            return (t.low() + t.high()) / 2;
        }
        return t.low() != null ? t.low() : t.high();
    }

    private static Change compare(Double now, Double before) {
        if (now == null || before == null) {
            return Change.same;
        }
        int c = Double.compare(now, before);
        return c > 0 ? Change.raised : c < 0 ? Change.lowered : Change.same;
    }
}
