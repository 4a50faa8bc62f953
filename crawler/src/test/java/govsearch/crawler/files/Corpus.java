package govsearch.crawler.files;

import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled corpus (the repository's corpus/ folder) as the reference the other formats must match. */
final class Corpus {

    /** Tests run in the module's folder; the corpus sits beside it. */
    static final Path DIR = Path.of("..", "corpus");

    private Corpus() {
    }

    static String text(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }

    /** What a reader of reports makes of a text: the parts that must not depend on the file's format. */
    record Understood(List<String> sections, Integer year, Region region, String docType) {
    }

    static Understood understood(Source source) {
        Report r = ReportReader.read(source);
        return new Understood(r.sections().stream().map(Corpus::heading).toList(), r.year(), r.region(), r.docType());
    }

    static Understood understood(String url, String text) {
        return understood(Source.of(url, text));
    }

    private static String heading(Section s) {
        return s.level() + " " + (s.number() == null ? "" : s.number()) + " " + (s.title() == null ? "" : s.title());
    }

    /** A government site's page for a report: chrome around the text, one paragraph a line. */
    static String page(String text) {
        return govsearch.crawler.document.MadeDocuments.sitePage(text);
    }
}
