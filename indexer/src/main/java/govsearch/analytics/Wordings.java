package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.analysis.IkAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Wordings of a fixed phrase in a text: runs of whole words (IK smart segmentation, as search
 * analyses queries) that say the phrase or something built like it — 稳中有进 and 稳中向好 for 稳中求进,
 * 全面建设小康社会 for 全面建成小康社会. A wording never starts or ends inside a word and never spans
 * punctuation, quote marks or spaces: IK makes no token of those, so they split the text into runs.
 */
public final class Wordings {

    /** The least {@link #similarity} of a wording. */
    static final double MIN_SIMILARITY = 0.5;

    private static final Analyzer WORDS = IkAnalyzer.smart();

    private Wordings() {
    }

    /**
     * Word boundaries of {@code text}, one array per run of adjacent words: the offsets where its
     * words start, and where the last one ends. Characters IK makes no word of (punctuation, quote
     * marks, spaces) end a run, and so do words holding anything but letters and digits (2．, 5.3%).
     */
    static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int end = -1;
        try (TokenStream ts = WORDS.tokenStream("", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int s = offset.startOffset();
                int e = offset.endOffset();
                if (s < end || e <= s) {
                    continue;   // smart mode does not overlap its words; a word that did would blur the boundaries
                }
                if (Clauses.letters(text.substring(s, e)) != e - s) {
                    // IK reads 2． (full-width stop folded) or 5.3% as one number: no wording spans it
                    close(run, runs);
                    end = -1;
                    continue;
                }
                if (s != end) {
                    close(run, runs);
                    run.add(s);
                }
                run.add(e);
                end = e;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // reading a String does no I/O
        }
        close(run, runs);
        return runs;
    }

    /**
     * The runs of the clauses of {@code text} that could hold a wording of the folded phrase {@code p}
     * (its first two or last two characters, or its first and last): segmenting only those is most of
     * the saving on a long candidate sentence. Clause punctuation and quote marks are never inside an
     * IK word, so a clause segments as it does within its sentence.
     */
    private static List<int[]> runsNear(String p, String text) {
        if (p.isEmpty()) {
            return List.of();
        }
        String folded = Folding.fold(text);
        String head = p.substring(0, Math.min(2, p.length()));
        String tail = p.substring(Math.max(0, p.length() - 2));
        String first = p.substring(0, 1);
        String last = p.substring(p.length() - 1);
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !separates(text.charAt(i))) {
                continue;
            }
            String clause = folded.substring(start, i);
            if (clause.contains(head) || clause.contains(tail) || (clause.contains(first) && clause.contains(last))) {
                for (int[] run : runs(text.substring(start, i))) {
                    for (int k = 0; k < run.length; k++) {
                        run[k] += start;
                    }
                    out.add(run);
                }
            }
            start = i + 1;
        }
        return out;
    }

    /** Clause punctuation, quote marks and brackets: never part of an IK word. */
    private static boolean separates(char c) {
        return Clauses.isBreak(c) || "“”‘’「」『』《》〈〉（）()【】〔〕\"'".indexOf(c) >= 0;
    }

    private static void close(List<Integer> run, List<int[]> runs) {
        if (run.size() > 1) {
            runs.add(run.stream().mapToInt(Integer::intValue).toArray());
        }
        run.clear();
    }

    /**
     * How close a wording is to the phrase, 0 to 1: the share of the phrase's characters it holds in
     * order (their longest common subsequence), less the share its length differs by. 稳中有进 for
     * 稳中求进: 3/4; 稳中向好: 2/4; 全面建设小康社会 for 全面建成小康社会: 7/8; 建成小康社会: 6/8 · (1 − 2/8).
     */
    static double similarity(String phrase, String wording) {
        String p = Folding.fold(phrase);
        String w = Folding.fold(wording);
        return score(p.length(), w.length(), lcs(p, w));
    }

    private static double score(int phraseLength, int length, int common) {
        if (phraseLength == 0) {
            return 0;
        }
        return common / (double) phraseLength * Math.max(0, 1 - Math.abs(length - phraseLength) / (double) phraseLength);
    }

    private static int prefix(String p, String w) {
        int m = Math.min(p.length(), w.length());
        int n = 0;
        while (n < m && p.charAt(n) == w.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int suffix(String p, String w) {
        int m = Math.min(p.length(), w.length());
        int n = 0;
        while (n < m && p.charAt(p.length() - 1 - n) == w.charAt(w.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    /**
     * Whether the span {@code run[i], run[j]} of the text, {@code w} folded, as similar as
     * {@code score} to the phrase {@code p} (folded), is a wording of it:
     * <ul>
     * <li>it keeps two of the phrase's characters at its ends (common prefix plus common suffix):
     * 中国推进 holds two characters of 稳中求进 in order, but at neither end;</li>
     * <li>it is more similar than {@link #MIN_SIMILARITY}, or exactly that similar to a phrase of at
     * most four characters (where one character changed is half the phrase) keeping a whole half:
     * 稳中向好 for 稳中求进;</li>
     * <li>it is not the phrase with words around it (坚持改革开放): that is the phrase itself in use;</li>
     * <li>when all it keeps of the phrase is one end, that end is not a word of its own beside other
     * words: 对外开放 (对外|开放) and 高质量人才 (高质量|人才) merely share a word with 改革开放 and
     * 高质量发展, while 稳中向好 (稳|中|向|好) changes the phrase 稳中求进 inside.</li>
     * </ul>
     */
    static boolean accepted(String p, String w, double score, int[] run, int i, int j) {
        int prefix = prefix(p, w);
        int suffix = suffix(p, w);
        if (prefix + suffix < 2 || score < MIN_SIMILARITY - 1e-9) {
            return false;
        }
        int half = (p.length() + 1) / 2;
        if (score <= MIN_SIMILARITY + 1e-9 && (p.length() > 4 || Math.max(prefix, suffix) < half)) {
            return false;
        }
        if (w.length() > p.length() && w.contains(p)) {
            return false;
        }
        int common = lcs(p, w);
        boolean onlyThePrefix = suffix == 0 && common == prefix && run[i + 1] - run[i] == prefix;
        boolean onlyTheSuffix = prefix == 0 && common == suffix && run[j] - run[j - 1] == suffix;
        return !onlyThePrefix && !onlyTheSuffix;
    }

    /**
     * The wordings of {@code phrase} in {@code text}: of each run of words, the span of whole words
     * most similar to the phrase that is {@link #accepted} as a wording of it. Of equally similar
     * spans, the one keeping more of the phrase at its ends, then the first, then the shortest. The
     * phrase itself is its own wording wherever it occurs, even inside a longer dictionary word
     * (改革开放 in 坚持改革开放, one word to IK).
     */
    static List<String> in(String phrase, String text) {
        String p = Folding.fold(phrase);
        String folded = Folding.fold(text);
        int n = p.length();
        int maxLength = n + n / 2;
        List<String> out = new ArrayList<>();
        for (int[] run : runsNear(p, text)) {
            int exact = folded.substring(run[0], run[run.length - 1]).indexOf(p);
            if (exact >= 0 && n > 0) {
                out.add(text.substring(run[0] + exact, run[0] + exact + n));
                continue;
            }
            String best = null;
            double bestScore = 0;
            int bestAnchored = 0;
            for (int i = 0; i < run.length - 1; i++) {
                int start = run[i];
                // the longest common subsequence of the phrase and text[start, end), one character of end at a time
                int[] row = new int[n + 1];
                int at = start;
                for (int j = i + 1; j < run.length && run[j] - start <= maxLength; j++) {
                    for (; at < run[j]; at++) {
                        row = extend(p, row, folded.charAt(at));
                    }
                    double s = score(n, run[j] - start, row[n]);
                    if (s < MIN_SIMILARITY || s < bestScore) {
                        continue;
                    }
                    String w = text.substring(start, run[j]);
                    String fw = folded.substring(start, run[j]);
                    int a = prefix(p, fw) + suffix(p, fw);
                    if (accepted(p, fw, s, run, i, j) && (s > bestScore || a > bestAnchored)) {
                        best = w;
                        bestScore = s;
                        bestAnchored = a;
                    }
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** The LCS row of the phrase against a text one character longer. */
    private static int[] extend(String p, int[] row, char c) {
        int[] next = new int[row.length];
        for (int k = 1; k < row.length; k++) {
            next[k] = p.charAt(k - 1) == c ? row[k - 1] + 1 : Math.max(row[k], next[k - 1]);
        }
        return next;
    }

    private static int lcs(String a, String b) {
        int[] row = new int[a.length() + 1];
        for (int i = 0; i < b.length(); i++) {
            row = extend(a, row, b.charAt(i));
        }
        return row[a.length()];
    }

    /**
     * Halves of the phrase to look its wordings up by, in the concordance: 稳中 and 求进 for 稳中求进,
     * so 稳中向好 is found though it shares no more than 稳中. None for phrases under four characters
     * or holding anything but letters and digits.
     */
    static List<String> anchors(String phrase) {
        if (phrase.length() < 4 || Clauses.letters(phrase) != phrase.length()) {
            return List.of();
        }
        int half = phrase.length() / 2;
        return List.of(phrase.substring(0, half), phrase.substring(half));
    }
}
