package govsearch.analytics;

import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.index.SearchQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What sets two sub-corpora apart: for each side, the words it uses more than the other, and the
 * words both use often. Keywords are ranked by Sketch Engine's simple maths with N = 1 — the ratio
 * of (per-million + 1) on this side to (per-million + 1) on the other, an effect size that lets a
 * word absent from the other side rise — among the words whose difference is significant by
 * Dunning's log-likelihood (G² ≥ 10.83, p &lt; 0.001), so chance differences of rare words never
 * rank. Stop-words, numbers and single characters never rank.
 */
public final class Comparison {

    /** Words are read from at most this many characters per side (evenly sampled beyond it). */
    public static final long MAX_CHARS_PER_SIDE = 600_000;
    static final int MIN_COUNT = 3;
    static final int TOP = 100;
    static final double SIMPLE_MATHS_N = 1.0;
    /** G² critical value for p < 0.001 with one degree of freedom. */
    static final double SIGNIFICANT = 10.83;
    private static final Set<String> STOPWORDS = stopwords();

    /** @param score simple-maths keyness; @param logLikelihood G² of the difference */
    public record Term(String term, double score, double logLikelihood, long count, double perMillion) {
    }

    public record Side(long reports, long sections, long chars, long sampledChars, List<Term> terms,
                       Double termPerMillion) {
    }

    public record Shared(String term, double leftPerMillion, double rightPerMillion) {
    }

    public record Result(String keyness, Side left, Side right, List<Shared> shared, String term) {
    }

    private Comparison() {
    }

    /** Reads the two sides at once: segmenting them is the cost of a comparison, and it is CPU-bound. */
    public static Result compute(Analytics index, SearchQuery left, SearchQuery right, String term) throws IOException {
        java.util.concurrent.CompletableFuture<WordCounts> leftCounts = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return index.wordCounts(left, MAX_CHARS_PER_SIDE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WordCounts r = index.wordCounts(right, MAX_CHARS_PER_SIDE);
        WordCounts l;
        try {
            l = leftCounts.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        Double lt = term == null ? null : termPerMillion(index, term, left, l.chars());
        Double rt = term == null ? null : termPerMillion(index, term, right, r.chars());
        return new Result("simple maths (N=1) over per-million-character rates, among differences significant by"
                + " log-likelihood (G2 >= 10.83, p < 0.001)", side(l, r, lt), side(r, l, rt), shared(l, r), term);
    }

    private static Double termPerMillion(Analytics index, String term, SearchQuery filters, long chars) throws IOException {
        long count = index.termByYear(term, filters).stream().mapToLong(TermYear::count).sum();
        return chars == 0 ? 0.0 : count * 1e6 / chars;
    }

    static Side side(WordCounts self, WordCounts other, Double termPerMillion) {
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<String, Long> e : self.counts().entrySet()) {
            long a = e.getValue();
            if (a < MIN_COUNT || !ranks(e.getKey())) {
                continue;
            }
            long b = other.counts().getOrDefault(e.getKey(), 0L);
            if ((double) a / self.tokens() <= (double) b / Math.max(1, other.tokens())) {
                continue; // not overused on this side
            }
            double ll = logLikelihood(a, b, self.tokens(), other.tokens());
            if (ll < SIGNIFICANT) {
                continue;
            }
            double pm = a * 1e6 / Math.max(1, self.sampledChars());
            double otherPm = b * 1e6 / Math.max(1, other.sampledChars());
            double score = (pm + SIMPLE_MATHS_N) / (otherPm + SIMPLE_MATHS_N);
            terms.add(new Term(e.getKey(), Math.round(score * 1000) / 1000.0, Math.round(ll * 100) / 100.0, a,
                    Math.round(pm * 100) / 100.0));
        }
        terms.sort(Comparator.comparingDouble(Term::score).reversed().thenComparing(Term::term));
        return new Side(self.reports(), self.sections(), self.chars(), self.sampledChars(),
                List.copyOf(terms.subList(0, Math.min(TOP, terms.size()))), termPerMillion);
    }

    static List<Shared> shared(WordCounts l, WordCounts r) {
        List<Shared> shared = new ArrayList<>();
        for (Map.Entry<String, Long> e : l.counts().entrySet()) {
            Long b = r.counts().get(e.getKey());
            if (b == null || e.getValue() < MIN_COUNT || b < MIN_COUNT || !ranks(e.getKey())) {
                continue;
            }
            shared.add(new Shared(e.getKey(), e.getValue() * 1e6 / Math.max(1, l.sampledChars()),
                    b * 1e6 / Math.max(1, r.sampledChars())));
        }
        shared.sort(Comparator.comparingDouble((Shared s) -> -Math.min(s.leftPerMillion(), s.rightPerMillion()))
                .thenComparing(Shared::term));
        return List.copyOf(shared.subList(0, Math.min(TOP, shared.size())));
    }

    /** Dunning's log-likelihood of a word seen a times in c tokens against b times in d tokens. */
    static double logLikelihood(long a, long b, long c, long d) {
        double e1 = (double) c * (a + b) / (c + d);
        double e2 = (double) d * (a + b) / (c + d);
        return 2 * (xlog(a, e1) + xlog(b, e2));
    }

    private static double xlog(long x, double e) {
        return x == 0 ? 0 : x * Math.log(x / e);
    }

    /** Words that may rank: two or more chars, at least one Han char, no digits or numerals, not a stop-word. */
    static boolean ranks(String word) {
        if (word.length() < 2 || STOPWORDS.contains(word)) {
            return false;
        }
        boolean han = false;
        boolean numeral = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            numeral &= "〇零一二三四五六七八九十百千万亿两第个年月日".indexOf(c) >= 0;
        }
        return han && !numeral;
    }

    private static Set<String> stopwords() {
        Set<String> words = new HashSet<>();
        try (var in = Comparison.class.getResourceAsStream("stopwords.txt");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
