package govsearch.crawler.files;

import govsearch.crawler.document.Format;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Files that hold other files: a ZIP archive (read like a folder) or a WARC file (read record by
 * record). Told by their first bytes; the name only keeps Office and e-book files, which are ZIPs
 * too, out of the archive reader.
 */
enum Container {
    ZIP, WARC, NONE;

    /** ZIP-based document formats: the reader of documents opens them, not the archive reader. */
    private static final Set<String> ZIPPED_DOCUMENTS = Set.of("docx", "docm", "dotx", "xlsx", "pptx", "odt", "ott",
            "ods", "odp", "epub", "ofd");
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** @param head the file's first bytes (a few hundred are enough) or all of them */
    static Container of(String name, byte[] head) {
        Format sniffed = Format.sniff(name, head, null);
        if (sniffed == Format.WARC || startsWith(head, WARC_MAGIC) || gzipOfWarc(head)) {
            return WARC;
        }
        String n = name.toLowerCase(Locale.ROOT);
        String ext = n.substring(n.lastIndexOf('.') + 1);
        boolean pk = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4 || head[3] == 6);
        if (pk && !ZIPPED_DOCUMENTS.contains(ext) && (sniffed != Format.DOCX || ext.equals("zip"))) {
            return ZIP;
        }
        return NONE;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A .warc.gz is a run of gzip members, the first of which opens with "WARC/". */
    private static boolean gzipOfWarc(byte[] head) {
        if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
            return false;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return startsWith(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
        } catch (IOException cutShort) {
            return false;
        }
    }
}
