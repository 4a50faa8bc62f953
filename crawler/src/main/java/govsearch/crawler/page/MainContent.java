package govsearch.crawler.page;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The generic main-content reader for sites without a rule: after dropping chrome, the block with
 * the most text and the least link text wins. A block scores its text minus three times its link
 * text (so its own text counts once, link text minus twice): a wrapper that adds a related-links
 * list to the report scores lower than the report, one that adds a byline scores higher.
 */
final class MainContent {

    /** Elements that are never report text, on any site. */
    static final String ALWAYS_DROP = "nav, header, footer, aside, script, style, form, noscript, iframe, template, "
            + "svg, select, button, input, textarea, object, embed, ins.adsbygoogle";

    private static final int LINK_WEIGHT = 3;

    private MainContent() {
    }

    /** The main content block of the page (its body when nothing better), with chrome removed. */
    static Element select(Document page) {
        Element body = page.body();
        dropChrome(body);
        Map<Element, int[]> counts = count(body);
        Element best = body;
        int bestScore = Integer.MIN_VALUE;
        for (Element e : body.select("*")) {
            int[] c = counts.get(e);
            if (c == null) {
                continue;
            }
            int score = c[0] - LINK_WEIGHT * c[1];
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Removes, inside {@code root}, the structural chrome and short blocks that start with chrome words. */
    static void dropChrome(Element root) {
        root.select(ALWAYS_DROP).remove();
        Map<Element, int[]> counts = count(root);
        for (Element e : root.select("*")) {
            // only short blocks can be chrome: skip the text of long ones, which is costly on deep pages
            if (e != root && e.parent() != null && counts.get(e)[0] <= Chrome.MAX_CHROME_LENGTH
                    && Chrome.isChrome(e.text())) {
                e.remove();
            }
        }
    }

    /** For each element, {text, link text} in non-white-space characters, all descendants included. */
    private static Map<Element, int[]> count(Element root) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, new int[2]);
                    if (e.normalName().equals("a")) {
                        inLink[0]++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    int n = visible(t.getWholeText());
                    int[] c = counts.get(parent);
                    c[0] += n;
                    if (inLink[0] > 0) {
                        c[1] += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        inLink[0]--;
                    }
                    if (e != root && e.parent() != null) {
                        int[] c = counts.get(e);
                        int[] p = counts.get(e.parent());
                        p[0] += c[0];
                        p[1] += c[1];
                    }
                }
            }
        }, root);
        return counts;
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                n++;
            }
        }
        return n;
    }
}
