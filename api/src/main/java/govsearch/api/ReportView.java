package govsearch.api;

import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A report as the API shows it: sections nested by level. */
record ReportView(String id, String url, String title, LocalDate publishedAt, Integer year, Region region,
                  String docType, List<Node> sections) {

    record Node(String id, String number, String title, int level, String text, List<Node> children) {
    }

    static ReportView of(Report r) {
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        for (Section s : r.sections()) {
            Node node = new Node(s.id(), s.number(), s.title(), s.level(), s.text(), new ArrayList<>());
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
        return new ReportView(r.id(), r.url(), r.title(), r.publishedAt(), r.year(), r.region(), r.docType(), roots);
    }
}
