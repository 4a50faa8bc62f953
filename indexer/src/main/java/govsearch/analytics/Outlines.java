package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.report.Report;
import govsearch.report.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two outlines side by side, heading by heading. A heading is the same when its words are, numbers
 * and years aside (一、2024年工作回顾 is 一、2023年工作回顾 a year on); reworded when the two, or
 * their first clauses (a heading is a topic, then how: 深入实施科教兴国战略，提升…), share at least
 * {@value #REWORDED} of their character bigrams (Dice) and neither has a better partner;
 * otherwise added (this year only) or gone (last year only).
 */
public final class Outlines {

    /** Dice similarity of character bigrams from which two headings are one reworded. */
    static final double REWORDED = 0.45;

    public static final String SAME = "same";
    public static final String REWORDED_MARK = "reworded";
    public static final String ADDED = "added";
    public static final String GONE = "gone";

    /** One heading and how it fares: same, reworded, added or gone; {@code match} is its partner's section id. */
    public record Heading(String sectionId, String number, String title, int level, String mark, String match) {
    }

    /** The two outlines, in document order, each heading marked. */
    public record Comparison(List<Heading> current, List<Heading> previous, int added, int gone, int reworded) {
    }

    private Outlines() {
    }

    public static Comparison compare(Report now, Report before) {
        List<Section> a = headings(now);
        List<Section> b = headings(before);
        String[] aMark = new String[a.size()];
        String[] bMark = new String[b.size()];
        int[] aMatch = new int[a.size()];
        int[] bMatch = new int[b.size()];
        java.util.Arrays.fill(aMatch, -1);
        java.util.Arrays.fill(bMatch, -1);
        for (int i = 0; i < a.size(); i++) {
            String k = key(a.get(i).title());
            for (int j = 0; j < b.size(); j++) {
                if (bMatch[j] < 0 && k.equals(key(b.get(j).title()))) {
                    pair(aMatch, bMatch, aMark, bMark, i, j, SAME);
                    break;
                }
            }
        }
        while (true) { // best remaining pair first, so a heading goes to its closest partner
            double best = REWORDED;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; aMatch[i] < 0 && j < b.size(); j++) {
                    double d = bMatch[j] < 0 ? similarity(a.get(i).title(), b.get(j).title()) : 0;
                    if (d >= best && (bi < 0 || d > best)) {
                        best = d;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            pair(aMatch, bMatch, aMark, bMark, bi, bj, REWORDED_MARK);
        }
        int reworded = 0;
        int added = 0;
        int gone = 0;
        List<Heading> current = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Section s = a.get(i);
            String mark = aMark[i] == null ? ADDED : aMark[i];
            added += mark.equals(ADDED) ? 1 : 0;
            reworded += mark.equals(REWORDED_MARK) ? 1 : 0;
            current.add(new Heading(s.id(), s.number(), s.title(), s.level(), mark, aMatch[i] < 0 ? null : b.get(aMatch[i]).id()));
        }
        List<Heading> previous = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            Section s = b.get(j);
            String mark = bMark[j] == null ? GONE : bMark[j];
            gone += mark.equals(GONE) ? 1 : 0;
            previous.add(new Heading(s.id(), s.number(), s.title(), s.level(), mark, bMatch[j] < 0 ? null : a.get(bMatch[j]).id()));
        }
        return new Comparison(current, previous, added, gone, reworded);
    }

    private static void pair(int[] aMatch, int[] bMatch, String[] aMark, String[] bMark, int i, int j, String mark) {
        aMatch[i] = j;
        bMatch[j] = i;
        aMark[i] = mark;
        bMark[j] = mark;
    }

    private static List<Section> headings(Report r) {
        List<Section> out = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.level() >= 1 && !key(s.title()).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A heading's words: folded, letters only, digits and the 年 of a year number dropped. */
    static String key(String title) {
        String t = Folding.fold(title).replaceAll("\\d+年", "").replaceAll("[^\\p{L}]", "");
        return t;
    }

    /** The better of the whole headings' and their first clauses' similarity. */
    static double similarity(String a, String b) {
        return Math.max(dice(key(a), key(b)), dice(key(firstClause(a)), key(firstClause(b))));
    }

    private static String firstClause(String title) {
        String t = Folding.fold(title);
        for (int i = 0; i < t.length(); i++) {
            if (",;:".indexOf(t.charAt(i)) >= 0) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    /** Dice coefficient of the two strings' character bigram sets (a single character is its own bigram). */
    static double dice(String x, String y) {
        Set<String> a = bigrams(x);
        Set<String> b = bigrams(y);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String g : a) {
            shared += b.contains(g) ? 1 : 0;
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
