package govsearch.understand;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A fixed list of literal strings counted in a text as {@code Matcher.find} counts the regex
 * alternation of them: left to right, each occurrence taken whole and the count going on after it
 * (全市委 holds 全市, not also 市委). A regex tries every alternative at every position of a
 * report's tens of thousands of characters; this looks further only where a string's first
 * character stands, which in a report is a few positions in a hundred.
 */
final class Literals {

    private final String[] strings;
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    private Literals(List<String> strings) {
        if (strings.isEmpty() || strings.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("literals must be non-empty strings, got " + strings);
        }
        this.strings = strings.toArray(String[]::new);
        for (String s : strings) {
            firstChars.set(s.charAt(0));
        }
    }

    static Literals of(String... strings) {
        return new Literals(List.of(strings));
    }

    /** Every string {@code a + b} of the lists, as the regex {@code (?:a1|a2…)(?:b1|b2…)} matches them. */
    static List<String> pairs(List<String> firsts, List<String> seconds) {
        List<String> out = new ArrayList<>(firsts.size() * seconds.size());
        for (String a : firsts) {
            for (String b : seconds) {
                out.add(a + b);
            }
        }
        return out;
    }

    static Literals of(List<String> strings) {
        return new Literals(strings);
    }

    /** How many non-overlapping occurrences, taken left to right; at one position the first string listed that matches. */
    int count(String text) {
        int n = 0;
        int i = 0;
        int length = text.length();
        next:
        while (i < length) {
            if (firstChars.get(text.charAt(i))) {
                for (String s : strings) {
                    if (text.startsWith(s, i)) {
                        n++;
                        i += s.length();
                        continue next;
                    }
                }
            }
            i++;
        }
        return n;
    }
}
