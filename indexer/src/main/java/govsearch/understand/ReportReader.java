package govsearch.understand;

import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.ReportId;
import govsearch.report.SectionTree;
import govsearch.report.Source;

/**
 * Understands a collected text: its title, section tree, year, region and type. Labels that came
 * with the source (a manifest, page metadata) win over what the rules read from the text.
 */
public final class ReportReader {

    private ReportReader() {
    }

    public static Report read(Source source) {
        String text = source.text().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text: " + source.url());
        }
        String title = source.title() != null && !source.title().isBlank() ? source.title().strip() : firstLine(text);
        String id = ReportId.of(source.url(), text);
        Integer year = source.year() != null ? source.year() : YearRule.read(title, text);
        Region region = source.region() != null && source.region().known() ? source.region() : Gazetteer.get().resolve(title + "\n" + text);
        String type = source.docType() != null ? source.docType() : TypeRule.read(title);
        return new Report(id, source.url(), title, source.publishedAt(), year, region, type, SectionTree.parse(id, text));
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).strip();
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }
}
