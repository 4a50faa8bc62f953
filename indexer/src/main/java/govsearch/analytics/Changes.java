package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.Formulations.Use;
import govsearch.index.RegionPath;
import govsearch.index.ReportIndex;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.YearRange;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What changed since last year (今年报告有哪些新提法): a report against its author's report of the
 * year before — same region, type and level. Formulations ({@link Formulations}) this report uses
 * and last year's does not are new (each checked against the author's earlier years and the whole
 * corpus before this year), last year's it no longer uses are dropped, those it keeps are continued
 * (last year's new ones first); the outlines are compared heading by heading ({@link Outlines}).
 * Computed from the index's reports and literal counts, so every backend answers alike.
 */
public final class Changes {

    /** Formulations listed per kind; the rest are counted. */
    public static final int LIST = 150;
    /** New formulations checked against earlier years (two literal counts each), most used first. */
    public static final int CHECKED = 150;

    /** The report a change is told about: enough to name and link it. */
    public record ReportRef(String id, String title, Integer year, Region region, String docType, String level) {
        static ReportRef of(Report r) {
            return new ReportRef(r.id(), r.title(), r.year(), r.region(), r.docType(), Changes.level(r));
        }
    }

    /**
     * One formulation and where it is used first (in this report; for a dropped one, in last year's).
     *
     * @param firstForAuthor  no earlier report of this author uses it; null when not checked (past {@link #CHECKED})
     * @param firstInCorpus   no report of an earlier year, by anyone, uses it; null when not checked
     * @param newLastYear     a continued formulation that last year's report introduced (the year before did not use it)
     */
    public record Formulation(String text, int count, int lastYearCount, String sectionId, String sentence,
                              Boolean firstForAuthor, Boolean firstInCorpus, Boolean newLastYear) {
    }

    /**
     * @param previous   last year's report; null when there is none, and {@code note} says why
     * @param targets    this year's expected targets against last year's, indicator by indicator (empty without a previous report)
     */
    public record Result(ReportRef report, ReportRef previous, String note, Outlines.Comparison outline,
                         List<Formulation> added, int addedTotal, List<Formulation> dropped, int droppedTotal,
                         List<Formulation> continued, int continuedTotal, List<TargetChanges.Row> targets) {
    }

    private Changes() {
    }

    /** What changed in this report since its author's report of the year before. */
    public static Result of(ReportIndex index, Report report) throws IOException {
        ReportRef self = ReportRef.of(report);
        Optional<Report> previous = previous(index, report);
        if (previous.isEmpty()) {
            String why = report.year() == null ? "the year of this report is not known, so it has no previous year"
                    : !report.region().known() ? "the region of this report is not known, so its author's reports cannot be found"
                    : "no report of " + (report.year() - 1) + " by the same author (same region, type and level) in the index";
            return new Result(self, null, why, null, List.of(), 0, List.of(), 0, List.of(), 0, List.of());
        }
        Report last = previous.get();
        Optional<Report> yearBefore = previous(index, last);
        String thisText = text(report);
        String lastText = text(last);
        Map<String, Use> these = Formulations.of(report);
        Map<String, Use> those = Formulations.of(last);

        List<Use> added = new ArrayList<>();
        List<Use> continued = new ArrayList<>();
        for (Use u : these.values()) {
            (lastText.contains(u.text()) ? continued : added).add(u);
        }
        List<Use> dropped = new ArrayList<>();
        for (Use u : those.values()) {
            if (!thisText.contains(u.text())) {
                dropped.add(u);
            }
        }
        added = ranked(Formulations.closed(added));
        dropped = ranked(Formulations.closed(dropped));
        continued = Formulations.closed(continued);

        List<Formulation> addedOut = new ArrayList<>();
        SearchQuery author = author(report, null);
        for (Use u : added.subList(0, Math.min(LIST, added.size()))) {
            Boolean forAuthor = null;
            Boolean inCorpus = null;
            if (addedOut.size() < CHECKED && report.year() > 1000) {
                YearRange before = new YearRange(1000, report.year() - 1);
                inCorpus = used(index, u.text(), everyone(before)) == 0;
                forAuthor = inCorpus || used(index, u.text(), author(report, before)) == 0;
            }
            addedOut.add(new Formulation(u.text(), u.count(), 0, u.sectionId(), u.sentence(), forAuthor, inCorpus, null));
        }
        // first-ever formulations lead: they are what drafting staff ask about
        addedOut.sort(Comparator.comparing((Formulation f) -> !Boolean.TRUE.equals(f.firstInCorpus()))
                .thenComparing(f -> !Boolean.TRUE.equals(f.firstForAuthor())));

        List<Formulation> droppedOut = new ArrayList<>();
        for (Use u : dropped.subList(0, Math.min(LIST, dropped.size()))) {
            droppedOut.add(new Formulation(u.text(), 0, u.count(), u.sectionId(), u.sentence(), null, null, null));
        }

        String beforeText = yearBefore.map(Changes::text).orElse(null);
        List<Formulation> continuedOut = new ArrayList<>();
        for (Use u : continued) {
            Boolean newLastYear = beforeText == null ? null : !beforeText.contains(u.text());
            continuedOut.add(new Formulation(u.text(), u.count(), occurrences(lastText, u.text()), u.sectionId(),
                    u.sentence(), null, null, newLastYear));
        }
        continuedOut.sort(Comparator.comparing((Formulation f) -> !Boolean.TRUE.equals(f.newLastYear()))
                .thenComparing(Comparator.comparingInt(Formulation::count).reversed())
                .thenComparing(f -> -f.text().length()));
        return new Result(self, ReportRef.of(last), null, Outlines.compare(report, last),
                addedOut, added.size(), droppedOut, dropped.size(),
                List.copyOf(continuedOut.subList(0, Math.min(LIST, continuedOut.size()))), continued.size(),
                TargetChanges.of(report, last));
    }

    /** Most used first, then longest, then in order of use. */
    private static List<Use> ranked(List<Use> uses) {
        List<Use> out = new ArrayList<>(uses);
        out.sort(Comparator.comparingInt(Use::count).reversed().thenComparing(u -> -u.text().length()));
        return out;
    }

    private static long used(ReportIndex index, String term, SearchQuery filters) throws IOException {
        return index.termByYear(term, filters).stream().mapToLong(TermYear::count).sum();
    }

    /**
     * The same author's report of the year before: same region node, type and level; of several
     * (a text imported twice from two sites), the longest, then the smallest id.
     */
    public static Optional<Report> previous(ReportIndex index, Report report) throws IOException {
        if (report.year() == null || !report.region().known()) {
            return Optional.empty();
        }
        SearchQuery q = author(report, YearRange.of(report.year() - 1));
        TreeSet<String> ids = new TreeSet<>();
        for (int page = 0; page < 10; page++) {
            SearchResult r = index.search(new SearchQuery(List.of(), List.of(), List.of(), q.years(), q.region(),
                    q.docType(), page, 100, null, q.level(), null));
            for (SearchResult.Hit h : r.hits()) {
                if (report.region().equals(h.region()) && java.util.Objects.equals(report.docType(), h.docType())) {
                    ids.add(h.reportId());
                }
            }
            if ((long) (page + 1) * 100 >= r.reports()) {
                break;
            }
        }
        Report best = null;
        for (String id : ids) {
            Optional<Report> r = index.report(id);
            if (r.isPresent() && (best == null || r.get().chars() > best.chars())) {
                best = r.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The filters that keep one author's reports: region node, type and level. */
    static SearchQuery author(Report report, YearRange years) {
        Region region = report.region();
        String node = RegionPath.county(region) != null ? RegionPath.county(region)
                : RegionPath.city(region) != null ? RegionPath.city(region) : region.province();
        return new SearchQuery(List.of(), List.of(), List.of(), years, node, report.docType(), 0, 1, null, level(report), null);
    }

    private static SearchQuery everyone(YearRange years) {
        return new SearchQuery(List.of(), List.of(), List.of(), years, null, null, 0, 1);
    }

    private static String level(Report r) {
        return r.understanding() == null ? null : r.understanding().adminLevel();
    }

    /** The report's text as formulations are read from it: folded, one section after another. */
    static String text(Report r) {
        StringBuilder b = new StringBuilder();
        for (Section s : r.sections()) {
            b.append(Folding.fold(s.content())).append('\n');
        }
        return b.toString();
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) {
            n++;
        }
        return n;
    }
}
