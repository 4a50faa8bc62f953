package govsearch.report;

import java.util.List;

/**
 * One numbered part of a report, as printed. The preamble (text before the first heading) is a
 * section of level 0 with an empty number and title.
 *
 * @param id      report id + "-" + ordinal (document order), stable for one report text
 * @param number  the number as printed: "一、", "（二）", "3.", "第一，"; empty for the preamble
 * @param title   the heading text after the number (a heading sentence stops at its first 。)
 * @param level   1 for the top of the ladder, 0 for the preamble
 * @param path    titles of the ancestors, outermost first
 * @param text    the body: everything after the heading up to the next heading
 */
public record Section(String id, String number, String title, int level, List<String> path, String text) {

    public Section {
        path = List.copyOf(path);
    }

    /** The heading and the body as one searchable text; snippets and offsets refer to it. */
    public String content() {
        if (number.isEmpty() && title.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? number + title : number + title + "\n" + text;
    }

    /** The body of a section whose {@link #content()} this is: a store can keep the content alone. */
    public static String body(String number, String title, String content) {
        int heading = number.length() + title.length();
        if (heading == 0) {
            return content;
        }
        if (!content.startsWith(number + title)) {
            throw new IllegalArgumentException("content does not start with its heading " + number + title);
        }
        return content.length() == heading ? "" : content.substring(heading + 1);
    }

    public int ordinal() {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }
}
