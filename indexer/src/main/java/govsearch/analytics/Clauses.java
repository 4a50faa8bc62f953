package govsearch.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The clauses of a draft and how many of them a precedent covers. A draft such as
 * 坚持以人民为中心的发展思想，扎实推进共同富裕 says two things; a sentence that says both is a better
 * precedent than one that repeats the first word for word and stops, although the bigram
 * similarity of the short one is higher (docs/design/precedent-coverage.md).
 */
public final class Clauses {

    /**
     * A clause is covered when the sentence holds at least this share of its bigrams: 扎实推动共同富裕
     * covers 扎实推进共同富裕 (4 of 7), 推动共同富裕 alone does not (3 of 7).
     */
    static final double COVERED = 0.5;

    /** A clause of the draft and whether a precedent covers it. */
    public record Clause(String text, boolean covered) {
    }

    private Clauses() {
    }

    /** Clause punctuation: where a draft's clauses end (sentence ends, commas, enumeration and colons). */
    static boolean isBreak(char c) {
        return Sentences.isBoundary(c) || c == '，' || c == ',' || c == '、' || c == '：' || c == ':';
    }

    /**
     * The draft cut at clause punctuation, each clause stripped; pieces with fewer than two letters or
     * digits (a stray 的, a numbering 一) say nothing on their own and are left out.
     */
    static List<String> of(String draft) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= draft.length(); i++) {
            if (i == draft.length() || isBreak(draft.charAt(i))) {
                String piece = draft.substring(start, i).strip();
                if (letters(piece) >= 2) {
                    out.add(piece);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Each clause, marked covered where {@code sentence} (its bigrams) holds enough of the clause's bigrams. */
    static List<Clause> covered(List<String> clauses, Map<String, Integer> sentence) {
        List<Clause> out = new ArrayList<>(clauses.size());
        for (String c : clauses) {
            out.add(new Clause(c, recall(Phrasing.bigrams(c), sentence) >= COVERED));
        }
        return out;
    }

    /** Share of the draft's letters that lie in covered clauses: 1 when every clause is covered. */
    static double coverage(List<Clause> clauses) {
        int all = 0;
        int covered = 0;
        for (Clause c : clauses) {
            int n = letters(c.text());
            all += n;
            covered += c.covered() ? n : 0;
        }
        return all == 0 ? 0 : covered / (double) all;
    }

    /** Share of {@code wanted}'s bigrams (counting repeats) that {@code held} holds. */
    static double recall(Map<String, Integer> wanted, Map<String, Integer> held) {
        int total = 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : wanted.entrySet()) {
            total += e.getValue();
            shared += Math.min(e.getValue(), held.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : shared / (double) total;
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
