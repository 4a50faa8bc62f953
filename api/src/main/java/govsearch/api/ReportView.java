package govsearch.api;

import govsearch.report.Evidence;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import govsearch.report.Understanding;
import govsearch.report.Understanding.DomainScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as the API shows it: sections nested by level, and what was read from it — year, region,
 * type and level each with its confidence and evidence, domains, cited documents and figures.
 */
record ReportView(String id, String url, String title, LocalDate publishedAt, Integer year, Region region,
                  String docType, List<Node> sections, Readings understanding) {

    record Node(String id, String number, String title, int level, String text, List<Node> children,
                List<DomainScore> domains) {
    }

    /** One reading: its value, how sure (0 to 1), and the evidence, strongest first. */
    record Reading(Object value, double confidence, List<Named> evidence) {

        static Reading of(Object value, double confidence, List<Evidence> evidence) {
            return new Reading(value, confidence, Named.all(evidence));
        }
    }

    /** Evidence with its rule's Chinese name beside the rule's id: the page shows the name. */
    record Named(String rule, String name, String quote, int offset, String says, double weight) {

        static List<Named> all(List<Evidence> evidence) {
            return evidence.stream().map(e -> new Named(e.rule(), e.ruleName(), e.quote(), e.offset(), e.says(), e.weight()))
                    .toList();
        }
    }

    /**
     * @param titleInferred whether the title was made from the readings (the text has no title line)
     * @param yearRange for a report that names no year of its own (year null): the years its events and
     *                  vocabulary allow, {from, to}, to null when open; its evidence is the year's
     * @param disclosure its page's 政府信息公开 table (issuer, 成文日期, 发文字号 …), each value with the words
     *                   the page printed as its evidence; null when it came without one
     */
    record Readings(boolean titleInferred, List<Named> titleEvidence, Reading year, Integer earliestYear,
                    Understanding.YearRange yearRange, Reading region, Reading type, Reading level,
                    List<DomainScore> domains, List<Understanding.Cite> cites, List<Understanding.Work> works,
                    List<Understanding.Figure> figures, govsearch.report.Disclosure disclosure) {

    }

    static ReportView of(Report r) {
        Understanding u = r.understanding();
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        for (Section s : r.sections()) {
            List<DomainScore> domains = u == null ? List.of() : u.sectionDomains().getOrDefault(s.id(), List.of());
            Node node = new Node(s.id(), s.number(), s.title(), s.level(), s.text(), new ArrayList<>(), domains);
            while (!open.isEmpty() && open.getLast().level() >= s.level()) {
                open.removeLast();
            }
            if (open.isEmpty() || s.level() == 0) {
                roots.add(node);
            } else {
                open.getLast().children().add(node);
            }
            if (s.level() > 0) {
                open.add(node);
            }
        }
        Readings readings = u == null ? null : new Readings(u.titleInferred(), Named.all(u.titleEvidence()),
                Reading.of(r.year(), u.yearConfidence(), u.yearEvidence()), u.earliestYear(), u.yearRange(),
                Reading.of(r.region(), u.regionConfidence(), u.regionEvidence()),
                Reading.of(r.docType(), u.typeConfidence(), u.typeEvidence()),
                Reading.of(u.adminLevel(), u.adminLevel() == null ? 0 : 1, u.levelEvidence()),
                u.domains(), u.cites(), u.works(), u.figures(), u.disclosure());
        return new ReportView(r.id(), r.url(), r.title(), r.publishedAt(), r.year(), r.region(), r.docType(), roots,
                readings);
    }
}
