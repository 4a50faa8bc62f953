package govsearch.crawler.files;

import govsearch.crawler.document.Format;
import govsearch.crawler.fetch.ContentEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * A WARC file (.warc or .warc.gz: ours, wget's {@code --warc-file}, Heritrix's, StormCrawler's)
 * read for reports. A report is a {@code response} record of a successful HTTP exchange, or a
 * {@code resource} record, whose payload is a page, a text or a document (HTML, PDF, Word, RTF,
 * plain text), read with the same reader as a file; its url is the record's WARC-Target-URI.
 *
 * <p>The rest of a crawl is no report and no failure: requests, dns lookups, revisits, metadata,
 * warcinfo, redirects and errors, images, style sheets and scripts are counted in one note. What
 * should have been a report and gave none (a record cut by its crawler, an unreadable document) is
 * a failure with its reason.
 */
final class WarcArchives {

    /** What a payload of no telling type (application/octet-stream …) must sniff as to be read. */
    private static final Set<Format> DOCUMENTS = EnumSet.of(Format.HTML, Format.PDF, Format.DOCX, Format.DOC, Format.RTF);

    private WarcArchives() {
    }

    static void read(String url, InputStream in, ReportFiles sink) {
        Map<String, Integer> passed = new TreeMap<>();
        int records = 0;
        int read = 0;
        try (WarcReader reader = new WarcReader(in)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                records++;
                WarcRecord record = next.get();
                String passedAs = switch (record) {
                    case WarcResponse r -> response(r, sink);
                    case WarcResource r -> resource(r, sink);
                    default -> record.type() + " records";
                };
                if (passedAs == null) {
                    read++;
                } else {
                    passed.merge(passedAs, 1, Integer::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.fail(url, "WARC file unreadable after " + records + " records: " + e.getMessage());
        }
        StringBuilder note = new StringBuilder(url).append(": ").append(read).append(" of ").append(records)
                .append(" WARC records read as pages or documents");
        if (!passed.isEmpty()) {
            note.append("; not reports: ");
            passed.forEach((what, n) -> note.append(n).append(' ').append(what).append(", "));
            note.setLength(note.length() - 2);
        }
        sink.note(note.toString());
    }

    /** @return null when the record was read (reports or a failure), else what it was passed over as */
    private static String response(WarcResponse r, ReportFiles sink) throws IOException {
        String target = r.target();
        if (!web(target)) {
            return "non-web responses (dns …)";
        }
        HttpResponse http;
        try {
            http = r.http();
        } catch (IOException notHttp) {
            return "responses that are not HTTP";
        }
        if (http.status() != 200) {
            return "redirects and errors";
        }
        MessageHeaders headers = http.headers();
        String type = headers.first("Content-Type").orElse(null);
        Kind kind = Kind.of(type);
        if (kind == Kind.OTHER) {
            return "images, style sheets, scripts and other responses";
        }
        if (r.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            sink.fail(target, "cut short by the crawler that stored it (WARC-Truncated: "
                    + r.truncated().name().toLowerCase(Locale.ROOT) + "); not read");
            return null;
        }
        byte[] body = body(http.body().stream(), target, sink);
        if (body == null) {
            return null;
        }
        ContentEncoding.Decoded decoded = ContentEncoding.decode(body, headers.first("Content-Encoding").orElse(null),
                sink.limits().maxFileBytes());
        if (!decoded.ok()) {
            sink.fail(target, decoded.reason());
            return null;
        }
        return document(target, decoded.bytes(), type, kind, sink);
    }

    private static String resource(WarcResource r, ReportFiles sink) throws IOException {
        String target = r.target();
        if (!web(target)) {
            return "resource records of the crawler (logs …)";
        }
        String type = r.contentType().toString();
        Kind kind = Kind.of(type);
        if (kind == Kind.OTHER) {
            return "images, style sheets, scripts and other resources";
        }
        byte[] body = body(r.body().stream(), target, sink);
        return body == null ? null : document(target, body, type, kind, sink);
    }

    private static String document(String target, byte[] body, String type, Kind kind, ReportFiles sink) {
        if (kind == Kind.MAYBE && !DOCUMENTS.contains(Format.sniff(target, body, type))) {
            return "other binary responses";
        }
        sink.readDocument(target, body, type, null);
        return null;
    }

    private static byte[] body(InputStream in, String target, ReportFiles sink) throws IOException {
        long cap = sink.limits().maxFileBytes();
        byte[] body = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 16));
        if (body.length > cap) {
            sink.fail(target, sink.limits().tooLarge(body.length));
            return null;
        }
        return body;
    }

    /** wget and Heritrix keep their logs and dns lookups under metadata:, dns: and the like. */
    private static boolean web(String target) {
        String t = target == null ? "" : target.toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("ftp://");
    }

    /** What a declared media type says about a payload: a report's format, perhaps one, or never one. */
    enum Kind {
        REPORT, MAYBE, OTHER;

        static Kind of(String contentType) {
            if (contentType == null || contentType.isBlank()) {
                return MAYBE;
            }
            String t = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain")
                    || t.equals("application/pdf") || t.equals("application/x-pdf") || t.equals("application/msword")
                    || t.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
                    || t.equals("application/rtf") || t.equals("text/rtf") || t.equals("application/vnd.ms-works")
                    || t.equals("application/kswps") || t.startsWith("application/wps-office")) {
                return REPORT;
            }
            if (t.equals("application/octet-stream") || t.equals("binary/octet-stream") || t.equals("application/x-download")
                    || t.equals("application/force-download") || t.equals("application/download") || t.equals("unknown")) {
                return MAYBE; // servers send attachments under these: only the bytes can tell
            }
            return OTHER;
        }
    }
}
