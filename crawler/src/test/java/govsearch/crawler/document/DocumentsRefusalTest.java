package govsearch.crawler.document;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.document.Documents.Read;
import govsearch.crawler.document.Documents.Refused;
import govsearch.crawler.document.Documents.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** What cannot be read is refused with a reason a user can act on, never thrown. */
class DocumentsRefusalTest {

    private static final List<String> REPORT = List.of("2024年某某市政府工作报告", "各位代表：", "一、2023年工作回顾",
            "过去一年，全市经济运行稳中向好，地区生产总值增长百分之五。" .repeat(6), "二、2024年工作安排", "今年要做好以下工作。");

    @Test
    void aPdfThatNeedsAPasswordIsRefusedAsEncrypted() throws IOException {
        byte[] pdf = MadeDocuments.pdf(REPORT, "某某市人民政府", "— %d —");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            pdf = save(doc);
        }

        assertRefused(Documents.read("locked.pdf", pdf, null), Format.PDF, "encrypted PDF (needs a password)");
    }

    @Test
    void aTruncatedPdfIsRefusedAsCorrupt() throws IOException {
        byte[] pdf = MadeDocuments.pdf(REPORT, "某某市人民政府", "— %d —");

        Read read = Documents.read("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3), null);

        assertThat(read).isInstanceOf(Refused.class);
        assertThat(((Refused) read).reason()).matches("corrupt PDF: .+|no text layer.*");
    }

    @Test
    void aPdfOfPageImagesIsRefusedAsAScanWithoutTextLayer() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int page = 0; page < 3; page++) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
                    s.drawImage(LosslessFactory.createFromImage(doc, scan), 50, 50, 500, 700);
                }
            }
            pdf = save(doc);
        }

        assertRefused(Documents.read("scan.pdf", pdf, "application/pdf"), Format.PDF,
                "no text layer (a scanned PDF; OCR is not built in)");
    }

    @Test
    void aNulFilledFileIsRefusedAsBinary() {
        assertRefused(Documents.read("report.txt", new byte[4096], "text/plain"), Format.BINARY, "binary file, not text");
    }

    @Test
    void randomBytesAreRefusedAsBinaryWhateverTheirNameOrDeclaredType() {
        byte[] noise = new byte[10_000];
        new Random(13).nextBytes(noise);

        assertRefused(Documents.read("report.txt", noise, "text/plain; charset=utf-8"), Format.BINARY, "binary file, not text");
        assertRefused(Documents.read("report.pdf", noise, "application/pdf"), Format.BINARY, "binary file, not text");
    }

    @Test
    void textThatIsNeitherUtf8NorGb18030IsRefusedAsUndecodable() {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            // 0x80 and 0xFF are lead bytes in neither charset, so every one of them fails in both.
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : i % 2 == 0 ? 0x80 : 0xFF);
        }

        Read read = Documents.read("odd.txt", bytes, null);

        assertThat(read).isInstanceOf(Refused.class);
        assertThat(((Refused) read).reason()).startsWith("undecodable text: ");
    }

    /** 17 MB of table rows, under the file size limit: refused as a whole, never imported cut to its first part. */
    @Test
    void aTextLongerThanAnyReportIsRefusedNotCut() {
        byte[] table = "统计数据表，全年完成固定资产投资增长百分之五。\n".repeat(240_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertRefused(Documents.read("table.txt", table, null), Format.TEXT,
                "a text of 5,760,000 characters, more than the 5,000,000 one report may have; not a report");
    }

    @Test
    void aWordFileThatNeedsAPasswordIsRefusedAsEncrypted() throws Exception {
        byte[] docx = MadeDocuments.docx(REPORT);
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertRefused(Documents.read("locked.docx", encrypted, null), Format.DOC, "encrypted Word file (needs a password)");
    }

    @Test
    void aTruncatedDocxIsRefusedAsCorrupt() throws IOException {
        byte[] docx = MadeDocuments.docx(REPORT);

        Read read = Documents.read("cut.docx", Arrays.copyOf(docx, docx.length / 2), null);

        assertThat(read).isInstanceOf(Refused.class);
        assertThat(((Refused) read).reason()).startsWith("corrupt");
    }

    @Test
    void wordListNumbersArePrependedToTheirParagraphs() throws IOException {
        Read read = Documents.read("a.docx", MadeDocuments.docx(REPORT), null);

        String text = ((Texts) read).sources().getFirst().text();
        assertThat(text).contains("\n一、2023年工作回顾\n", "\n二、2024年工作安排\n");
        assertThat(new String(MadeDocuments.docx(REPORT), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the numbers are Word's, not typed").doesNotContain("一、");
    }

    @Test
    void aPdfMetadataTitleIsUsedOnlyWhenItReadsLikeAReportTitle() {
        assertThat(Titles.reportTitle("Microsoft Word - 新建 Microsoft Word 文档.docx")).isNull();
        assertThat(Titles.reportTitle("文档1")).isNull();
        assertThat(Titles.reportTitle("张三")).isNull();
        assertThat(Titles.reportTitle("2024年内江市政府工作报告")).isEqualTo("2024年内江市政府工作报告");
    }

    @Test
    void chineseCountingNumbersReadAsWordShowsThem() {
        assertThat(List.of(1, 10, 11, 20, 21, 99, 100, 105, 110).stream().map(ListNumbers::chinese))
                .containsExactly("一", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十");
        assertThat(new ListNumbers().next("1", 0, "（%1）", new String[] {"chineseCounting"}, new int[] {3}, false))
                .isEqualTo("（三）");
    }

    @Test
    void damagedFilesOfEveryFormatGiveTextOrAReasonAndNeverThrow() throws IOException {
        Random random = new Random(2024);
        List<byte[]> files = List.of(MadeDocuments.pdf(REPORT, "某某市人民政府", "— %d —"), MadeDocuments.docx(REPORT),
                MadeDocuments.rtfGbk(REPORT), String.join("\n", REPORT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] file : files) {
            for (int round = 0; round < 25; round++) {
                byte[] damaged = file.clone();
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                Read read = Documents.read("damaged", damaged, null);
                if (read instanceof Refused r) {
                    assertThat(r.reason()).isNotBlank();
                } else {
                    assertThat(((Texts) read).sources()).isNotEmpty();
                }
            }
        }
    }

    private static void assertRefused(Read read, Format format, String reason) {
        assertThat(read).isEqualTo(new Refused(format, reason));
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

}
