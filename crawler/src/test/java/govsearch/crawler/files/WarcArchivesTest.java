package govsearch.crawler.files;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** WARC files of other crawlers, written here record by record in the layouts those crawlers write. */
class WarcArchivesTest {

    @TempDir
    Path tmp;

    /**
     * Corpus texts to serve as pages, from three places. Not anhui-2025.txt and the others whose
     * headings are indented with a no-break space: the plain-text reader misses those headings,
     * a page's reader does not, so their trees differ for a reason that is not the WARC's.
     */
    static List<String> texts() {
        return List.of("provincial-2025/hebei-2025.txt", "provincial-2025/henan-2025.txt", "national/national-2024.txt");
    }

    static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");
    static final MediaType HTTP_REQUEST = MediaType.parse("application/http;msgtype=request");

    /**
     * wget --warc-file: a warcinfo first, then a request and its response for each URL, each record
     * its own gzip member; its own log and arguments as resource records under metadata://, and
     * a metadata record. One page comes chunked and gzip-encoded, as a server may send it; a style
     * sheet, an image, a redirect and a 404 come along as they do on any site.
     */
    Path wgetWarc(Map<String, String> pages) throws IOException {
        Path file = tmp.resolve("site.warc.gz");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename("site.warc.gz").fields(Map.of("software", List.of("Wget/1.21.3 (linux-gnu)"),
                    "format", List.of("WARC File Format 1.0"), "robots", List.of("classic"))).build());
            int i = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                byte[] html = Corpus.page(page.getValue()).getBytes(StandardCharsets.UTF_8);
                byte[] http = i++ == 0 ? chunkedGzip("text/html; charset=utf-8", html) : plain("text/html; charset=utf-8", html);
                exchange(w, page.getKey(), http);
            }
            exchange(w, "http://www.example.gov.cn/css/main.css", plain("text/css", "body{color:#333}".getBytes(StandardCharsets.UTF_8)));
            exchange(w, "http://www.example.gov.cn/images/logo.png", plain("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
            exchange(w, "http://www.example.gov.cn/old.html", ("HTTP/1.1 301 Moved Permanently\r\nLocation: /new.html\r\n"
                    + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            exchange(w, "http://www.example.gov.cn/missing.html", plain("text/html", "<html>404 页面不存在</html>".getBytes(StandardCharsets.UTF_8)));
            w.write(new WarcMetadata.Builder().targetURI("metadata://gnu.org/software/wget/warc/MANIFEST.txt")
                    .body(MediaType.parse("text/plain"), "site-00000.warc.gz\n".getBytes(StandardCharsets.UTF_8)).build());
            w.write(new WarcResource.Builder(URI.create("metadata://gnu.org/software/wget/warc/wget_arguments.txt"))
                    .body(MediaType.parse("text/plain"), "\"wget\" \"--warc-file=site\" \"-r\" \"http://www.example.gov.cn/\"\n"
                            .repeat(5).getBytes(StandardCharsets.UTF_8)).build());
            w.write(new WarcResource.Builder(URI.create("metadata://gnu.org/software/wget/warc/wget.log"))
                    .body(MediaType.parse("text/plain"), "--2025-03-01 10:00:00--  http://www.example.gov.cn/\nResolving www.example.gov.cn\n"
                            .repeat(20).getBytes(StandardCharsets.UTF_8)).build());
        }
        return file;
    }

    static void exchange(WarcWriter w, String url, byte[] http) throws IOException {
        URI uri = URI.create(url);
        WarcResponse response = new WarcResponse.Builder(uri).date(Instant.parse("2025-03-01T10:00:00Z"))
                .body(HTTP_RESPONSE, fixStatus(url, http)).build();
        w.write(new WarcRequest.Builder(uri).date(Instant.parse("2025-03-01T10:00:00Z")).concurrentTo(response.id())
                .body(HTTP_REQUEST, ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                        + "\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\nAccept-Encoding: identity\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
        w.write(response);
    }

    private static byte[] fixStatus(String url, byte[] http) {
        if (!url.endsWith("/missing.html")) {
            return http;
        }
        return new String(http, StandardCharsets.ISO_8859_1).replaceFirst("200 OK", "404 Not Found").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] plain(String type, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return concat(head, body);
    }

    /** gzip-encoded, then sent in chunks of 1000 bytes, as wget stores what the server sent. */
    static byte[] chunkedGzip(String type, byte[] body) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(body);
        }
        byte[] encoded = gz.toByteArray();
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        for (int off = 0; off < encoded.length; off += 1000) {
            int n = Math.min(1000, encoded.length - off);
            http.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            http.write(encoded, off, n);
            http.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        http.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return http.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    Map<String, String> corpusPages() throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        int n = 0;
        for (String file : texts()) {
            pages.put("http://www.example.gov.cn/zwgk/" + (++n) + ".html", Corpus.text(file));
        }
        return pages;
    }

    @Test
    void aWgetWarcGivesEachPageAsTheReportItsPlainTextIs() throws IOException {
        Map<String, String> pages = corpusPages();
        ReportFiles files = ReportFiles.read(List.of(wgetWarc(pages)));

        assertThat(files.failures()).isEmpty();
        assertThat(files.sources()).extracting(Source::url).containsExactlyElementsOf(pages.keySet());
        for (Source s : files.sources()) {
            assertThat(Corpus.understood(s)).as(s.url()).isEqualTo(Corpus.understood(s.url(), pages.get(s.url())));
        }
    }

    @Test
    void requestsMetadataLogsStylesImagesAndRedirectsAreCountedNotListedAsFailures() throws IOException {
        Path warc = wgetWarc(corpusPages());

        ReportFiles files = ReportFiles.read(List.of(warc));

        assertThat(files.failures()).isEmpty();
        assertThat(files.notes()).singleElement().asString()
                .startsWith(warc + ": 3 of 18 WARC records read as pages or documents; not reports: ")
                .contains("7 request records", "1 warcinfo records", "1 metadata records", "2 resource records of the crawler",
                        "2 images, style sheets, scripts and other responses", "2 redirects and errors");
    }

    /**
     * Heritrix: dns lookups are response records of type text/dns; a page seen again unchanged is a
     * revisit record; StormCrawler writes a plain .warc, responses without request records.
     */
    @Test
    void heritrixDnsAndRevisitRecordsAndAStormCrawlerPlainWarcAreRead() throws IOException {
        String text = Corpus.text("provincial-2025/henan-2025.txt");
        Path file = tmp.resolve("crawl.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            w.write(new WarcResponse.Builder(URI.create("dns:www.henan.gov.cn")).body(MediaType.parse("text/dns"),
                    "20250301100000\nwww.henan.gov.cn.\t300\tIN\tA\t10.0.0.1\n".getBytes(StandardCharsets.US_ASCII)).build());
            WarcResponse page = new WarcResponse.Builder(URI.create("https://www.henan.gov.cn/2025/01-20/report.html"))
                    .body(HTTP_RESPONSE, plain("text/html;charset=UTF-8", Corpus.page(text).getBytes(StandardCharsets.UTF_8))).build();
            w.write(page);
            w.write(new WarcRevisit.Builder(URI.create("https://www.henan.gov.cn/2025/01-20/report.html"))
                    .refersTo(page.id()).build());
        }

        ReportFiles files = ReportFiles.read(List.of(file));

        assertThat(files.failures()).isEmpty();
        assertThat(files.sources()).singleElement().satisfies(s -> {
            assertThat(s.url()).isEqualTo("https://www.henan.gov.cn/2025/01-20/report.html");
            assertThat(Corpus.understood(s)).isEqualTo(Corpus.understood(s.url(), text));
        });
        assertThat(files.notes()).singleElement().asString().contains("1 non-web responses", "1 revisit records");
    }

    @Test
    void aRecordCutByItsCrawlerIsAFailureAndTheOthersAreRead() throws IOException {
        String text = Corpus.text("provincial-2025/hebei-2025.txt");
        Path file = tmp.resolve("cut.warc");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            byte[] html = Corpus.page(text).getBytes(StandardCharsets.UTF_8);
            w.write(new WarcResponse.Builder(URI.create("http://a.gov.cn/cut.html")).truncated(org.netpreserve.jwarc.WarcTruncationReason.LENGTH)
                    .body(HTTP_RESPONSE, plain("text/html; charset=utf-8", java.util.Arrays.copyOf(html, 2000))).build());
            w.write(new WarcResponse.Builder(URI.create("http://a.gov.cn/whole.html"))
                    .body(HTTP_RESPONSE, plain("text/html; charset=utf-8", html)).build());
        }

        ReportFiles files = ReportFiles.read(List.of(file));

        assertThat(files.failures()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo("http://a.gov.cn/cut.html");
            assertThat(f.message()).contains("cut short by the crawler");
        });
        assertThat(files.sources()).extracting(Source::url).containsExactly("http://a.gov.cn/whole.html");
    }
}
