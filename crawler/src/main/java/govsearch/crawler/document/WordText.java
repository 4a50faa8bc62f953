package govsearch.crawler.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Word files as report text: paragraphs one per line, each table row a line of tab-separated
 * cells, and list numbers as Word shows them, so a heading numbered by Word (一、总体要求) reads as
 * the section parser expects. DOCX through POI's XWPF; DOC and Kingsoft WPS (OLE2 files) through HWPF.
 */
final class WordText {

    /** What one Word file gave: its text and a metadata title that looks like a report's, or a reason. */
    record Result(String text, String title, String refusal) {
    }

    private WordText() {
    }

    static Result docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            Numbering numbering = new Numbering(doc);
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    line(out, numbering.prefix(p) + p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        line(out, String.join("\t", row.getTableCells().stream().map(XWPFTableCell::getText)
                                .map(s -> s.strip().replaceAll("\\s*\\R\\s*", " ")).toList()));
                    }
                }
            }
            POIXMLProperties.CoreProperties core = doc.getProperties() == null ? null : doc.getProperties().getCoreProperties();
            return text(out, core == null ? null : core.getTitle());
        } catch (EncryptedDocumentException e) {
            return refused("encrypted Word file (needs a password)");
        } catch (IOException | RuntimeException e) {
            return refused("corrupt Word file: " + Titles.oneLine(e.getMessage()));
        }
    }

    /** An OLE2 file: a Word 97–2003 document, a WPS file in the same container, or an encrypted DOCX. */
    static Result ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return refused("encrypted Word file (needs a password)");
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                return refused("not a Word document (an OLE2 file without a WordDocument stream: Excel, PowerPoint or another program's file)");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return hwpf(doc);
            }
        } catch (EncryptedDocumentException e) {
            return refused("encrypted Word file (needs a password)");
        } catch (IOException | RuntimeException e) {
            return refused("corrupt or unsupported Word/WPS file: " + Titles.oneLine(e.getMessage()));
        }
    }

    private static Result hwpf(HWPFDocument doc) {
        Range range = doc.getRange();
        ListTables lists = doc.getListTables();
        ListNumbers numbers = new ListNumbers();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                for (int r = 0; r < table.numRows(); r++) {
                    TableRow row = table.getRow(r);
                    StringBuilder cells = new StringBuilder();
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        cells.append(c == 0 ? "" : "\t").append(clean(cell.text()).replaceAll("\\s*\\n\\s*", " ").strip());
                    }
                    line(out, cells.toString());
                }
                i += table.numParagraphs() - 1;
                continue;
            }
            line(out, hwpfPrefix(p, lists, numbers) + clean(p.text()));
        }
        String title = doc.getSummaryInformation() == null ? null : doc.getSummaryInformation().getTitle();
        return text(out, title);
    }

    /** HWPF keeps the level text with the level numbers as the characters \0 … \8. */
    private static String hwpfPrefix(Paragraph p, ListTables lists, ListNumbers numbers) {
        if (lists == null || !p.isInList()) {
            return "";
        }
        try {
            int lsid = lists.getLfo(p.getIlfo()).getLsid();
            int level = p.getIlvl();
            String[] formats = new String[9];
            int[] starts = new int[9];
            for (int l = 0; l < 9; l++) {
                ListLevel ll = lists.getLevel(lsid, l);
                formats[l] = ll == null ? "decimal" : nfc(ll.getNumberFormat());
                starts[l] = ll == null ? 1 : Math.max(0, ll.getStartAt());
            }
            ListLevel ll = lists.getLevel(lsid, level);
            if (ll == null) {
                return "";
            }
            StringBuilder template = new StringBuilder();
            for (char ch : ll.getNumberText().toCharArray()) {
                template.append(ch < 9 ? "%" + (char) ('1' + ch) : String.valueOf(ch));
            }
            return numbers.next(Integer.toString(lsid), level, template.toString(), formats, starts, false);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Word's binary number-format codes (MS-DOC, msonfc) under their XML names. */
    private static String nfc(int code) {
        return switch (code) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 14, 19 -> "decimalFullWidth";
            case 18 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 30 -> "ideographTraditional";
            case 33, 35, 37, 38, 39 -> "chineseCounting";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    /** HWPF text carries Word's field codes and control marks; the report wants what the page shows. */
    private static String clean(String s) {
        return s.replaceAll("\u0013[^\u0014\u0015]*\u0014?", "").replaceAll("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0007]", "")
                .replace('\r', '\n').strip();
    }

    private static void line(StringBuilder out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.append(t.replace('\u000b', '\n')).append('\n');
        }
    }

    private static Result text(StringBuilder out, String title) {
        if (out.toString().isBlank()) {
            return refused("no text in the Word file");
        }
        return new Result(out.toString(), Titles.reportTitle(title), null);
    }

    private static Result refused(String reason) {
        return new Result(null, null, reason);
    }

    /** The list definitions of one DOCX, read as Word applies them: the paragraph's own numPr, else its style's. */
    private static final class Numbering {
        private final XWPFDocument doc;
        private final XWPFNumbering numbering;
        private final ListNumbers numbers = new ListNumbers();
        private final Set<BigInteger> seen = new HashSet<>();

        Numbering(XWPFDocument doc) {
            this.doc = doc;
            this.numbering = doc.getNumbering();
        }

        String prefix(XWPFParagraph p) {
            if (numbering == null) {
                return "";
            }
            try {
                CTNumPr numPr = numPr(p);
                if (numPr == null || numPr.getNumId() == null) {
                    return "";
                }
                BigInteger numId = numPr.getNumId().getVal();
                int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
                XWPFNum num = numbering.getNum(numId);
                if (num == null || numId.signum() == 0) {
                    return "";
                }
                BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
                XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
                if (abs == null) {
                    return "";
                }
                String[] formats = new String[9];
                String[] texts = new String[9];
                int[] starts = new int[9];
                for (int l = 0; l < 9; l++) {
                    formats[l] = "decimal";
                    starts[l] = 1;
                }
                CTAbstractNum ct = abs.getCTAbstractNum();
                for (CTLvl lvl : ct.getLvlArray()) {
                    apply(lvl, formats, texts, starts);
                }
                boolean restart = false;
                for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
                    int l = override.getIlvl().intValue();
                    if (override.isSetLvl()) {
                        apply(override.getLvl(), formats, texts, starts);
                    }
                    if (override.isSetStartOverride() && l >= 0 && l < 9) {
                        starts[l] = override.getStartOverride().getVal().intValue();
                        restart |= l == level && seen.add(numId);
                    }
                }
                String text = numbers.next(abstractId.toString(), level, texts[level], formats, starts, restart);
                return text.isEmpty() || !Character.isLetterOrDigit(text.charAt(text.length() - 1)) ? text : text + " ";
            } catch (RuntimeException e) {
                return "";
            }
        }

        private static void apply(CTLvl lvl, String[] formats, String[] texts, int[] starts) {
            int l = lvl.getIlvl().intValue();
            if (l < 0 || l > 8) {
                return;
            }
            if (lvl.isSetNumFmt()) {
                formats[l] = lvl.getNumFmt().getVal().toString();
            }
            if (lvl.isSetLvlText()) {
                texts[l] = lvl.getLvlText().getVal();
            }
            if (lvl.isSetStart()) {
                starts[l] = lvl.getStart().getVal().intValue();
            }
        }

        private CTNumPr numPr(XWPFParagraph p) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) {
                return p.getCTP().getPPr().getNumPr();
            }
            String styleId = p.getStyleID();
            for (int depth = 0; styleId != null && doc.getStyles() != null && depth < 10; depth++) {
                XWPFStyle style = doc.getStyles().getStyle(styleId);
                if (style == null) {
                    return null;
                }
                if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                    return style.getCTStyle().getPPr().getNumPr();
                }
                styleId = style.getBasisStyleID();
            }
            return null;
        }
    }

}
