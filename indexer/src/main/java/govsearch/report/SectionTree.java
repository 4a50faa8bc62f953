package govsearch.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report's text into sections along the numbering ladders of Chinese official documents:
 * 一、 → （一）/(一) → 1. / 1、 → （1）/(1) → ①, and 第一，/第一部分 beside （一）.
 *
 * <p>The tree is read from the text's {@link Paragraphs}, so indents, line ends, blank lines, page
 * numbers and hard wrapping do not change it. Numbers match in full and half width (（一） (一)
 * 一． 1． １. ①), and are kept as printed.
 *
 * <p>A marker is a heading only where it starts a paragraph and continues its list (一、 after
 * nothing or after another list, 二、 after 一、 …); otherwise it is text, which keeps "1.5万亿元",
 * "8.6个" or a stray "三、" out of the tree. A list that starts again inside a section (the items of
 * a 民生实事 list after 二、) stays text to its end, so its 三、 does not continue the report's 二、.
 * Depth comes from the order markers appear in, ranked by the ladder: a new list opens under the
 * innermost heading when it is of that rung or lower (第一， under （三）), above all of them when the
 * report started lower, and never in the middle, so a level never closes without a heading of its
 * own. A report with no 一、 headings may head its parts with short
 * unnumbered lines (2024年工作回顾); those become the top level. An appendix (附件, 名词解释, 注释)
 * is one section to the next appendix: its numbered notes and lists are its text.
 */
public final class SectionTree {

    private static final String CN_DIGITS = "一二三四五六七八九十百零〇两";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** Punctuation that ends or splits a sentence: a line holding one is body text, not a bare title. */
    private static final String SENTENCE_PUNCTUATION = "。！？；：!?;:";
    private static final int MAX_TITLE_LENGTH = 30;
    /** What comes before the next item of a list written inline: 。（２）, ；第二，. */
    private static final String INLINE_LIST_SEPARATORS = "。！？；，：;,:";

    enum Marker {
        UNNUMBERED(-1, "(?!)"),
        CN_COMMA(0, "^([" + CN_DIGITS + "]{1,4})(?:[、，]|[．.](?![0-9]))"),
        CN_PAREN(1, "^[（(]([" + CN_DIGITS + "]{1,4})[）)][、，．.]?"),
        ORDINAL(1, "^第([" + CN_DIGITS + "]{1,4})(?:部分|章|节)?[，、,：:　 ]"),
        ARABIC(2, "^([0-9]{1,2})(?:[.．](?![0-9])|、)"),
        ARABIC_PAREN(3, "^[（(]([0-9]{1,2})[）)][、，．.]?"),
        CIRCLED_DIGIT(4, "^([" + CIRCLED + "])[、，．.]?");

        final int rank;
        final Pattern pattern;

        Marker(int rank, String regex) {
            this.rank = rank;
            this.pattern = Pattern.compile(regex);
        }
    }

    private static final Pattern APPENDIX = Pattern.compile(
            "^(附件\\s*[0-9０-９" + CN_DIGITS + "]{0,3})\\s*[:：]?\\s*(.*)$");
    private static final Pattern NOTES = Pattern.compile("^(名词解释|名词注释|注释|注解|附注|注)\\s*[:：]?$");

    private record Heading(Marker marker, int value, String number, String rest) {
    }

    /** An appendix heading has no marker: nothing is numbered below it. */
    private record Appendix(Heading heading, boolean titleIsNextParagraph) {
    }

    private record Frame(Marker marker, int value, String title) {
    }

    private SectionTree() {
    }

    public static List<Section> parse(String reportId, String text) {
        List<String> paragraphs = Paragraphs.of(text);
        boolean numberedTop = hasNumberedTopLevel(paragraphs);
        int firstBody = firstBodyParagraph(paragraphs);

        List<Section> sections = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        Map<Marker, Integer> innerLists = new EnumMap<>(Marker.class);
        StringBuilder body = new StringBuilder();
        Heading open = null;
        List<String> openPath = List.of();
        boolean inAppendix = false;

        for (int i = 0; i < paragraphs.size(); i++) {
            String line = paragraphs.get(i);
            String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            Appendix appendix = appendix(line, next);
            if (appendix != null) {
                addSection(sections, reportId, open, openPath, stack.size(), body);
                if (appendix.titleIsNextParagraph()) {
                    i++;
                }
                stack.clear();
                innerLists.clear();
                stack.add(new Frame(null, 0, appendix.heading().rest()));
                open = appendix.heading();
                openPath = List.of();
                body.setLength(0);
                inAppendix = true;
                continue;
            }
            Heading heading = inAppendix ? null : heading(line);
            if (heading == null && !inAppendix && !numberedTop && i > firstBody && isUnnumberedHeading(line, paragraphs, i)) {
                heading = new Heading(Marker.UNNUMBERED, 0, "", line);
            }
            int depth = heading == null ? -1 : placeInLadder(stack, innerLists, heading);
            if (depth < 0) {
                if (!body.isEmpty()) {
                    body.append('\n');
                }
                body.append(line);
                continue;
            }
            addSection(sections, reportId, open, openPath, stack.size(), body);
            while (stack.size() > depth) {
                stack.removeLast();
            }
            innerLists.clear();
            openPath = stack.stream().map(Frame::title).toList();
            String[] titleAndBody = splitTitle(heading.rest());
            stack.add(new Frame(heading.marker(), heading.value(), titleAndBody[0]));
            open = heading;
            body.setLength(0);
            body.append(titleAndBody[1]);
        }
        addSection(sections, reportId, open, openPath, stack.size(), body);
        return sections;
    }

    private static void addSection(List<Section> sections, String reportId, Heading heading, List<String> path,
                                   int level, StringBuilder body) {
        String id = reportId + "-" + sections.size();
        if (heading == null) {
            if (!body.toString().isBlank()) {
                sections.add(new Section(id, "", "", 0, List.of(), body.toString()));
            }
            return;
        }
        String title = heading.marker() == null ? heading.rest() : splitTitle(heading.rest())[0];
        sections.add(new Section(id, heading.number(), title, level, path, body.toString()));
    }

    /** Depth (0-based) the heading takes, or -1 when it does not continue any list. */
    private static int placeInLadder(List<Frame> stack, Map<Marker, Integer> innerLists, Heading heading) {
        if (heading.marker() == Marker.UNNUMBERED) {
            return 0;
        }
        Integer inner = innerLists.get(heading.marker());
        if (inner != null && heading.value() == inner + 1) {
            innerLists.put(heading.marker(), heading.value());
            return -1;
        }
        for (int i = 0; i < stack.size(); i++) {
            Frame frame = stack.get(i);
            if (frame.marker() == heading.marker()) {
                if (heading.value() == frame.value() + 1) {
                    return i;
                }
                if (heading.value() == 1) {
                    innerLists.put(heading.marker(), 1);
                }
                return -1;
            }
        }
        if (heading.value() != 1) {
            return -1;
        }
        if (stack.isEmpty() || heading.marker().rank >= stack.getLast().marker().rank) {
            return stack.size();
        }
        if (stack.stream().allMatch(frame -> heading.marker().rank < frame.marker().rank)) {
            return 0;
        }
        innerLists.put(heading.marker(), 1);
        return -1;
    }

    /** The kind of number a paragraph starts with (一、, （一）, 1. …), or null. */
    static String numberStyle(String line) {
        Heading h = heading(line);
        return h == null ? null : h.marker().name();
    }

    /** The rung of the number a paragraph starts with (0 for 一、), or Integer.MAX_VALUE. */
    static int numberRank(String line) {
        Heading h = heading(line);
        return h == null ? Integer.MAX_VALUE : h.marker().rank;
    }

    /**
     * Whether the number {@code line} starts with is the first of a list written inline: its next
     * number follows after a punctuation mark inside {@code paragraph} (（１）…；（２）…, 第一，…。第二，…).
     * Such a list is part of a sentence, not a ladder of headings.
     */
    static boolean listGoesOnInline(String line, String paragraph) {
        Heading first = heading(line);
        if (first == null) {
            return false;
        }
        for (int i = 1; i < paragraph.length(); i++) {
            if (INLINE_LIST_SEPARATORS.indexOf(paragraph.charAt(i - 1)) >= 0) {
                Heading next = heading(paragraph.substring(i, Math.min(paragraph.length(), i + 12)));
                if (next != null && next.marker() == first.marker() && next.value() == first.value() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value of the number a paragraph starts with (2 for 二、 and for （２）), or 0. */
    static int numberValue(String line) {
        Heading h = heading(line);
        return h == null ? 0 : h.value();
    }

    /** Whether a paragraph heads the notes at a report's end (注：, 注释, 名词解释). */
    static boolean isNotesHeading(String line) {
        return NOTES.matcher(line).matches();
    }

    /** Whether a character is a circled number (①), which numbers notes as well as lists. */
    static boolean isCircledNumber(char c) {
        return CIRCLED.indexOf(c) >= 0;
    }

    /** Whether a paragraph starts with a number that could head a section. */
    static boolean looksNumbered(String line) {
        return heading(line) != null;
    }

    private static Heading heading(String line) {
        String folded = foldDigits(line);
        for (Marker marker : Marker.values()) {
            Matcher m = marker.pattern.matcher(folded);
            // Every marker is anchored (^): find() would try, and refuse, each later position of a
            // paragraph hundreds of chars long, for each marker, for every paragraph, twice.
            if (m.lookingAt()) {
                String digits = m.group(1);
                char first = digits.charAt(0);
                int value = first >= '0' && first <= '9' ? Integer.parseInt(digits)
                        : CIRCLED.indexOf(first) >= 0 ? CIRCLED.indexOf(first) + 1 : ChineseNumber.parse(digits);
                String rest = Paragraphs.strip(line.substring(m.end()));
                if (value > 0 && !rest.isEmpty() && !enumeratesOrdinals(marker, value, rest)) {
                    return new Heading(marker, value, Paragraphs.strip(line.substring(0, m.end())), rest);
                }
            }
        }
        return null;
    }

    /** 第一、第二产业, 第一、第二轮督察: ordinals listed in a sentence, not the first of a list of headings. */
    private static boolean enumeratesOrdinals(Marker marker, int value, String rest) {
        return marker == Marker.ORDINAL && value < 10 && rest.startsWith("第" + CN_DIGITS.charAt(value));
    }

    /** Full-width digits as ASCII, one char for one, so match ends are offsets into the line as printed. */
    private static String foldDigits(String line) {
        char[] chars = null;
        for (int i = 0; i < Math.min(line.length(), 8); i++) {
            char c = line.charAt(i);
            if (c >= '０' && c <= '９') {
                if (chars == null) {
                    chars = line.toCharArray();
                }
                chars[i] = (char) ('0' + (c - '０'));
            }
        }
        return chars == null ? line : new String(chars);
    }

    /** An appendix heading (附件1, 附件：…, 名词解释); its title may be the next paragraph, or null. */
    private static Appendix appendix(String line, String next) {
        Matcher notes = NOTES.matcher(line);
        if (notes.matches()) {
            return new Appendix(new Heading(null, 0, "", notes.group(1)), false);
        }
        Matcher m = APPENDIX.matcher(line);
        if (!m.matches() || line.length() > MAX_TITLE_LENGTH + 6 || containsAny(m.group(2), "。！？；")) {
            return null;
        }
        String number = Paragraphs.strip(m.group(1));
        String title = m.group(2);
        if (title.isEmpty() && next != null && next.length() <= MAX_TITLE_LENGTH + 10
                && !containsAny(next, SENTENCE_PUNCTUATION) && !looksNumbered(next)) {
            return new Appendix(new Heading(null, 0, number, next), true);
        }
        return new Appendix(new Heading(null, 0, number, title), false);
    }

    /** A short line that reads as a title: no sentence punctuation, not a dash item, not a number. */
    static boolean looksLikeTitle(String line) {
        return line.length() >= 2 && line.length() <= MAX_TITLE_LENGTH
                && !containsAny(line, SENTENCE_PUNCTUATION + "，,")
                && !line.startsWith("—") && !line.startsWith("-") && !looksNumbered(line)
                && !line.chars().allMatch(c -> Character.isDigit(c) || Paragraphs.isSpace((char) c));
    }

    private static boolean isUnnumberedHeading(String line, List<String> paragraphs, int i) {
        if (!looksLikeTitle(line) || i + 1 >= paragraphs.size()) {
            return false;
        }
        String previous = paragraphs.get(i - 1);
        String next = paragraphs.get(i + 1);
        return "。！？!?”".indexOf(previous.charAt(previous.length() - 1)) >= 0
                && (looksNumbered(next) || containsAny(next, "。！？；"));
    }

    private static boolean hasNumberedTopLevel(List<String> paragraphs) {
        boolean first = false;
        for (String p : paragraphs) {
            Heading h = heading(p);
            if (h != null && h.marker() == Marker.CN_COMMA) {
                if (h.value() == 1) {
                    first = true;
                } else if (h.value() == 2 && first) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index of the first paragraph of running text: what comes before it is the title block. */
    private static int firstBodyParagraph(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).indexOf('。') >= 0) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading line is either a short title or a title sentence that runs on into the body
     * ("（一）继续创新和完善宏观调控，确保经济运行在合理区间。今年…"). Returns {title, body start};
     * nothing is cut, so number + title + body gives back every character of the line but the
     * title's closing punctuation.
     */
    static String[] splitTitle(String rest) {
        int end = firstOf(rest, "。！？；");
        if (end < 0) {
            return new String[]{trimEnd(rest), ""};
        }
        return new String[]{trimEnd(rest.substring(0, end)), rest.substring(end + 1).strip()};
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String trimEnd(String title) {
        String t = Paragraphs.strip(title);
        while (!t.isEmpty() && "。：:；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
