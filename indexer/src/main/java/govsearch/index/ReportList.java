package govsearch.index;

import govsearch.report.Region;
import java.util.List;

public record ReportList(long total, List<Entry> reports) {

    public record Entry(String id, String title, String url, Integer year, Region region, String docType) {
    }
}
