package govsearch.crawler.document;

import java.util.Locale;

/** The formats reports come in, told apart by their bytes first. */
public enum Format {
    TEXT("text"), HTML("HTML"), PDF("PDF"), DOCX("Word (.docx)"), DOC("Word (.doc/.wps)"), RTF("RTF"),
    ZIP("ZIP"), WARC("WARC"), BINARY("binary");

    public final String label;

    Format(String label) {
        this.label = label;
    }

    /**
     * The format of these bytes: magic numbers first (%PDF, PK, the OLE2 header, {\rtf, WARC/, gzip),
     * then markup, then the name's extension and the content type for what bytes cannot tell.
     */
    public static Format sniff(String name, byte[] bytes, String contentType) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || t.contains("html")) {
            return HTML;
        }
        return TEXT;
    }
}
