package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.document.MadeDocuments;
import govsearch.index.ReportList;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.testing.CorpusFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One import of a researcher's folder as they come: good reports in several formats among every
 * kind of bad input. Each bad file is named with its reason, every good one is imported, and the
 * exit status says something was skipped. Run as the command, in its own JVM.
 */
class ImportBadInputTest {

    @TempDir
    Path tmp;

    @Test
    void everyBadFileIsListedWithItsReasonAndTheRestOfTheBatchIsImported() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        String hebei = CorpusFiles.text("provincial-2025/hebei-2025.txt");
        String henan = CorpusFiles.text("provincial-2025/henan-2025.txt");
        byte[] pdf = MadeDocuments.pdf(MadeDocuments.paragraphs(hebei), "河北省人民政府", "— %d —");
        Files.write(folder.resolve("hebei-2025.pdf"), pdf);
        Files.write(folder.resolve("henan-2025.docx"), MadeDocuments.docx(MadeDocuments.paragraphs(henan)));
        byte[] badBytes = CorpusFiles.text("provincial-2025/anhui-2025.txt").getBytes(StandardCharsets.UTF_8);
        badBytes[100] = (byte) 0xFF;
        badBytes[5000] = (byte) 0xC0;
        badBytes[9000] = (byte) 0xFE;
        Files.write(folder.resolve("anhui-2025.txt"), badBytes);

        Files.write(folder.resolve("nul.txt"), new byte[4096]);
        byte[] noise = new byte[20_000];
        new Random(13).nextBytes(noise);
        Files.write(folder.resolve("noise.bin"), noise);
        Files.write(folder.resolve("locked.pdf"), encrypted(pdf));
        Files.write(folder.resolve("cut.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.write(folder.resolve("scan.pdf"), scan());
        // 1 MB is the limit this run is given below: the message names it and how to raise it
        Files.writeString(folder.resolve("huge.txt"), "统计数据表。".repeat(200_000));
        Path missing = tmp.resolve("no-such-folder");
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out.txt");

        Process p = Jvm.govsearch(List.of("-Dgovsearch.import.max-file-mb=1"), out, "import", folder.toString(),
                missing.toString(), "--data", data.toString());

        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(p.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed).as(printed).contains("imported 3 reports",
                "skipped " + folder.resolve("nul.txt") + ": binary file, not text",
                "skipped " + folder.resolve("noise.bin") + ": binary file, not text",
                "skipped " + folder.resolve("locked.pdf") + ": encrypted PDF (needs a password)",
                "skipped " + folder.resolve("scan.pdf") + ": no text layer (a scanned PDF; OCR is not built in)",
                "skipped " + folder.resolve("huge.txt") + ": larger than the 1 MB limit for one file (3.4 MB; -Dgovsearch.import.max-file-mb raises it)",
                "skipped " + missing + ": no such file or folder")
                .containsPattern("skipped " + java.util.regex.Pattern.quote(folder.resolve("cut.pdf").toString())
                        + ": (corrupt PDF: .+|no text layer.*)")
                .doesNotContain("Exception", "at govsearch.");
        assertThat(printed.lines().filter(l -> l.startsWith("govsearch: skipped "))).as(printed).hasSize(7);

        try (LuceneReportIndex index = LuceneReportIndex.open(DataDir.index(data))) {
            ReportList all = index.reports(0, 10);
            assertThat(all.reports()).extracting(ReportList.Entry::title).as("UTF-8 with three bad bytes stays UTF-8")
                    .containsExactlyInAnyOrder("2025年河北省政府工作报告", "2025年河南省政府工作报告", "2025年安徽省政府工作报告")
                    .noneMatch(t -> t.contains("鏀"));
        }
    }

    @Test
    void aPathThatDoesNotExistCreatesNothing() throws Exception {
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("out.txt");

        Process p = Jvm.govsearch(out, "import", tmp.resolve("nothing-here").toString(), "--data", data.toString());

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(p.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed).contains("imported 0 reports", "nothing-here: no such file or folder").doesNotContain("Exception");
        assertThat(data).doesNotExist();
    }

    @Test
    void aWarcsRecordsThatAreNoReportsAreCountedOnStderrNotListedAsSkipped() throws Exception {
        Path warc = tmp.resolve("site.warc");
        byte[] page = ("<html><head><meta charset=\"utf-8\"><title>2024年xx县水利工作总结</title></head><body>"
                + "<h1>2024年xx县水利工作总结</h1><div class=\"content\"><p>2024年，县水利局新建改造农村供水工程36处，"
                + "治理水土流失面积42平方公里，各项工作取得明显成效。</p><p>一、主要工作</p><p>完成水利投资1.2亿元。</p>"
                + "<p>二、下一步打算</p><p>继续推进农村供水保障工程。</p></div></body></html>").getBytes(StandardCharsets.UTF_8);
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE))) {
            org.netpreserve.jwarc.MediaType response = org.netpreserve.jwarc.MediaType.parse("application/http;msgtype=response");
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("http://www.example.gov.cn/sl/2024.html"))
                    .body(response, http("text/html; charset=utf-8", page)).build());
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("http://www.example.gov.cn/logo.png"))
                    .body(response, http("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).build());
        }
        Path out = tmp.resolve("out.txt");

        Process p = Jvm.govsearch(out, "import", warc.toString(), "--data", tmp.resolve("data").toString());

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed).contains("imported 1 reports", "govsearch: " + warc + ": 1 of 2 WARC records read as pages or documents")
                .doesNotContain("skipped");
    }

    static byte[] http(String type, byte[] body) {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            return save(doc);
        }
    }

    /** Three pages that are each one image, as a scanner makes them: no text layer. */
    static byte[] scan() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage page = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 3; i++) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                    s.drawImage(LosslessFactory.createFromImage(doc, page), 50, 50, 500, 700);
                }
            }
            return save(doc);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
