package govsearch.crawler.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text as a report text: one paragraph a line. Block elements and {@code <br>} end a
 * line; runs of white space (including the full-width and no-break spaces that indent Chinese
 * paragraphs) collapse, and vanish between two Chinese characters; empty lines go.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
            "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private BlockText() {
    }

    static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }
        }, root);
        flush(line, lines);
        return lines;
    }

    static String text(Element root) {
        return String.join("\n", lines(root));
    }

    /** Collapses white space: ASCII, no-break (U+00A0), ideographic (U+3000) and the like. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B') {
                space = true;
            } else {
                if (space && !out.isEmpty() && !(isCjk(out.charAt(out.length() - 1)) && isCjk(c))) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Han characters and CJK or full-width punctuation: a line break between two of them is no space. */
    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    private static void flush(StringBuilder line, List<String> lines) {
        if (line.isEmpty()) {
            return;
        }
        String cleaned = clean(line.toString());
        line.setLength(0);
        if (!cleaned.isEmpty()) {
            lines.add(cleaned);
        }
    }
}
