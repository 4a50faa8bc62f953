package govsearch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One report: a government work report, a situation report, a survey, a summary.
 *
 * @param id          stable id derived from the source and the text (see {@link ReportId})
 * @param url         where it came from: a web address or the path of an imported file
 * @param publishedAt when the page was published (发布时间), if known — not the year it was written
 * @param year        the year the report was written or delivered; null when unknown
 * @param docType     政府工作报告, 情况报告, 调研报告 …; null when unknown
 * @param sections    in document order, preamble first when there is one
 * @param understanding how sure the year, region and type are and why, the level, domains, cited
 *                      documents and figures; null when the report was not read (built by hand)
 */
public record Report(String id, String url, String title, LocalDate publishedAt, Integer year, Region region,
                     String docType, List<Section> sections, Understanding understanding) {

    public Report {
        sections = List.copyOf(sections);
        region = region == null ? Region.UNKNOWN : region;
    }

    /** A report without an understanding, as before there was one. */
    public Report(String id, String url, String title, LocalDate publishedAt, Integer year, Region region,
                  String docType, List<Section> sections) {
        this(id, url, title, publishedAt, year, region, docType, sections, null);
    }

    public int chars() {
        int n = 0;
        for (Section s : sections) {
            n += s.content().length();
        }
        return n;
    }
}
