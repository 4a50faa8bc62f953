package govsearch.index.lucene;

import govsearch.analysis.Folding;
import java.util.Arrays;

/**
 * A literal string as the suffix arrays find it: folded, and matched where it occurs in a section's
 * folded text — except inside a longer Latin word or number. A string starting (ending) with a
 * Latin letter or a digit matches only where the character before (after) it is neither, so GDP is
 * not found in GDPR, 6.5 not in 16.5 or 6.55, 2019年 not in 12019年: the word semantics the exact
 * field's tokenizer gave. Chinese characters have no such edge, so a Chinese string matches at every
 * occurrence, overlapping ones included (aba twice in ababa).
 */
final class Literal {

    private Literal() {
    }

    /**
     * The folded string a term or quoted phrase looks for: leading and trailing characters that are
     * neither letters nor digits dropped (the tokenizer dropped them too); null when nothing is left.
     */
    static String of(String phrase) {
        String folded = Folding.fold(phrase);
        int from = 0;
        int to = folded.length();
        while (from < to && !Character.isLetterOrDigit(folded.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(folded.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : folded.substring(from, to);
    }

    /** A character of a Latin word or number: a letter or digit that is not Chinese, Japanese or Korean. */
    static boolean wordChar(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
    }

    /** Whether the literal needs its edges checked at all (Chinese strings do not). */
    static boolean hasWordEdge(String literal) {
        return wordChar(literal.charAt(0)) || wordChar(literal.charAt(literal.length() - 1));
    }

    /**
     * Whether an occurrence whose neighbours are {@code before} and {@code after} (0 at a text's
     * edge) stands on its own: not continuing a Latin word or number.
     */
    static boolean standsAlone(String literal, char before, char after) {
        return !(wordChar(literal.charAt(0)) && wordChar(before))
                && !(wordChar(literal.charAt(literal.length() - 1)) && wordChar(after));
    }

    /** Every start of the literal in a folded text that stands alone, in text order. */
    static int[] occurrences(String literal, String folded) {
        int[] out = new int[4];
        int n = 0;
        boolean edges = hasWordEdge(literal);
        for (int at = folded.indexOf(literal); at >= 0; at = folded.indexOf(literal, at + 1)) {
            if (edges) {
                char before = at == 0 ? 0 : folded.charAt(at - 1);
                int end = at + literal.length();
                char after = end < folded.length() ? folded.charAt(end) : 0;
                if (!standsAlone(literal, before, after)) {
                    continue;
                }
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * n);
            }
            out[n++] = at;
        }
        return Arrays.copyOf(out, n);
    }
}
