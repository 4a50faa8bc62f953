package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.analytics.Sentences;
import govsearch.report.Section;
import govsearch.report.Understanding.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Quantities with units in a section: 增长6.6%, 1361万人, 38.4亿元, 3300多家, 下降0.5个百分点. The
 * value is the number as written times its magnitude (万, 亿); the unit is what follows (%, 人, 元,
 * 家, 个百分点 …). Years (2019年) are not figures. At most {@value #MAX} per section.
 */
public final class Figures {

    static final int MAX = 200;
    static final int MAX_SENTENCE = 120;
    private static final Pattern FIGURE = Pattern.compile(
            "(?:(增长|下降|提高|降低|减少|增加|达到|超过|突破)了?)?(?<![\\d.])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(多|余)?(万亿|亿|万|千)?"
                    + "(个百分点|%|倍|平方公里|公里|千米|万千瓦|千瓦时|千瓦|元|人次|人|家|个|项|吨|亩|户|所|辆|台|套|件|座|条|公顷|立方米)");

    private Figures() {
    }

    /**
     * The sentence (to 。！？；) holding the figure at [start, end), trimmed; a sentence over
     * {@value #MAX_SENTENCE} characters is cut to a window around the figure, marked with ….
     */
    static String sentence(String text, int start, int end) {
        int from = Sentences.sentenceStart(text, start);
        int to = Sentences.sentenceEnd(text, end);
        while (from < start && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > end && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to - from <= MAX_SENTENCE) {
            return text.substring(from, to);
        }
        int side = Math.max(0, (MAX_SENTENCE - (end - start)) / 2);
        int a = Math.max(from, start - side);
        int b = Math.min(to, end + side);
        return (a > from ? "…" : "") + text.substring(a, b) + (b < to ? "…" : "");
    }

    public static List<Figure> of(Section section) {
        String text = section.content();
        String folded = Folding.fold(text);
        List<Figure> out = new ArrayList<>();
        for (MatchResult m : Spots.matches(FIGURE, folded, Spots.numbers(folded), 3, 40)) {
            if (out.size() == MAX) {
                break;
            }
            double value = Double.parseDouble(m.group(2).replace(",", ""));
            String magnitude = m.group(4);
            if (magnitude != null) {
                value *= switch (magnitude) {
                    case "万亿" -> 1e12;
                    case "亿" -> 1e8;
                    case "万" -> 1e4;
                    default -> 1e3;
                };
            }
            out.add(new Figure(section.id(), text.substring(m.start(), m.end()), value, m.group(5),
                    sentence(text, m.start(), m.end())));
        }
        return out;
    }
}
