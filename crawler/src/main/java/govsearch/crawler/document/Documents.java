package govsearch.crawler.document;

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
     * A text longer than this is no report: fifty times the longest in the corpus (a data table, a
     * log, a whole book). Refused, not cut, so that no one searches half a file thinking it whole.
     */
    public static final int MAX_CHARS = 5_000_000;

    /**
     * @param url         where the bytes came from (a path or URL); becomes each report's url
     * @param bytes       the whole file or response body, already decoded from any Content-Encoding
     * @param contentType the HTTP Content-Type value, or null for a file
     */
    public static Read read(String url, byte[] bytes, String contentType) {
        Format format = Format.sniff(url, bytes, contentType);
        try {
            return switch (format) {
                case HTML -> {
                    List<Source> pages = Pages.read(url, bytes, contentType);
                    yield pages.isEmpty() ? new Refused(format, "no report text found in the page") : new Texts(format, pages);
                }
                case TEXT -> {
                    TextDecoding.Decoded decoded = TextDecoding.read(bytes);
                    yield !decoded.ok() ? new Refused(format, decoded.problem()) : text(format, url, decoded.text(), null);
                }
                case PDF -> {
                    PdfText.Result r = PdfText.read(bytes);
                    yield r.refusal() != null ? new Refused(format, r.refusal()) : text(format, url, r.text(), r.title());
                }
                case DOCX -> word(format, url, WordText.docx(bytes));
                case DOC -> word(format, url, WordText.ole2(bytes));
                case RTF -> text(format, url, RtfText.read(bytes), null);
                case BINARY -> new Refused(format, "binary file, not text");
                case ZIP, WARC -> new Refused(format, "a " + format.label + " file holds other files: open it as a folder");
            };
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The readers refuse what they recognise as bad; this is for what no one foresaw, so one file cannot stop an import.
            return new Refused(format, "cannot read " + format.label + ": " + Titles.oneLine(e.toString()));
        }
    }

    private static Read word(Format format, String url, WordText.Result r) {
        return r.refusal() != null ? new Refused(format, r.refusal()) : text(format, url, r.text(), r.title());
    }

    private static Read text(Format format, String url, String text, String title) {
        if (text == null || text.isBlank()) {
            return new Refused(format, "empty file");
        }
        if (text.length() > MAX_CHARS) {
            return new Refused(format, String.format(java.util.Locale.ROOT, "a text of %,d characters, more than the %,d one report may have;"
                    + " not a report", text.length(), MAX_CHARS));
        }
        return new Texts(format, List.of(new Source(url, text, title, null, null, null, null)));
    }
}
