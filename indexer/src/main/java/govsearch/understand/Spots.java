package govsearch.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text a rule's pattern can match, and the matches found only there. Java's regex engine
 * tries a pattern at every position of a text, which made reading the rules over a whole report
 * cost more than indexing it; the rules' patterns each need something rare — a year (1978年), a
 * bracket (〔2019〕), a digit, a literal word — so they are tried only in a window around it.
 */
final class Spots {

    private static final int[] NONE = {};

    private Spots() {
    }

    /** Offsets of 年 after four digits from 1900 to 2099 (1978年): every year a rule reads. */
    static int[] years(String s) {
        int[] out = new int[16];
        int n = 0;
        for (int i = s.indexOf('年', 4); i >= 0; i = s.indexOf('年', i + 1)) {
            char c = s.charAt(i - 4);
            char d = s.charAt(i - 3);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && digit(s.charAt(i - 2)) && digit(s.charAt(i - 1))) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Offsets of every occurrence of any of {@code chars}, in order: each char's by {@code indexOf},
     * which the JIT vectorizes, where testing every char of the text against the set took 1.5 % of
     * the import.
     */
    static int[] chars(String s, String chars) {
        int[] out = new int[16];
        int n = 0;
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if (chars.indexOf(c) < k) {
                continue;
            }
            for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
        }
        if (n == 0) {
            return NONE;
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    /** Offsets of every occurrence of {@code word}. */
    static int[] of(String s, String word) {
        int[] out = new int[16];
        int n = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }

    /** Offsets where an ASCII digit run starts. */
    static int[] numbers(String s) {
        int[] out = new int[16];
        int n = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean d = digit(s.charAt(i));
            if (d && !inRun) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            inRun = d;
        }
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }

    /**
     * The matches of {@code pattern} that hold one of the {@code spots} (ascending), each starting
     * at most {@code before} chars ahead of its spot and ending at most {@code after} chars past
     * it: leftmost first and not overlapping, as {@link Matcher#find()} gives them when the
     * pattern cannot match without a spot and fits the window. Look-behinds and {@code ^} see the
     * whole text.
     */
    static List<MatchResult> matches(Pattern pattern, String s, int[] spots, int before, int after) {
        return scan(pattern, s, spots, before, after, Integer.MAX_VALUE);
    }

    /** The first of {@link #matches}, or null. */
    static MatchResult first(Pattern pattern, String s, int[] spots, int before, int after) {
        List<MatchResult> m = scan(pattern, s, spots, before, after, 1);
        return m.isEmpty() ? null : m.getFirst();
    }

    private static List<MatchResult> scan(Pattern pattern, String s, int[] spots, int before, int after, int limit) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int consumed = 0;
        for (int spot : spots) {
            if (spot < consumed) {
                continue;
            }
            m.region(Math.max(consumed, spot - before), Math.min(s.length(), spot + after + 1));
            while (m.find()) {
                if (m.start() <= spot && spot < m.end()) {
                    out.add(m.toMatchResult());
                    consumed = m.end();
                    if (out.size() == limit) {
                        return out;
                    }
                    break;
                }
                if (m.start() > spot) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
