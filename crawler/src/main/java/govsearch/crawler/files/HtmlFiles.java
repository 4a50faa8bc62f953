package govsearch.crawler.files;

import govsearch.report.Source;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Saved .html pages. */
final class HtmlFiles {

    private HtmlFiles() {
    }

    static List<Source> read(String url, byte[] bytes) {
        Document doc = Jsoup.parse(ReportFiles.decode(bytes));
        doc.select("script, style, nav, header, footer, aside, form").remove();
        String text = doc.body() == null ? "" : doc.body().wholeText().replaceAll("[ \\t\\u00a0]+\\n", "\n").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return List.of(new Source(url, text, title, null, null, null, null));
    }
}
