package govsearch.crawler.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The bytes decide the format; the name and the declared type only break ties. */
class FormatTest {

    private static final List<String> REPORT = List.of("2024年政府工作报告", "一、总体要求", "正文。");

    @Test
    void magicBytesWinOverNameAndContentType() throws IOException {
        assertThat(Format.sniff("report.txt", MadeDocuments.pdf(REPORT, "页眉", "%d"), "text/html")).isEqualTo(Format.PDF);
        assertThat(Format.sniff("report.pdf", MadeDocuments.docx(REPORT), "application/pdf")).isEqualTo(Format.DOCX);
        assertThat(Format.sniff("x.html", "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII), "text/html")).isEqualTo(Format.RTF);
        assertThat(Format.sniff("x.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                null)).isEqualTo(Format.DOC);
    }

    @Test
    void aZipWithoutWordsMainPartIsAnArchiveAndWarcIsKnownByHeaderOrByName() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("reports/a.txt"));
            z.write("一、总体要求".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            g.write("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(Format.sniff("reports.docx", zip.toByteArray(), null)).isEqualTo(Format.ZIP);
        assertThat(Format.sniff("crawl.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII), null)).isEqualTo(Format.WARC);
        assertThat(Format.sniff("pages.warc.gz", gz.toByteArray(), null)).isEqualTo(Format.WARC);
        assertThat(Format.sniff("pages.tar.gz", gz.toByteArray(), null)).isEqualTo(Format.BINARY);
    }

    @Test
    void markupNearTheStartIsAPageWhateverItIsCalled() {
        for (String page : List.of("<!DOCTYPE html><html>", "\uFEFF  \n<html lang=zh>", "<meta charset=gbk>", "<!-- saved -->\n<head>",
                "<BODY>")) {
            assertThat(Format.sniff("report.txt", page.getBytes(StandardCharsets.UTF_8), "text/plain")).as(page).isEqualTo(Format.HTML);
        }
        assertThat(Format.sniff("a.html", "各位代表：现在我代表市人民政府".getBytes(StandardCharsets.UTF_8), "text/html")).isEqualTo(Format.TEXT);
    }

    @Test
    void nulBytesOrManyControlBytesAreBinaryButUtf16WithItsMarkIsText() {
        assertThat(Format.sniff("a.txt", "政府\0工作".getBytes(StandardCharsets.UTF_8), null)).isEqualTo(Format.BINARY);
        byte[] controls = "政府工作报告".repeat(20).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < controls.length; i += 10) {
            controls[i] = 0x01;
        }
        assertThat(Format.sniff("a.txt", controls, null)).isEqualTo(Format.BINARY);
        assertThat(Format.sniff("a.txt", "\uFEFF政府工作报告".getBytes(StandardCharsets.UTF_16LE), null)).isEqualTo(Format.TEXT);
        assertThat(TextDecoding.read("\uFEFF政府工作报告".getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo("政府工作报告");
    }
}
