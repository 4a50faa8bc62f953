package govsearch.crawler.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF as report text: one paragraph per line, page furniture dropped. PDFBox
 * gives the lines with their positions; {@link PdfParagraphs} decides from them where paragraphs
 * end and which lines are running headers, footers and page numbers.
 */
final class PdfText {

    /** Longer documents are read up to here: no report runs to a thousand pages, a malicious file might. */
    static final int MAX_PAGES = 1000;

    /** A scan has no text layer, or only a few stray characters (a stamp, a page number) per page. */
    private static final int MIN_CHARS_PER_PAGE = 20;

    /** What one PDF gave: its paragraphs and the title in its metadata, or a reason. */
    record Result(String text, String title, String refusal) {
    }

    private PdfText() {
    }

    static Result read(byte[] bytes) {
        // Parsed objects live in memory only as long as they are read; scratch goes to a temporary file, not the heap.
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                return refused("corrupt PDF: no pages");
            }
            LineStripper stripper = new LineStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(Math.min(pages, MAX_PAGES));
            stripper.getText(pdf);
            List<List<PdfParagraphs.Line>> lines = stripper.pages;
            int chars = lines.stream().flatMap(List::stream).mapToInt(l -> l.text().strip().length()).sum();
            int read = Math.min(pages, MAX_PAGES);
            if (chars < MIN_CHARS_PER_PAGE * read) {
                return refused(chars == 0 ? "no text layer (a scanned PDF; OCR is not built in)"
                        : "no text layer (a scanned PDF: " + chars + " characters on " + read + " pages; OCR is not built in)");
            }
            String title = pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
            return new Result(PdfParagraphs.join(lines), Titles.reportTitle(title), null);
        } catch (InvalidPasswordException e) {
            return refused("encrypted PDF (needs a password)");
        } catch (IOException | RuntimeException e) {
            return refused("corrupt PDF: " + Titles.oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            return refused("corrupt PDF: objects nested too deep to read");
        }
    }

    private static Result refused(String reason) {
        return new Result(null, null, reason);
    }

    /** Collects each line PDFBox finds with where it starts and ends, page by page. */
    private static final class LineStripper extends PDFTextStripper {
        final List<List<PdfParagraphs.Line>> pages = new ArrayList<>();
        private List<PdfParagraphs.Line> page;
        private final StringBuilder text = new StringBuilder();
        private float x0 = Float.MAX_VALUE;
        private float x1 = -Float.MAX_VALUE;
        private float y;
        private float size;

        LineStripper() {
            // Line breaks come from positions here, not from PDFBox's paragraph guesses.
            setAddMoreFormatting(false);
        }

        @Override
        protected void startPage(PDPage p) {
            page = new ArrayList<>();
            pages.add(page);
        }

        @Override
        protected void endPage(PDPage p) {
            endLine();
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            text.append(s);
            for (TextPosition t : positions) {
                x0 = Math.min(x0, t.getXDirAdj());
                x1 = Math.max(x1, t.getXDirAdj() + t.getWidthDirAdj());
                y = t.getYDirAdj();
                size = Math.max(size, t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        private void endLine() {
            if (page != null && !text.toString().isBlank()) {
                page.add(new PdfParagraphs.Line(text.toString().strip(), x0, x1, y, size));
            }
            text.setLength(0);
            x0 = Float.MAX_VALUE;
            x1 = -Float.MAX_VALUE;
            size = 0;
        }
    }
}
