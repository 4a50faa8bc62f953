package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.index.BadQuery;
import govsearch.index.ChineseParams;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precedent phrasing: the corpus sentences worded most like a draft. Candidates come from the
 * backend by shared character bigrams; they are ranked first by how much of the draft they cover
 * (the share of its clauses, by letters, that they hold — {@link Clauses}), then by the Dice
 * coefficient of their bigram multisets, so a sentence saying all the draft says ranks above one
 * repeating half of it word for word, and of those covering as much, near-identical wording ranks
 * first. The differing characters are marked by a character alignment (longest common subsequence).
 */
public final class Phrasing {

    static final int CANDIDATES = 200;
    public static final int MAX_TEXT = 500;
    public static final int MAX_PHRASE = 50;
    /** Concordance lines read for each half of a phrase whose variants are asked for. */
    static final int ANCHOR_LINES = 200;
    static final int MAX_VARIANTS = 30;

    /** A run of the precedent's characters, {@code same} where the draft has them too. */
    public record Segment(String text, boolean same) {
    }

    /**
     * A precedent: {@code score} its bigram similarity to the draft, {@code coverage} the share of the
     * draft it covers, {@code clauses} the draft's clauses each marked covered or not.
     */
    public record Match(String sentence, double score, double coverage, List<Clauses.Clause> clauses, String reportId,
                        String reportTitle, List<String> sectionPath, String sectionId, Integer year,
                        govsearch.report.Region region, List<Segment> diff) {
    }

    /** The draft as searched, its clauses, and the precedents found. */
    public record Result(String text, List<String> clauses, List<Match> matches) {
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
        List<String> clauses = Clauses.of(draft);
        List<Match> matches = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Sentence s : index.similarSentences(draft, filters, CANDIDATES)) {
            if (seen.putIfAbsent(s.reportId() + "\u0000" + s.text(), true) != null) {
                continue;
            }
            Map<String, Integer> held = bigrams(s.text());
            List<Clauses.Clause> covered = Clauses.covered(clauses, held);
            matches.add(new Match(s.text(), rounded(dice(want, held)), rounded(Clauses.coverage(covered)), covered,
                    s.reportId(), s.reportTitle(), s.sectionPath(), s.sectionId(), s.year(), s.region(), null));
        }
        matches.sort(Comparator.comparingDouble(Match::coverage).reversed()
                .thenComparing(Comparator.comparingDouble(Match::score).reversed())
                .thenComparing(m -> m.year() == null ? 0 : -m.year()));
        List<Match> top = new ArrayList<>();
        for (Match m : matches.subList(0, Math.min(size, matches.size()))) {
            top.add(new Match(m.sentence(), m.score(), m.coverage(), m.clauses(), m.reportId(), m.reportTitle(),
                    m.sectionPath(), m.sectionId(), m.year(), m.region(), diff(draft, m.sentence())));
        }
        return new Result(draft, clauses, top);
    }

    /**
     * How a fixed phrase was worded over the years: the {@link Wordings} of it in the sentences most
     * like it and in every sentence the concordance finds holding half of it (稳中向好 shares only 稳中
     * with 稳中求进), each counted once per sentence, by year. The 30 most similar, most used wordings,
     * the earliest first, then the most used, then the most similar.
     */
    public static Variants variants(Analytics index, String phrase, SearchQuery filters) throws IOException {
        String p = checked("phrase", phrase);
        if (p.length() > MAX_PHRASE) {
            throw new BadQuery("phrase", "phrase is longer than " + MAX_PHRASE + " characters: variants are for fixed phrases",
                    "短语最多 " + MAX_PHRASE + " 个字：不同写法只查固定短语。");
        }
        Map<String, TreeMap<Integer, Long>> years = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : index.similarSentences(p, filters, CANDIDATES)) {
            wordings(p, s.sectionId(), s.text(), s.year(), seen, years);
        }
        for (String anchor : Wordings.anchors(p)) {
            for (KwicLine l : index.concordance(anchor, filters, Sentences.MAX_CHARS, ANCHOR_LINES).lines()) {
                wordings(p, l.sectionId(), l.left() + l.match() + l.right(), l.year(), seen, years);
            }
        }
        List<Variant> variants = new ArrayList<>();
        years.forEach((w, y) -> variants.add(new Variant(w, rounded(Wordings.similarity(p, w)),
                y.values().stream().mapToLong(Long::longValue).sum(), y.firstKey(), y)));
        variants.sort(Comparator.comparingDouble(Variant::similarity).reversed().thenComparing(v -> -v.total()));
        List<Variant> kept = new ArrayList<>(variants.subList(0, Math.min(MAX_VARIANTS, variants.size())));
        kept.sort(Comparator.comparingInt(Variant::firstYear).thenComparing(v -> -v.total())
                .thenComparing(v -> -v.similarity()));
        return new Variants(p, List.copyOf(kept));
    }

    /** Counts the wordings of one sentence, once each, unless the sentence was read before or has no year. */
    private static void wordings(String phrase, String sectionId, String sentence, Integer year, Set<String> seen,
                                 Map<String, TreeMap<Integer, Long>> years) {
        String text = sentence.strip();
        if (year == null || !seen.add(sectionId + "\u0000" + Folding.fold(text))) {
            return;
        }
        for (String w : new LinkedHashSet<>(Wordings.in(phrase, text))) {
            years.computeIfAbsent(w, k -> new TreeMap<>()).merge(year, 1L, Long::sum);
        }
    }

    private static double rounded(double x) {
        return Math.round(x * 1000) / 1000.0;
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
