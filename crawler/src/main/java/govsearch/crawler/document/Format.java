package govsearch.crawler.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The formats reports come in, told apart by their bytes first. */
public enum Format {
    TEXT("text"), HTML("HTML"), PDF("PDF"), DOCX("Word (.docx)"), DOC("Word (.doc/.wps)"), RTF("RTF"),
    ZIP("ZIP"), WARC("WARC"), BINARY("binary");

    public final String label;

    /** How far into a file the markup and binary checks look; a text's first 8 KB tell as much as all of it. */
    private static final int PROBE = 8192;

    /** Markup near the start: a page, whatever its name or declared type (servers send pages as text/plain). */
    private static final Pattern MARKUP = Pattern.compile(
            "^(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|!--|script|style|div|p|table)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** At most this share of control bytes (other than tab, newline, carriage return, form feed, ESC) is still text. */
    private static final double CONTROL_SHARE = 0.02;

    Format(String label) {
        this.label = label;
    }

    /**
     * The format of these bytes: magic numbers first (%PDF, PK, the OLE2 header, {\rtf, WARC/, gzip),
     * then markup, then text against binary. The name's extension and the content type only break
     * ties the bytes leave open: a gzip file is a WARC only by its name, and a text is a page when
     * it says so but opens with no markup. A declared type never overrides what the bytes show.
     */
    public static Format sniff(String name, byte[] bytes, String contentType) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (bytes == null) {
            bytes = new byte[0];
        }
        Format magic = magic(n, bytes);
        if (magic != null) {
            return magic;
        }
        if (bytes.length == 0) {
            return looksLikePage(n, t) ? HTML : TEXT;
        }
        if (isBinary(bytes)) {
            return BINARY;
        }
        if (MARKUP.matcher(head(bytes)).find()) {
            return HTML;
        }
        return looksLikePage(n, t) && head(bytes).contains("<") ? HTML : TEXT;
    }

    private static Format magic(String name, byte[] b) {
        if (startsWith(b, 0, "%PDF-") || startsWithAfterJunk(b, "%PDF-")) {
            return PDF;
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return hasEntry(b, "word/document.xml") ? DOCX : ZIP;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0
                && (b[4] & 0xff) == 0xA1 && (b[5] & 0xff) == 0xB1 && (b[6] & 0xff) == 0x1A && (b[7] & 0xff) == 0xE1) {
            return DOC;
        }
        if (startsWith(b, bomLength(b), "{\\rtf")) {
            return RTF;
        }
        if (startsWith(b, 0, "WARC/")) {
            return WARC;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B) {
            return name.endsWith(".warc.gz") || name.endsWith(".warc") ? WARC : BINARY;
        }
        return null;
    }

    /** Some PDF writers put a few bytes before the header; readers accept it within the first 1024 bytes. */
    private static boolean startsWithAfterJunk(byte[] b, String magic) {
        int limit = Math.min(b.length, 1024);
        String head = new String(b, 0, limit, StandardCharsets.ISO_8859_1);
        int at = head.indexOf(magic);
        return at > 0 && head.substring(0, at).chars().noneMatch(c -> c == '<');
    }

    /** A DOCX is a ZIP with the main document part; other ZIPs (archives of reports, XLSX) are not Word files. */
    private static boolean hasEntry(byte[] b, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            int seen = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null && seen < 64; e = zip.getNextEntry(), seen++) {
                if (e.getName().equals(entryName)) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // An entry name the JDK cannot decode (GBK names) or a cut-off archive: not a DOCX we could open either.
        }
        return false;
    }

    private static boolean looksLikePage(String name, String type) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || type.contains("html");
    }

    /**
     * NUL bytes, or more than a few control bytes, are not in any text a report comes in; UTF-16
     * (which has NULs) is recognised by its byte-order mark.
     */
    static boolean isBinary(byte[] b) {
        if (hasUtf16Bom(b)) {
            return false;
        }
        int end = Math.min(b.length, PROBE);
        int control = 0;
        for (int i = 0; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return control > Math.max(1, end * CONTROL_SHARE);
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) || ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF));
    }

    private static int bomLength(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** The first bytes as markup: ASCII is all the markup sniff needs, so the charset does not matter yet. */
    private static String head(byte[] b) {
        int skip = bomLength(b);
        return new String(b, skip, Math.min(b.length, PROBE) - skip, StandardCharsets.ISO_8859_1).stripLeading();
    }

    private static boolean startsWith(byte[] b, int from, String magic) {
        if (b.length < from + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[from + i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
