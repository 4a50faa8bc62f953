package govsearch.crawler.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a PDF's laid-out lines back into paragraphs, from their geometry: a line that runs to the
 * right margin continues in the next; an indented line, a line after a short one, a change of font
 * size or a wider gap starts a new paragraph; a heading (一、 （一） 第一，) after a finished sentence
 * starts one too. Before that, the page furniture goes: lines that repeat at the same place at the
 * top or bottom of most pages (running headers and footers) and page-number lines there.
 */
final class PdfParagraphs {

    /** One line as laid out: its text, where it starts and ends across the page, its baseline and font size. */
    record Line(String text, float x0, float x1, float y, float size) {
    }

    /** How many lines at each edge of a page can be furniture: a header with a rule and a sub-header, a footer with a page number. */
    private static final int EDGE = 3;

    private static final Pattern PAGE_NUMBER = Pattern.compile(String.join("|",
            "[-—–－~～·\\s]*\\d{1,4}[-—–－~～·\\s]*",
            "[-—–－\\s]*第\\s*[\\d一二三四五六七八九十百]{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?[-—–－\\s]*",
            "共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页",
            "\\d{1,4}\\s*[/／]\\s*\\d{1,4}",
            "(?i)page\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?"));

    /** Where the section parser sees a heading; after a finished sentence such a line starts a paragraph even when the one before runs full. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}(?:部分|章|节)?[，、：　 ])");

    private static final String SENTENCE_END = "。；：！？」』”）)";

    private PdfParagraphs() {
    }

    static String join(List<List<Line>> pages) {
        List<List<Line>> body = dropFurniture(pages);
        List<Line> lines = body.stream().flatMap(List::stream).toList();
        if (lines.isEmpty()) {
            return "";
        }
        float left = percentile(lines.stream().map(Line::x0).toList(), 0.05);
        float right = percentile(lines.stream().map(Line::x1).toList(), 0.95);
        float leading = typicalLeading(body);

        StringBuilder out = new StringBuilder();
        Line prev = null;
        boolean samePage = false;
        for (List<Line> page : body) {
            samePage = false;
            for (Line line : page) {
                if (prev == null) {
                    out.append(line.text());
                } else if (startsParagraph(prev, line, left, right, samePage ? leading : 0)) {
                    out.append('\n').append(line.text());
                } else {
                    if (isLatin(out.charAt(out.length() - 1)) && isLatin(line.text().charAt(0))) {
                        out.append(' ');
                    }
                    out.append(line.text());
                }
                prev = line;
                samePage = true;
            }
        }
        return out.toString();
    }

    private static boolean startsParagraph(Line prev, Line line, float left, float right, float leading) {
        float em = line.size() > 0 ? line.size() : 10;
        float prevEm = prev.size() > 0 ? prev.size() : em;
        if (line.x0() > left + 0.6f * em) {
            return true;
        }
        if (prev.x1() < right - 1.3f * prevEm) {
            return true;
        }
        if (Math.abs(line.size() - prev.size()) > 0.15f * Math.max(line.size(), prev.size())) {
            return true;
        }
        if (leading > 0 && line.y() - prev.y() > 1.3f * leading) {
            return true;
        }
        String p = prev.text();
        return HEADING.matcher(line.text()).find() && SENTENCE_END.indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    /**
     * Peels furniture off each page's edges: page-number lines, and lines whose text (digits aside)
     * and height recur at an edge on at least half the pages. Only the edges are peeled, so a body
     * line with the header's words (the title on page one sits lower than the running header) stays.
     */
    static List<List<Line>> dropFurniture(List<List<Line>> pages) {
        Map<String, Integer> recurring = new HashMap<>();
        for (List<Line> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < EDGE || i >= page.size() - EDGE) {
                    keys.add(key(page.get(i)));
                }
            }
            keys.forEach(k -> recurring.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<Line> all = pages.stream().flatMap(List::stream).toList();
        float bodySize = all.isEmpty() ? 0 : percentile(all.stream().map(Line::size).toList(), 0.5);
        float leading = typicalLeading(pages);
        List<List<Line>> kept = new ArrayList<>();
        for (List<Line> page : pages) {
            int from = 0;
            int to = page.size();
            while (from < to && from < EDGE && (isFurniture(page.get(from), recurring, needed)
                    || standsApart(page.get(from), from + 1 < to ? page.get(from + 1) : null, bodySize, leading))) {
                from++;
            }
            while (to > from && to > page.size() - EDGE && (isFurniture(page.get(to - 1), recurring, needed)
                    || standsApart(page.get(to - 1), to - 2 >= from ? page.get(to - 2) : null, bodySize, leading))) {
                to--;
            }
            kept.add(page.subList(from, to));
        }
        return kept;
    }

    /**
     * A one-page document repeats nothing, but its header or footer still shows as one: set
     * smaller than the body and apart from it by more than a line and a half
     */
    private static boolean standsApart(Line edge, Line neighbour, float bodySize, float leading) {
        return neighbour != null && leading > 0 && edge.size() < 0.9f * bodySize
                && Math.abs(neighbour.y() - edge.y()) > 1.5f * leading;
    }

    private static boolean isFurniture(Line line, Map<String, Integer> recurring, int needed) {
        return PAGE_NUMBER.matcher(line.text().strip()).matches() || recurring.getOrDefault(key(line), 0) >= needed;
    }

    private static String key(Line line) {
        return line.text().replaceAll("\\s+", "").replaceAll("\\d+", "#") + "@" + Math.round(line.y() / 3);
    }

    /** The usual distance between baselines, for telling a paragraph gap from a line break. */
    private static float typicalLeading(List<List<Line>> pages) {
        List<Float> gaps = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float gap = page.get(i).y() - page.get(i - 1).y();
                if (gap > 0) {
                    gaps.add(gap);
                }
            }
        }
        return gaps.isEmpty() ? 0 : percentile(gaps, 0.5);
    }

    private static float percentile(List<Float> values, double p) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
