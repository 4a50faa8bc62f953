package govsearch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report's text into sections along the numbering ladders of Chinese official documents:
 * 一、 → （一）/(一) → 1. / 1、 → （1）/(1), and 第一，/第一部分 beside （一）.
 *
 * <p>A marker is a heading only where it starts a line and continues its list (一、 after nothing
 * or after another list, 二、 after 一、 …); otherwise it is text, which keeps "1.5万亿元" or a
 * stray "三、" out of the tree. Depth comes from the order markers appear in, ranked by the ladder,
 * so a report that starts at （一） still nests 1. under it. Dash-led lists (——) are body text.
 */
public final class SectionTree {

    private static final String CN_DIGITS = "一二三四五六七八九十百零〇两";

    enum Marker {
        CN_COMMA(0, "^([" + CN_DIGITS + "]{1,4})[、，]"),
        CN_PAREN(1, "^[（(]([" + CN_DIGITS + "]{1,4})[）)][、，．.]?"),
        ORDINAL(1, "^第([" + CN_DIGITS + "]{1,4})(?:部分|章|节)?[，、,：:　 ]"),
        ARABIC(2, "^(\\d{1,2})(?:[.．](?!\\d)|、)"),
        ARABIC_PAREN(3, "^[（(](\\d{1,2})[）)][、，．.]?");

        final int rank;
        final Pattern pattern;

        Marker(int rank, String regex) {
            this.rank = rank;
            this.pattern = Pattern.compile(regex);
        }
    }

    private record Heading(Marker marker, int value, String number, String rest) {
    }

    private record Frame(Marker marker, int value, String title) {
    }

    private SectionTree() {
    }

    public static List<Section> parse(String reportId, String text) {
        List<Section> sections = new ArrayList<>();
        List<Frame> stack = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        Heading open = null;
        List<String> openPath = List.of();

        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Heading heading = heading(line);
            int depth = heading == null ? -1 : placeInLadder(stack, heading);
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
        String title = splitTitle(heading.rest())[0];
        sections.add(new Section(id, heading.number(), title, level, path, body.toString()));
    }

    /** Depth (0-based) the heading takes, or -1 when it does not continue any list. */
    private static int placeInLadder(List<Frame> stack, Heading heading) {
        for (int i = 0; i < stack.size(); i++) {
            Frame frame = stack.get(i);
            if (frame.marker() == heading.marker()) {
                return heading.value() == frame.value() + 1 ? i : -1;
            }
        }
        if (heading.value() != 1) {
            return -1;
        }
        int depth = 0;
        while (depth < stack.size() && stack.get(depth).marker().rank < heading.marker().rank) {
            depth++;
        }
        return depth;
    }

    private static Heading heading(String line) {
        for (Marker marker : Marker.values()) {
            Matcher m = marker.pattern.matcher(line);
            if (m.find()) {
                String digits = m.group(1);
                int value = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : ChineseNumber.parse(digits);
                String rest = line.substring(m.end()).strip();
                if (value > 0 && !rest.isEmpty()) {
                    return new Heading(marker, value, m.group().strip(), rest);
                }
            }
        }
        return null;
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
        String t = title.strip();
        while (!t.isEmpty() && "。：:；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
