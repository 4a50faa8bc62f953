package govsearch.crawler.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import govsearch.report.ChineseNumber;
import govsearch.report.Source;

/**
 * Splits a page that carries several reports, each headed 篇一, 【篇二】, 篇三：, 第四篇 …, into one
 * source per report. Markers count only in order (篇一, then 篇二, …); anything else that looks
 * like one is text. Each report's title is the rest of its marker line or the line after it when
 * that looks like a title (2020年县委统战部工作情况报告), else the page title and the marker
 * (统战情况报告4篇 篇一); its url is the page url with the fragment #篇一, #篇二, …. What precedes
 * 篇一 is the site's note, not a report. A page without markers is one source.
 */
public final class ReportSplitter {

    private static final String NUMBER = "([一二三四五六七八九十〇零两]{1,3}|\\d{1,2})";
    private static final Pattern MARKER = Pattern.compile(
            "^[【\\[〔（(]?\\s*(?:篇\\s*" + NUMBER + "|第\\s*" + NUMBER + "\\s*篇)\\s*[】\\]〕）)]?\\s*[:：、.．]?\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+\\s*[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+\\s*[、.．)）])");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]|[:：，,、]$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private ReportSplitter() {
    }

    /** The page as one source or, with markers, one source per report; texts one paragraph a line. */
    public static List<Source> split(Source page) {
        String[] lines = page.text().split("\n");
        List<Integer> starts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int n = markerNumber(lines[i]);
            if (n == numbers.size() + 1) {
                starts.add(i);
                numbers.add(n);
            }
        }
        if (starts.isEmpty()) {
            String text = withoutLeadingNotes(lines, page.title());
            return text.isEmpty() ? List.of() : List.of(with(page, page.url(), text, page.title()));
        }
        List<Source> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.length;
            String marker = "篇" + chinese(numbers.get(k));
            String title = null;
            Matcher m = MARKER.matcher(lines[from]);
            String rest = m.matches() ? m.group(3).strip() : "";
            int body = from + 1;
            if (looksLikeTitle(rest)) {
                title = rest;
            } else if (rest.isEmpty() && body < to && looksLikeTitle(lines[body])) {
                title = lines[body].strip();
                body++;
            }
            StringBuilder text = new StringBuilder();
            if (!rest.isEmpty() && title == null) {
                text.append(rest);
            }
            for (int i = body; i < to; i++) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(lines[i]);
            }
            if (text.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = page.title() == null ? marker : page.title() + " " + marker;
            }
            parts.add(with(page, fragment(page.url(), marker), text.toString(), title));
        }
        return parts;
    }

    /** The number of a 篇 marker line (篇一 → 1, 第3篇 → 3), or -1 when the line is none. */
    static int markerNumber(String line) {
        Matcher m = MARKER.matcher(line.strip());
        if (!m.matches()) {
            return -1;
        }
        String rest = m.group(3).strip();
        if (!rest.isEmpty() && !looksLikeTitle(rest)) {
            return -1;
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits) : ChineseNumber.parse(digits);
    }

    /** A report title: short, Chinese, no sentence punctuation, not a section heading. */
    static boolean looksLikeTitle(String line) {
        String s = line.strip();
        return s.length() >= 4 && s.length() <= 50 && HAN.matcher(s).find() && !SENTENCE.matcher(s).find()
                && !HEADING.matcher(s).find();
    }

    private static String withoutLeadingNotes(String[] lines, String title) {
        int from = 0;
        while (from < lines.length && (lines[from].isBlank() || lines[from].strip().equals(title)
                || Chrome.isEditorNote(lines[from]))) {
            from++;
        }
        return String.join("\n", Arrays.copyOfRange(lines, from, lines.length)).strip();
    }

    private static Source with(Source page, String url, String text, String title) {
        return new Source(url, text, title, page.publishedAt(), page.year(), page.region(), page.docType(),
                page.disclosure());
    }

    private static String fragment(String url, String marker) {
        String base = url == null ? "" : url;
        int hash = base.indexOf('#');
        return (hash >= 0 ? base.substring(0, hash) : base) + "#" + marker;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
    static String chinese(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }
}
