package govsearch.understand;

import govsearch.report.EvidenceRule;
import govsearch.report.Evidence;
import govsearch.report.Paragraphs;
import govsearch.report.Region;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report's title: the one that came with it (a manifest, a page), else a title line at the top
 * of the text, else one made from what was read — 内江市2024年政府工作报告 — and marked as inferred.
 *
 * <p>Many texts have no title line: a city report copied from a portal opens with 各位代表：, a
 * speech with 同志们：, an excerpt with a date line or its first heading. Taking that line as the
 * title made every such report look the same in a result list.
 */
final class TitleRule {

    private static final EvidenceRule INFERRED = EvidenceRule.INFERRED_TITLE;

    record Reading(String title, List<Evidence> evidence) {
    }

    private static final int TOP_LINES = 3;
    private static final int MAX_TITLE = 60;

    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:各位代表|各位委员|各位政协委员|同志们|尊敬的|女士们|先生们|各位领导|各位同志)");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[（(—\\-－―\\s]*(?:\\d{4}|[一二〇○零三四五六七八九]{4})\\s*年[^。]{0,6}月");
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、，．.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．])");
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:来源|作者|发布时间|发布日期|责任编辑|字号)[：:]");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；！？]");
    /** A title line names what the text is. */
    private static final Pattern TITLE_WORD = Pattern.compile("报告|总结|决议|讲话|意见|规划|纲要|决定|公报|工作");
    /** A title that names only the kind of report, not whose or when: 政府工作报告. */
    private static final Pattern GENERIC = Pattern.compile("^(?:政府)?工作报告$|^" + String.join("$|^", TypeRule.KINDS) + "$");

    private TitleRule() {
    }

    /**
     * @param given  the title that came with the source, or null
     * @param text   the report's text, line ends normalised
     * @param year   the year read or labelled, or null
     * @param region the region read or labelled
     * @param type   the report type read or labelled, or null
     */
    static Reading read(String given, String text, Integer year, Region region, String type) {
        if (given != null && !given.isBlank()) {
            return new Reading(Paragraphs.strip(given), List.of());
        }
        String[] lines = text.split("\n", TOP_LINES + 1);
        String first = lines.length == 0 ? "" : Paragraphs.strip(lines[0]);
        for (int i = 0; i < Math.min(TOP_LINES, lines.length); i++) {
            String line = Paragraphs.strip(lines[i]);
            if (isTitleLine(line)) {
                return new Reading(line, List.of());
            }
            if (!isPreamble(line)) {
                break;
            }
        }
        String made = made(year, region, type, text);
        String quote = first.length() > 40 ? first.substring(0, 40) + "…" : first;
        return new Reading(made, List.of(new Evidence(INFERRED, quote, 0, made, 0.5)));
    }

    /** A line that names the report: short, no sentence, a report word, not only the report kind. */
    static boolean isTitleLine(String line) {
        return !line.isEmpty() && line.length() <= MAX_TITLE && !isPreamble(line)
                && !HEADING.matcher(line).find() && !SENTENCE_PUNCTUATION.matcher(line).find()
                && TITLE_WORD.matcher(line).find() && !GENERIC.matcher(line).find();
    }

    /** Lines that may stand above a title: a newspaper's source line, a bare 政府工作报告. */
    private static boolean isPreamble(String line) {
        return SOURCE_LINE.matcher(line).find() || GENERIC.matcher(line).find();
    }

    /** 内江市2024年政府工作报告, from the place, year and type read; the opening words when none is known. */
    private static String made(Integer year, Region region, String type, String text) {
        String place = region == null || !region.known() || Region.NATIONAL.equals(region.province())
                ? "" : region.mostSpecific();
        String when = year == null ? "" : year + "年";
        String kind = type == null ? "报告" : type;
        if (!place.isEmpty() || !when.isEmpty()) {
            return place + when + kind;
        }
        return kind + "（" + opening(text) + "）";
    }

    /** The first words of the body, past any salutation, for a report of which nothing is known. */
    private static String opening(String text) {
        for (String line : text.split("\n")) {
            String l = SALUTATION.matcher(Paragraphs.strip(line)).replaceFirst("").replaceFirst("^[：:，,！!\\s]+", "");
            if (l.length() >= 4) {
                return l.length() > 16 ? l.substring(0, 16) + "…" : l;
            }
        }
        return "无标题";
    }
}
