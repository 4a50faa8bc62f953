package govsearch.api;

import govsearch.crawler.document.MadeDocuments;
import govsearch.crawler.files.ReportFiles;
import govsearch.importer.Import;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * {@code govsearch bench-import}: what reading a report costs in each format it comes in. The
 * bundled corpus is written, report by report, as .txt, as PDF (hard-wrapped, a running header and
 * page numbers, an embedded CJK font), as DOCX (headings as Word list numbering) and as one
 * .warc.gz in the layout wget writes (a request and a response record per page); then each folder
 * is read through {@link ReportFiles} (one thread, median of alternating rounds) and, once, read
 * and imported into a fresh Lucene index, beside the plain text of the same reports.
 */
final class ImportBench {

    private enum Kind { TXT, PDF, DOCX, WARC }

    /** What one format's files were: how many files, pages (PDF) or records (WARC), and their bytes on disk. */
    private record Made(Kind kind, Path dir, int files, int units, long bytes) {
    }

    private static final MediaType HTTP_RESPONSE = MediaType.parse("application/http;msgtype=response");
    private static final MediaType HTTP_REQUEST = MediaType.parse("application/http;msgtype=request");

    private ImportBench() {
    }

    static int run(Path data, PrintStream out) throws IOException {
        Path dir = data.resolve("bench-import");
        Bench.delete(dir);
        Files.createDirectories(dir);
        long start = System.nanoTime();
        List<Source> all = BundledCorpus.load();
        List<Made> made = new ArrayList<>();
        List<Source> written = write(all, dir, made, out);
        long textBytes = written.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf("load average at the start: %.2f (%d cores)%n", load(), Runtime.getRuntime().availableProcessors());
        out.printf("bench-import: %d reports of the bundled corpus (%.2f MB of UTF-8 text) written in %.1f s to %s%n",
                written.size(), textBytes / 1e6, (System.nanoTime() - start) / 1e9, dir);
        for (Made m : made) {
            out.printf("  %-4s %4d file%s, %s%.1f MB on disk%n", m.kind().name().toLowerCase(), m.files(), m.files() == 1 ? " " : "s",
                    m.kind() == Kind.PDF ? m.units() + " pages, " : m.kind() == Kind.WARC ? m.units() + " records, " : "",
                    m.bytes() / 1e6);
        }

        // The JIT and the readers' classes warmed on a few files of each format, untimed.
        for (Made m : made) {
            try (Stream<Path> files = Files.list(m.dir())) {
                ReportFiles.read(files.sorted().limit(15).toList());
            }
        }
        int rounds = Integer.getInteger("govsearch.bench.rounds", 5);
        double[][] seconds = new double[made.size()][rounds];
        long[] textOut = new long[made.size()];
        int[] reports = new int[made.size()];
        int[] failed = new int[made.size()];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < made.size(); i++) {
                long t0 = System.nanoTime();
                ReportFiles files = ReportFiles.read(List.of(made.get(i).dir()));
                seconds[i][round] = (System.nanoTime() - t0) / 1e9;
                textOut[i] = files.sources().stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum();
                reports[i] = files.sources().size();
                failed[i] = files.failures().size();
            }
        }
        out.printf("read (file to report text, one thread; median of %d alternating rounds, slowest–fastest; rates at the median, then at the fastest):%n", rounds);
        for (int i = 0; i < made.size(); i++) {
            Made m = made.get(i);
            double s = median(seconds[i]);
            double fastest = Arrays.stream(seconds[i]).min().orElse(0);
            out.printf("  %-4s %.2f s (%.2f–%.2f): %s, %.2f MB/s of text out; fastest %s, %.2f MB/s; %d reports, %d failed%n",
                    m.kind().name().toLowerCase(), s, Arrays.stream(seconds[i]).max().orElse(0), fastest, rate(m, s),
                    textOut[i] / 1e6 / s, rate(m, fastest), textOut[i] / 1e6 / fastest, reports[i], failed[i]);
        }

        out.printf("import (read, then understand and index into a fresh Lucene index on %d cores; one round):%n",
                Runtime.getRuntime().availableProcessors());
        for (Made m : made) {
            Path index = dir.resolve("index-" + m.kind().name().toLowerCase());
            long t0 = System.nanoTime();
            ReportFiles files = ReportFiles.read(List.of(m.dir()));
            double read = (System.nanoTime() - t0) / 1e9;
            Import.Summary summary;
            try (LuceneReportIndex target = LuceneReportIndex.open(index)) {
                summary = Import.run(files.sources().iterator(), target, files.failures(), p -> { });
            }
            double total = (System.nanoTime() - t0) / 1e9;
            out.printf("  %-4s %.2f s (%.2f read + %.2f import): %d reports added, %.2f MB/s of text%n",
                    m.kind().name().toLowerCase(), total, read, total - read, summary.added(), textBytes / 1e6 / total);
            Bench.delete(index);
        }
        out.printf("load average at the end: %.2f%n", load());
        Bench.delete(dir);
        return 0;
    }

    /** The 1-minute load average: on a shared machine the figures mean little without it. */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Writes every report in each format; a report the CJK font cannot set (a character it has no
     * glyph for) is left out of all of them, so every format holds the same reports.
     */
    private static List<Source> write(List<Source> all, Path dir, List<Made> made, PrintStream out) throws IOException {
        Path txt = Files.createDirectories(dir.resolve("txt"));
        Path pdf = Files.createDirectories(dir.resolve("pdf"));
        Path docx = Files.createDirectories(dir.resolve("docx"));
        Path warcDir = Files.createDirectories(dir.resolve("warc"));
        List<Source> written = new ArrayList<>();
        int pages = 0;
        int n = 0;
        for (Source s : all) {
            List<String> paragraphs = MadeDocuments.paragraphs(s.text());
            byte[] pdfBytes;
            try {
                pdfBytes = MadeDocuments.pdf(paragraphs, "政府工作报告", "— %d —");
            } catch (IllegalStateException noGlyph) {
                out.println("  left out " + s.url() + ": " + noGlyph.getMessage());
                continue;
            }
            try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
                pages += doc.getNumberOfPages();
            }
            String name = String.format("%03d-%s", ++n, Path.of(s.url()).getFileName().toString().replace(".txt", ""));
            Files.writeString(txt.resolve(name + ".txt"), s.text(), StandardCharsets.UTF_8);
            Files.write(pdf.resolve(name + ".pdf"), pdfBytes);
            Files.write(docx.resolve(name + ".docx"), MadeDocuments.docx(paragraphs));
            written.add(s);
        }
        Path warc = warcDir.resolve("reports.warc.gz");
        int records = writeWarc(warc, written);
        made.add(new Made(Kind.TXT, txt, written.size(), written.size(), size(txt)));
        made.add(new Made(Kind.PDF, pdf, written.size(), pages, size(pdf)));
        made.add(new Made(Kind.DOCX, docx, written.size(), written.size(), size(docx)));
        made.add(new Made(Kind.WARC, warcDir, 1, records, size(warcDir)));
        return written;
    }

    /** As wget --warc-file writes: a warcinfo, then per page a request and its response, each record its own gzip member. */
    private static int writeWarc(Path file, List<Source> sources) throws IOException {
        int records = 1;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("Wget/1.21.3 (linux-gnu)"), "format", List.of("WARC File Format 1.0")))
                    .build());
            int n = 0;
            for (Source s : sources) {
                URI uri = URI.create("http://www.example.gov.cn/zwgk/" + (++n) + ".html");
                byte[] body = MadeDocuments.sitePage(s.text()).getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream http = new ByteArrayOutputStream();
                http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                http.writeBytes(body);
                WarcResponse response = new WarcResponse.Builder(uri).date(Instant.parse("2025-03-01T10:00:00Z"))
                        .body(HTTP_RESPONSE, http.toByteArray()).build();
                w.write(new WarcRequest.Builder(uri).date(Instant.parse("2025-03-01T10:00:00Z")).concurrentTo(response.id())
                        .body(HTTP_REQUEST, ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
                                + "\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                        .build());
                w.write(response);
                records += 2;
            }
        }
        return records;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String rate(Made m, double seconds) {
        return switch (m.kind()) {
            case PDF -> String.format("%.0f pages/s, %.1f files/s", m.units() / seconds, m.files() / seconds);
            case WARC -> String.format("%.0f records/s", m.units() / seconds);
            default -> String.format("%.1f files/s", m.files() / seconds);
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
