package govsearch.crawler.document;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.document.Documents.Read;
import govsearch.crawler.document.Documents.Texts;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A report published as PDF, DOCX, DOC or RTF reads as the same report in plain text: the same
 * paragraphs (whitespace aside), and so the same section tree, year, region and type.
 */
class DocumentsFormatsTest {

    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../corpus"));

    private static final String[] TEXTS = {"national/national-1975.txt", "provincial-2025/anhui-2025.txt",
            "npc-resolutions/national-2007-npc-resolution-on-gwr.txt", "party-congress/cpc-congress-01-1921-1.txt"};

    @ParameterizedTest
    @ValueSource(strings = {"national/national-1975.txt", "provincial-2025/anhui-2025.txt",
            "npc-resolutions/national-2007-npc-resolution-on-gwr.txt", "party-congress/cpc-congress-01-1921-1.txt"})
    void aPdfWithHardWrappedLinesARunningHeaderAndPageNumbersReadsAsItsPlainText(String file) throws IOException {
        String plain = Files.readString(CORPUS.resolve(file));
        byte[] pdf = MadeDocuments.pdf(MadeDocuments.paragraphs(plain), "政府工作报告（" + file.hashCode() % 100 + "）", "— %d —");

        assertSameReport(file, plain, Documents.read(file.replace(".txt", ".pdf"), pdf, null), Format.PDF);
    }

    @Test
    void pageNumbersInTheirUsualShapesAreDropped() throws IOException {
        String plain = Files.readString(CORPUS.resolve(TEXTS[1]));
        for (String shape : List.of("第%d页", "- %d -", "%d", "第 %d 页 共 99 页")) {
            byte[] pdf = MadeDocuments.pdf(MadeDocuments.paragraphs(plain), "安徽省人民政府", shape);
            Read read = Documents.read("anhui.pdf", pdf, "application/octet-stream");
            assertSameParagraphs(shape, paragraphs(read), squeezed(MadeDocuments.paragraphs(plain)));
        }
    }

    /**
     * Flush-left paragraphs are told apart by the space between them. Where a paragraph's last line
     * is full and ends a page, nothing on the page tells it from a paragraph that goes on (1975's
     * paragraph 20 is such a case, and comes out joined to the next); anhui-2025 has none.
     */
    @Test
    void aPdfOfBlockParagraphsFlushLeftWithSpaceBetweenReadsAsItsPlainText() throws IOException {
        String file = TEXTS[1];
        String plain = Files.readString(CORPUS.resolve(file));
        byte[] pdf = MadeDocuments.pdf(MadeDocuments.paragraphs(plain), "政府工作报告", "第%d页", false);

        assertSameReport(file, plain, Documents.read(file.replace(".txt", ".pdf"), pdf, null), Format.PDF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"national/national-1975.txt", "provincial-2025/anhui-2025.txt",
            "npc-resolutions/national-2007-npc-resolution-on-gwr.txt", "party-congress/cpc-congress-01-1921-1.txt"})
    void aDocxWhoseHeadingsAreWordListNumberingReadsAsItsPlainText(String file) throws IOException {
        String plain = Files.readString(CORPUS.resolve(file));
        Read read = Documents.read(file.replace(".txt", ".docx"), MadeDocuments.docx(MadeDocuments.paragraphs(plain)), null);

        assertSameReport(file, plain, read, Format.DOCX);
        assertThat(((Texts) read).sources().getFirst().title()).as("Word's default title is not a report title").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"national/national-1975.txt", "provincial-2025/anhui-2025.txt"})
    void rtfReadsAsItsPlainTextWhetherHanIsWrittenAsGbkBytesOrUnicodeEscapes(String file) throws IOException {
        String plain = Files.readString(CORPUS.resolve(file));
        List<String> paragraphs = MadeDocuments.paragraphs(plain);

        assertSameReport(file, plain, Documents.read("a.rtf", MadeDocuments.rtfGbk(paragraphs), null), Format.RTF);
        assertSameReport(file, plain, Documents.read("b.rtf", MadeDocuments.rtfUnicode(paragraphs), null), Format.RTF);
    }

    @Test
    void aWord97FileReadsAsItsPlainText() throws IOException {
        byte[] doc;
        try (InputStream in = getClass().getResourceAsStream("national-1975.doc")) {
            doc = in.readAllBytes();
        }
        String plain = Files.readString(CORPUS.resolve(TEXTS[0]));

        assertSameReport(TEXTS[0], plain, Documents.read("national-1975.doc", doc, "application/msword"), Format.DOC);
    }

    /**
     * WPS Office writes .wps files in Word 97's OLE2 format: the same bytes under the .wps name
     * and WPS's own content type read as the Word file they are. (A file made by WPS Office itself
     * is not among the fixtures.)
     */
    @Test
    void aWpsFileInWord97FormatReadsAsItsPlainText() throws IOException {
        byte[] doc;
        try (InputStream in = getClass().getResourceAsStream("national-1975.doc")) {
            doc = in.readAllBytes();
        }
        String plain = Files.readString(CORPUS.resolve(TEXTS[0]));

        assertSameReport(TEXTS[0], plain, Documents.read("national-1975.wps", doc, "application/vnd.ms-works"), Format.DOC);
    }

    @Test
    void aWord97FileWhoseHeadingsAreWordListsReadsAsItsPlainText() throws IOException {
        byte[] doc;
        try (InputStream in = getClass().getResourceAsStream("anhui-2025-lists.doc")) {
            doc = in.readAllBytes();
        }
        String plain = Files.readString(CORPUS.resolve(TEXTS[1]));

        assertSameReport(TEXTS[1], plain, Documents.read("anhui-2025.doc", doc, null), Format.DOC);
    }

    @Test
    void aGbkTextIsDecodedAsGb18030() throws IOException {
        String plain = Files.readString(CORPUS.resolve(TEXTS[1]));
        Read read = Documents.read("anhui.txt", plain.getBytes(TextDecoding.GB18030), null);

        assertThat(((Texts) read).sources().getFirst().text()).isEqualTo(plain);
    }

    @Test
    void aUtf8TextWithThreeBadBytesStaysUtf8() throws IOException {
        byte[] bytes = Files.readString(CORPUS.resolve(TEXTS[1])).getBytes(StandardCharsets.UTF_8);
        bytes[100] = (byte) 0xFF;
        bytes[5000] = (byte) 0xC0;
        bytes[9000] = (byte) 0xFE;

        Read read = Documents.read("anhui.txt", bytes, null);

        String text = ((Texts) read).sources().getFirst().text();
        assertThat(text).startsWith("2025年安徽省政府工作报告").doesNotContain("鏀垮簻");
        assertThat(text).as("UTF-8 with replacement characters where the bytes are bad")
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");
    }

    private static void assertSameReport(String file, String plain, Read read, Format format) {
        assertThat(read).as(file).isInstanceOf(Texts.class);
        Texts texts = (Texts) read;
        assertThat(texts.format()).isEqualTo(format);
        Source source = texts.sources().getFirst();
        assertSameParagraphs(file, squeezed(MadeDocuments.paragraphs(source.text())), squeezed(MadeDocuments.paragraphs(plain)));

        // The section parser does not take U+00A0 for whitespace; headings led by one would be missed in the plain text only.
        Report expected = ReportReader.read(Source.of(file, plain.replace('\u00a0', ' ')));
        Report actual = ReportReader.read(source);
        assertThat(actual.sections().stream().map(s -> s.number() + " " + s.title()).toList()).as(file)
                .isEqualTo(expected.sections().stream().map(s -> s.number() + " " + s.title()).toList());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(actual.region()).isEqualTo(expected.region());
        assertThat(actual.docType()).isEqualTo(expected.docType());
    }

    /** Names the first paragraph that differs: a report has hundreds, and the whole list hides it. */
    private static void assertSameParagraphs(String file, List<String> actual, List<String> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as(file + " paragraph " + i).isEqualTo(expected.get(i));
        }
        assertThat(actual).as(file).hasSameSizeAs(expected);
    }

    private static List<String> paragraphs(Read read) {
        assertThat(read).isInstanceOf(Texts.class);
        return squeezed(MadeDocuments.paragraphs(((Texts) read).sources().getFirst().text()));
    }

    /** Whitespace is the one thing a layout may change. */
    private static List<String> squeezed(List<String> paragraphs) {
        return paragraphs.stream().map(p -> p.replaceAll("[\\s\u00a0\u3000]+", "")).filter(p -> !p.isEmpty()).toList();
    }
}
