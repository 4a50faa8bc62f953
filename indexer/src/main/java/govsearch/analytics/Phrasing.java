package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.index.BadQuery;
import govsearch.index.ChineseParams;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precedent phrasing: the corpus sentences worded most like a draft. Candidates come from the
 * sentence index by shared character bigrams; they are ranked by the Dice coefficient of their
 * bigram multisets, so near-identical wording ranks first, and the differing characters are marked
 * by a character alignment (longest common subsequence).
 */
public final class Phrasing {

    static final int CANDIDATES = 200;
    public static final int MAX_TEXT = 500;
    public static final int MAX_PHRASE = 50;

    /** A run of the precedent's characters, {@code same} where the draft has them too. */
    public record Segment(String text, boolean same) {
    }

    public record Match(String sentence, double score, String reportId, String reportTitle, List<String> sectionPath,
                        String sectionId, Integer year, govsearch.report.Region region, List<Segment> diff) {
    }

    public record Result(String text, List<Match> matches) {
    }

    public record Variant(String text, double similarity, long total, int firstYear, Map<Integer, Long> years) {
    }

    public record Variants(String phrase, List<Variant> variants) {
    }

    private Phrasing() {
    }

    static String checked(String param, String text) {
        if (text == null || text.isBlank()) {
            throw new BadQuery(param, param + " is empty: paste a draft sentence or clause",
                    ChineseParams.name(param) + "是空的：请粘贴一句草稿或一个分句。");
        }
        String t = text.strip();
        if (t.length() > MAX_TEXT) {
            throw new BadQuery(param, param + " is longer than " + MAX_TEXT + " characters (" + t.length() + ")",
                    ChineseParams.name(param) + "最多 " + MAX_TEXT + " 个字，现在有 " + t.length() + " 个。");
        }
        return t;
    }

    public static Result compute(Analytics index, String text, SearchQuery filters, int size) throws IOException {
        String draft = checked("text", text);
        Map<String, Integer> want = bigrams(draft);
        List<Match> matches = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Sentence s : index.similarSentences(draft, filters, CANDIDATES)) {
            if (seen.putIfAbsent(s.reportId() + "\u0000" + s.text(), true) != null) {
                continue;
            }
            double score = dice(want, bigrams(s.text()));
            matches.add(new Match(s.text(), Math.round(score * 1000) / 1000.0, s.reportId(), s.reportTitle(),
                    s.sectionPath(), s.sectionId(), s.year(), s.region(), null));
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.year() == null ? 0 : -m.year()));
        List<Match> top = new ArrayList<>();
        for (Match m : matches.subList(0, Math.min(size, matches.size()))) {
            top.add(new Match(m.sentence(), m.score(), m.reportId(), m.reportTitle(), m.sectionPath(), m.sectionId(),
                    m.year(), m.region(), diff(draft, m.sentence())));
        }
        return new Result(draft, top);
    }

    /**
     * How a fixed phrase was worded over the years: in sentences close to it, the passage most like
     * the phrase, grouped by its exact wording, with the years each wording was used.
     */
    public static Variants variants(Analytics index, String phrase, SearchQuery filters) throws IOException {
        String p = checked("phrase", phrase);
        if (p.length() > MAX_PHRASE) {
            throw new BadQuery("phrase", "phrase is longer than " + MAX_PHRASE + " characters: variants are for fixed phrases",
                    "短语最多 " + MAX_PHRASE + " 个字：不同写法只查固定短语。");
        }
        Map<String, Integer> want = bigrams(p);
        Map<String, double[]> similarity = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Long>> years = new HashMap<>();
        for (Sentence s : index.similarSentences(p, filters, CANDIDATES)) {
            String best = null;
            double bestScore = 0;
            String text = s.text();
            int min = Math.max(2, (int) Math.floor(p.length() * 0.7));
            int max = (int) Math.ceil(p.length() * 1.3);
            for (int len = min; len <= max; len++) {
                for (int i = 0; i + len <= text.length(); i++) {
                    String window = text.substring(i, i + len);
                    double score = dice(want, bigrams(window));
                    if (score > bestScore) {
                        bestScore = score;
                        best = window;
                    }
                }
            }
            if (best == null || bestScore < 0.6 || s.year() == null) {
                continue;
            }
            String wording = trimPunctuation(best);
            similarity.computeIfAbsent(wording, w -> new double[]{dice(want, bigrams(w))});
            years.computeIfAbsent(wording, w -> new TreeMap<>()).merge(s.year(), 1L, Long::sum);
        }
        List<Variant> variants = new ArrayList<>();
        similarity.forEach((w, sim) -> {
            TreeMap<Integer, Long> y = years.get(w);
            variants.add(new Variant(w, Math.round(sim[0] * 1000) / 1000.0, y.values().stream().mapToLong(Long::longValue).sum(),
                    y.firstKey(), y));
        });
        variants.sort(Comparator.comparingInt(Variant::firstYear).thenComparing(v -> -v.total()));
        return new Variants(p, List.copyOf(variants.subList(0, Math.min(30, variants.size()))));
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Character bigrams of the folded letters and digits, punctuation and spaces skipped. */
    static Map<String, Integer> bigrams(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Folding.fold(text.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
            }
        }
        Map<String, Integer> grams = new HashMap<>();
        if (letters.length() == 1) {
            grams.put(letters.toString(), 1);
        }
        for (int i = 0; i + 2 <= letters.length(); i++) {
            grams.merge(letters.substring(i, i + 2), 1, Integer::sum);
        }
        return grams;
    }

    /** Dice coefficient of two bigram multisets: 1 for the same wording, 0 for nothing shared. */
    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int total = 0;
        int shared = 0;
        for (int n : a.values()) {
            total += n;
        }
        for (int n : b.values()) {
            total += n;
        }
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    /** The precedent's characters in runs, marked where they align with the draft (folded comparison). */
    static List<Segment> diff(String draft, String sentence) {
        String a = Folding.fold(draft);
        String b = Folding.fold(sentence);
        int n = a.length();
        int m = b.length();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean same = false;
        int i = 0;
        int j = 0;
        while (j < m) {
            boolean match = i < n && a.charAt(i) == b.charAt(j);
            if (match) {
                i++;
            } else if (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
                continue;
            }
            if (run.length() > 0 && match != same) {
                out.add(new Segment(run.toString(), same));
                run.setLength(0);
            }
            same = match;
            run.append(sentence.charAt(j));
            j++;
        }
        if (run.length() > 0) {
            out.add(new Segment(run.toString(), same));
        }
        return out;
    }
}
