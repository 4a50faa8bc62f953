package govsearch.crawler.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes a report text in the formats reports are published in, with the libraries that write
 * them: a PDF laid out as a typesetter would (hard-wrapped at the margin, first lines indented,
 * a running header and a page number on every page), a DOCX whose headings are Word list numbering,
 * and RTF as Word and WPS write Chinese (GBK byte escapes, or Unicode escapes).
 *
 * <p>The format tests read these back against the plain text; {@code govsearch bench-import}
 * times reading them, so it lives in main code, not beside the tests.
 */
public final class MadeDocuments {

    /**
     * A TrueType (glyf) CJK font: PDFBox embeds those; Debian's fonts-wqy-zenhei has one.
     * {@code -Dgovsearch.cjk-font=PATH} names another .ttc or .ttf.
     */
    public static final Path CJK_FONT = Path.of(System.getProperty("govsearch.cjk-font", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    static final float SIZE = 12;
    private static final float LEADING = 20;
    private static final float LEFT = 72;
    private static final float RIGHT = 595 - 72;

    private static final Pattern CN_COMMA = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
    private static final Pattern CN_PAREN = Pattern.compile("^（([一二三四五六七八九十]{1,3})）");

    private MadeDocuments() {
    }

    /**
     * The paragraphs of a plain text: its non-blank lines, stripped. A no-break space counts as
     * whitespace: some corpus texts lead headings with one, which no layout keeps.
     */
    public static List<String> paragraphs(String text) {
        return text.lines().map(s -> s.replace('\u00a0', ' ').strip()).filter(s -> !s.isEmpty()).toList();
    }

    /** A government site's page for a report: its title as the heading, one paragraph a line, chrome around. */
    public static String sitePage(String text) {
        List<String> paragraphs = paragraphs(text);
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs.subList(1, paragraphs.size())) {
            body.append("<p>").append(escapeHtml(p)).append("</p>\n");
        }
        String title = escapeHtml(paragraphs.getFirst());
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a></div>"
                + "<div class=\"article\"><h1>" + title + "</h1>\n<div class=\"content\">\n" + body + "</div></div>"
                + "<div class=\"footer\">版权所有 网站标识码 1234567890</div></body></html>";
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A PDF of these paragraphs; {@code pageNumber} formats page n ("— %d —", "第%d页", "- %d -"). */
    public static byte[] pdf(List<String> paragraphs, String header, String pageNumber) throws IOException {
        return pdf(paragraphs, header, pageNumber, true);
    }

    /**
     * @param indented first lines indented by two characters (首行缩进), as most reports are set;
     *                 otherwise block paragraphs, flush left with half a line between them
     */
    public static synchronized byte[] pdf(List<String> paragraphs, String header, String pageNumber, boolean indented)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, cjkFont(), true);
            Map<Integer, Float> widths = new HashMap<>();
            Layout layout = new Layout(doc, font, header, pageNumber);
            for (String p : paragraphs) {
                // zero-width and other format characters (U+200C in a corpus text) are not set, as in print
                String text = p.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("\\p{Cf}", "");
                float indent = indented ? 2 * SIZE : 0;
                StringBuilder line = new StringBuilder();
                float width = indent;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    float w = widths.computeIfAbsent(cp, c -> width(font, c));
                    if (LEFT + width + w > RIGHT && !line.isEmpty()) {
                        layout.line(line.toString(), indent);
                        line.setLength(0);
                        indent = 0;
                        width = 0;
                    }
                    line.appendCodePoint(cp);
                    width += w;
                    i += Character.charCount(cp);
                }
                layout.line(line.toString(), indent);
                if (!indented) {
                    layout.space(LEADING / 2);
                }
            }
            layout.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The collection's first font, parsed once: a 16 MB collection takes longer to parse than a report to lay out. */
    private static TrueTypeFont loadedFont;

    private static TrueTypeFont cjkFont() throws IOException {
        if (loadedFont == null) {
            if (!Files.isRegularFile(CJK_FONT)) {
                throw new IllegalStateException("writing a PDF needs a CJK TrueType font at " + CJK_FONT
                        + ": apt-get install fonts-wqy-zenhei, or -Dgovsearch.cjk-font=PATH");
            }
            if (CJK_FONT.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                // kept open for the process: the font is read again whenever a PDF's subset is written
                TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                loadedFont = first[0];
            } else {
                loadedFont = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBufferedFile(CJK_FONT.toFile()));
            }
        }
        return loadedFont;
    }

    private static float width(PDType0Font font, int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp))) / 1000 * SIZE;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the CJK font has no glyph for U+" + Integer.toHexString(cp), e);
        }
    }

    /** Pages filled line by line, each with the running header at its top and its number at its foot. */
    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final String header;
        private final String pageNumber;
        private PDPageContentStream page;
        private int pages;
        private float y;

        Layout(PDDocument doc, PDType0Font font, String header, String pageNumber) {
            this.doc = doc;
            this.font = font;
            this.header = header;
            this.pageNumber = pageNumber;
        }

        void line(String text, float indent) throws IOException {
            if (page == null || y < 80) {
                newPage();
            }
            show(text, LEFT + indent, y, SIZE);
            y -= LEADING;
        }

        void space(float points) {
            y -= points;
        }

        private void newPage() throws IOException {
            close();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            pages++;
            centred(header, 800, 9);
            centred(String.format(pageNumber, pages), 45, 10);
            y = 760;
        }

        private void centred(String text, float at, float size) throws IOException {
            float w = font.getStringWidth(text) / 1000 * size;
            show(text, (595 - w) / 2, at, size);
        }

        private void show(String text, float x, float at, float size) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, at);
            page.showText(text);
            page.endText();
        }

        void close() throws IOException {
            if (page != null) {
                page.close();
                page = null;
            }
        }
    }

    /**
     * A DOCX of these paragraphs where the top two heading levels (一、 and （一）) are Word list
     * numbering, the typed number taken off, as Word users make them; the core title is Word's default junk.
     */
    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            level(abs, 0, "%1、");
            level(abs, 1, "（%2）");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
            int top = 1;
            int sub = 1;
            for (String text : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                Matcher m1 = CN_COMMA.matcher(text);
                Matcher m2 = CN_PAREN.matcher(text);
                if (m1.find() && number(m1.group(1)) == top) {
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.ZERO);
                    text = text.substring(m1.end());
                    top++;
                    sub = 1;
                } else if (m2.find() && number(m2.group(1)) == sub) {
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.ONE);
                    text = text.substring(m2.end());
                    sub++;
                }
                p.createRun().setText(text);
            }
            doc.getProperties().getCoreProperties().setTitle("Microsoft Word - 新建 Microsoft Word 文档.docx");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void level(CTAbstractNum abs, int ilvl, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        lvl.addNewLvlText().setVal(text);
    }

    /** 一 … 九十九. */
    static int number(String cn) {
        String digits = "零一二三四五六七八九";
        int ten = cn.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(cn.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(cn.charAt(0));
        int ones = ten == cn.length() - 1 ? 0 : digits.indexOf(cn.charAt(ten + 1));
        return tens * 10 + ones;
    }

    /** RTF as Word writes Chinese under code page 936: every Han character as two \'hh bytes of GBK. */
    public static byte[] rtfGbk(List<String> paragraphs) {
        Charset gbk = Charset.forName("GBK");
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
                + "{\\*\\generator Riched20 10.0;}\\viewkind4\\uc1\\pard\\f0\\fs24\\lang2052 ");
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < 0x80) {
                    rtf.append(c == '\\' || c == '{' || c == '}' ? "\\" + c : String.valueOf(c));
                } else if (gbk.newEncoder().canEncode(c)) {
                    for (byte b : String.valueOf(c).getBytes(gbk)) {
                        rtf.append(String.format("\\'%02x", b & 0xff));
                    }
                } else {
                    rtf.append("\\u").append((int) (short) c).append('?');
                }
            }
            rtf.append("\\par\r\n");
        }
        return rtf.append('}').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** RTF with Unicode escapes and a one-byte fallback after each, as WPS and LibreOffice write it. */
    public static byte[] rtfUnicode(List<String> paragraphs) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\uc1{\\fonttbl{\\f0 SimSun;}}{\\info{\\title x}}\\f0 ");
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                rtf.append(c < 0x80 ? String.valueOf(c) : "\\u" + (int) (short) c + "?");
            }
            rtf.append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
