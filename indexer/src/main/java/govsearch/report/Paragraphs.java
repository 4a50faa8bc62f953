package govsearch.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A report's text as the paragraphs its author wrote, whatever copy of it we were given: indents of
 * any Unicode space (U+00A0 from web pages, U+3000, U+2002–U+200B, tabs), CR, LF or CRLF line ends,
 * blank lines between paragraphs or none, page numbers left by a print layout, and lines
 * hard-wrapped at a fixed width. The section tree is read from these paragraphs, so one text gives
 * one outline in every layout.
 *
 * <p>Nothing inside a paragraph is rewritten: a paragraph is the characters of its line (or of its
 * wrapped lines, joined) between the indent and the line end, so a section's content, the text its
 * snippets and highlight offsets refer to, is the same for every layout of one text.
 */
public final class Paragraphs {

    /** A line with nothing but a page number: "12", "- 12 -", "—12—", "第12页", "第 3 页 共 30 页". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—－–]?\\s*[0-9０-９]{1,4}\\s*[-—－–]?|第\\s*[0-9０-９]{1,4}\\s*页(?:\\s*[，,/]?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?)$");
    /** Where a paragraph ends: a wrapped line ending so is most likely the end of its paragraph. */
    private static final String PARAGRAPH_END = "。！？!?”：:";
    /** A line starting so goes on with the sentence before it. */
    private static final String CONTINUATION = "，、。；：”’）》,;:)";
    /** How long an aside after a sentence may be: （鼓掌）, （长时间地热烈鼓掌）. */
    private static final int MAX_ASIDE_LENGTH = 12;
    private static final int BARE = 1;
    private static final int RUN_IN = 2;
    /** Fewer lines than this and a run of equal widths says nothing about wrapping. */
    private static final int MIN_LINES_FOR_WRAP = 12;

    private Paragraphs() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = strip(raw);
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        int width = wrapWidth(lines);
        return width < 0 ? lines : unwrap(lines, width);
    }

    /** Every kind of space at either end goes, including the ones {@link String#strip()} keeps (U+00A0, U+200B). */
    public static String strip(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    /**
     * The width a text was hard-wrapped at, or -1. A wrapped text has no line longer than its width
     * and most of its lines exactly that long; a text as written has paragraphs of every length.
     */
    static int wrapWidth(List<String> lines) {
        if (lines.size() < MIN_LINES_FOR_WRAP) {
            return -1;
        }
        int max = 0;
        for (String line : lines) {
            max = Math.max(max, line.length());
        }
        int atMax = 0;
        for (String line : lines) {
            if (line.length() == max) {
                atMax++;
            }
        }
        return max >= 10 && atMax * 2 >= lines.size() ? max : -1;
    }

    /**
     * Joins each full line to the next. A full line that ends a sentence (or an aside after one,
     * 。（鼓掌）) is left as a paragraph's end when the next line cannot be its continuation: a
     * numbered heading or a short line of its own (an unnumbered heading). A number whose next
     * number follows on its own lines (…纪律： then （一）个人服从组织；（二）…) starts a list written
     * inline, and stays in the sentence. A heading exactly as long as a line is told from a longer
     * one by its neighbours: where the heading numbered nearest below or above it (一、 or 三、 for
     * 二、) is a one-line bare title, a full heading line with no sentence or space in it is one too,
     * unless the next line goes on with its sentence (starts with ，) or the next lines finish a
     * longer title.
     */
    private static List<String> unwrap(List<String> lines, int width) {
        Neighbours neighbours = new Neighbours(lines, width);
        NoteReferences notes = new NoteReferences(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!open.isEmpty() && !notes.isReference(lines, i) && startsOwnParagraph(open, lines, i, width)) {
                paragraphs.add(open.toString());
                open.setLength(0);
            }
            open.append(line);
            if (line.length() < width || open.length() == line.length() && isBareHeading(lines, i, width, neighbours)) {
                paragraphs.add(open.toString());
                open.setLength(0);
            }
        }
        if (!open.isEmpty()) {
            paragraphs.add(open.toString());
        }
        return paragraphs;
    }

    private static boolean isBareHeading(List<String> lines, int i, int width, Neighbours neighbours) {
        String line = lines.get(i);
        if (neighbours.style[i] == null || firstSentenceEnd(line) >= 0 || line.chars().anyMatch(c -> isSpace((char) c))
                || i + 1 >= lines.size() || CONTINUATION.indexOf(lines.get(i + 1).charAt(0)) >= 0
                || titleGoesOn(lines, i + 1, width)) {
            return false;
        }
        return neighbours.before[i] == BARE || neighbours.after[i] == BARE;
    }

    /**
     * Where a report's notes are numbered ① ② … after 注：, the same marks in its body are references
     * to them (…是人民群众自己创造的。①毫无疑义…): a line that starts with one goes on with the
     * sentence before it, as wrapping put the mark there, not the author.
     */
    private static final class NoteReferences {
        private final int notesAt;
        private final String marks;

        NoteReferences(List<String> lines) {
            int at = lines.size();
            StringBuilder found = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (at == lines.size() && SectionTree.isNotesHeading(line)) {
                    at = i;
                } else if (at < i && SectionTree.isCircledNumber(line.charAt(0))) {
                    found.append(line.charAt(0));
                }
            }
            notesAt = at;
            marks = found.toString();
        }

        boolean isReference(List<String> lines, int i) {
            return i < notesAt && marks.indexOf(lines.get(i).charAt(0)) >= 0;
        }
    }

    /**
     * For each numbered line, the style of the heading before and after it with the same kind of
     * number and the nearest number, lower and higher, that settles it: a one-line bare title, or a
     * run-in one whose title ends on its first line. Nearest in number, not in lines: a wrapped line
     * that starts with 一百零七， from inside a sentence lies between 二、 and 三、 but is no neighbour
     * of 二、. Another kind of number of the same or a higher rung lies between them and nothing
     * is settled (二、 ends the （一）s of part one; （四） ends the 第一，第二 under （三）). Two passes,
     * so unwrapping stays linear on any input.
     */
    private static final class Neighbours {
        final String[] style;
        final int[] before;
        final int[] after;

        Neighbours(List<String> lines, int width) {
            int n = lines.size();
            style = new String[n];
            int[] rank = new int[n];
            int[] value = new int[n];
            int[] settled = new int[n];
            for (int i = 0; i < n; i++) {
                String line = lines.get(i);
                style[i] = SectionTree.numberStyle(line);
                rank[i] = SectionTree.numberRank(line);
                value[i] = SectionTree.numberValue(line);
                int end = firstSentenceEnd(line);
                settled[i] = style[i] == null ? 0 : line.length() < width && end < 0 ? BARE : end >= 0 && end < width ? RUN_IN : 0;
            }
            before = pass(n, 0, 1, rank, value, settled);
            after = pass(n, n - 1, -1, rank, value, settled);
        }

        private int[] pass(int n, int from, int step, int[] rank, int[] value, int[] settled) {
            int[] nearest = new int[n];
            Map<String, TreeMap<Integer, Integer>> last = new HashMap<>();
            Map<String, Integer> rankOf = new HashMap<>();
            for (int i = from; i >= 0 && i < n; i += step) {
                if (style[i] == null) {
                    continue;
                }
                String own = style[i];
                int ownRank = rank[i];
                last.keySet().removeIf(s -> !s.equals(own) && rankOf.get(s) >= ownRank);
                TreeMap<Integer, Integer> list = last.computeIfAbsent(own, s -> new TreeMap<>());
                Map.Entry<Integer, Integer> neighbour = step > 0 ? list.lowerEntry(value[i]) : list.higherEntry(value[i]);
                nearest[i] = neighbour == null ? 0 : neighbour.getValue();
                rankOf.put(own, rank[i]);
                if (settled[i] != 0) {
                    list.put(value[i], settled[i]);
                }
            }
            return nearest;
        }
    }

    /**
     * Whether the lines from {@code next} finish a title: full lines with no sentence in them, then
     * a short one. Body text under a title has a sentence end before its paragraph does.
     */
    private static boolean titleGoesOn(List<String> lines, int next, int width) {
        for (int i = next; i < lines.size(); i++) {
            String line = lines.get(i);
            if (firstSentenceEnd(line) >= 0 || SectionTree.looksNumbered(line)) {
                return false;
            }
            if (line.length() < width) {
                return true;
            }
        }
        return false;
    }

    private static int firstSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("。！？；".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsOwnParagraph(CharSequence open, List<String> lines, int i, int width) {
        if (!endsParagraph(open)) {
            return false;
        }
        String line = lines.get(i);
        if (SectionTree.looksNumbered(line)) {
            return !SectionTree.listGoesOnInline(line, wrappedParagraphFrom(lines, i, width));
        }
        return line.length() < width && i + 1 < lines.size() && SectionTree.looksLikeTitle(line);
    }

    /**
     * Ends as a paragraph may: with a sentence end or a colon, or with an aside after one
     * (…胜利。（长时间地热烈鼓掌）, …。（见附件。）): a bracket of at most {@value #MAX_ASIDE_LENGTH} chars,
     * whatever it holds — a note's own full stop or colon, a bracketed number (见附表（一）).
     */
    private static boolean endsParagraph(CharSequence open) {
        int last = open.length() - 1;
        if (PARAGRAPH_END.indexOf(open.charAt(last)) >= 0) {
            return true;
        }
        if (open.charAt(last) != '）') {
            return false;
        }
        // Back to the bracket that opens the last one, past any pair inside it (见附表（一）).
        int depth = 0;
        for (int i = last - 1; i > 0 && i >= last - MAX_ASIDE_LENGTH - 1; i--) {
            char c = open.charAt(i);
            if (c == '）') {
                depth++;
            } else if (c == '（') {
                if (depth == 0) {
                    return "。！？!?”".indexOf(open.charAt(i - 1)) >= 0;
                }
                depth--;
            }
        }
        return false;
    }

    /**
     * The lines from {@code i} to the first short one, each on its own line: a number found at a
     * line's start is left out of {@link SectionTree#listGoesOnInline}, as wrapping may have put it
     * there, so only what is certainly inline counts.
     */
    private static String wrappedParagraphFrom(List<String> lines, int i, int width) {
        StringBuilder paragraph = new StringBuilder();
        for (int j = i; j < lines.size(); j++) {
            String line = lines.get(j);
            if (j > i && SectionTree.looksNumbered(line)) {
                break;
            }
            paragraph.append(line).append('\n');
            if (line.length() < width) {
                break;
            }
        }
        return paragraph.toString();
    }
}
