package govsearch.crawler.document;

import govsearch.crawler.files.ReportFiles;
import govsearch.crawler.page.Pages;
import govsearch.report.Source;
import java.util.List;

/**
 * The one reader that turns a file or a fetched response into report texts, whatever its format:
 * plain text, a saved or fetched HTML page, PDF, Word (DOCX, DOC, WPS), RTF. The format is sniffed
 * from the bytes ({@link Format#sniff}); the name and the declared content type only break ties.
 * Containers (ZIP, WARC) are opened by their callers, which read each member through here.
 *
 * <p>Never throws on what a file holds: a file that gives no report text is {@link Refused} with a
 * reason a user can act on.
 */
public final class Documents {

    /** What one file or response gave. */
    public sealed interface Read permits Texts, Refused {
    }

    /** The report texts read (a page may carry several reports, 篇一…篇N). Never empty. */
    public record Texts(Format format, List<Source> sources) implements Read {
    }

    /** Nothing could be read; {@code reason} says why (encrypted PDF, scanned PDF without text, binary …). */
    public record Refused(Format format, String reason) implements Read {
    }

    private Documents() {
    }

    /**
     * @param url         where the bytes came from (a path or URL); becomes each report's url
     * @param bytes       the whole file or response body, already decoded from any Content-Encoding
     * @param contentType the HTTP Content-Type value, or null for a file
     */
    public static Read read(String url, byte[] bytes, String contentType) {
        Format format = Format.sniff(url, bytes, contentType);
        return switch (format) {
            case HTML -> {
                List<Source> pages = Pages.read(url, bytes, contentType);
                yield pages.isEmpty() ? new Refused(format, "no report text found in the page") : new Texts(format, pages);
            }
            case TEXT -> {
                String text = ReportFiles.decode(bytes);
                yield text.isBlank() ? new Refused(format, "empty file") : new Texts(format, List.of(Source.of(url, text)));
            }
            default -> new Refused(format, "cannot read " + format.label + " files yet");
        };
    }
}
