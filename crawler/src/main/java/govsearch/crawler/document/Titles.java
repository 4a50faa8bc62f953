package govsearch.crawler.document;

import java.util.regex.Pattern;

/**
 * Document metadata titles are mostly what the software filled in (Microsoft Word - 新建文档,
 * 文档1, the file name, the author's name): one is used only when it reads like a report's title.
 */
final class Titles {

    private static final Pattern JUNK = Pattern.compile(
            "(?i)^(microsoft\\s+word|wps|untitled|新建|文档\\d*$|document\\d*$)|\\.(docx?|wps|pdf|rtf|txt)$");

    private static final Pattern REPORT_WORDS = Pattern.compile(
            "报告|规划|纲要|决议|决定|公报|意见|方案|通知|讲话|工作|建议|纪要|办法|条例");

    private Titles() {
    }

    /** The metadata title when it names a report, else null (then the text's first line decides). */
    static String reportTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        long han = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (t.length() < 6 || t.length() > 80 || han < 4 || JUNK.matcher(t).find() || !REPORT_WORDS.matcher(t).find()) {
            return null;
        }
        return t;
    }

    /** An exception's message fit for a one-line reason. */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable";
        }
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
