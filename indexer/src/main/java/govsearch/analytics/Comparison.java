package govsearch.analytics;

import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analysis.IkDictionary;
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
 * rank. By default only content words rank ({@link Words#CONTENT}): no function words (the stop
 * list {@code stopwords.txt}), numerals or units, single characters, and no word whose occurrences
 * are mostly a piece of a longer dictionary word (面的 in 方面的, 全面的); {@link Words#ALL} shows the
 * raw list. See docs/design/keyness-stop-words.md.
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
    /** Two-character candidates read in context per side, in rank order, to find fragments. */
    static final int FRAGMENT_CHECKS = 40;
    /** Lines of context read per candidate; a fragment is one that spans a dictionary word in most. */
    static final int FRAGMENT_LINES = 40;
    private static final String PARTICLES = "的地得之了着过";
    private static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两几多半余";
    private static final String UNITS = "第个年月日元角分万亿%％‰倍吨斤亩米里户人次项件座所家名位辆台株套批";

    /** Which words may rank: content words (default) or every word of two or more characters. */
    public enum Words {
        CONTENT, ALL;

        /** {@code null} or blank is CONTENT; anything but "content" or "all" is null (a bad parameter). */
        public static Words parse(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("content")) {
                return CONTENT;
            }
            return value.equalsIgnoreCase("all") ? ALL : null;
        }
    }

    /** @param score simple-maths keyness; @param logLikelihood G² of the difference */
    public record Term(String term, double score, double logLikelihood, long count, double perMillion) {
    }

    public record Side(long reports, long sections, long chars, long sampledChars, List<Term> terms,
                       Double termPerMillion) {
    }

    public record Shared(String term, double leftPerMillion, double rightPerMillion) {
    }

    /** @param words which words were allowed to rank: "content" or "all" */
    public record Result(String keyness, String words, Side left, Side right, List<Shared> shared, String term) {
    }

    private Comparison() {
    }

    /** Reads the two sides at once: segmenting them is the cost of a comparison, and it is CPU-bound. */
    public static Result compute(Analytics index, SearchQuery left, SearchQuery right, String term) throws IOException {
        return compute(index, left, right, term, Words.CONTENT);
    }

    public static Result compute(Analytics index, SearchQuery left, SearchQuery right, String term, Words words)
            throws IOException {
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
        Side ls = side(l, r, lt, words);
        Side rs = side(r, l, rt, words);
        ls = words == Words.CONTENT ? withoutFragments(index, left, ls) : top(ls);
        rs = words == Words.CONTENT ? withoutFragments(index, right, rs) : top(rs);
        return new Result("simple maths (N=1) over per-million-character rates, among differences significant by"
                + " log-likelihood (G2 >= 10.83, p < 0.001)", words.name().toLowerCase(java.util.Locale.ROOT),
                ls, rs, shared(l, r, words), term);
    }

    private static Double termPerMillion(Analytics index, String term, SearchQuery filters, long chars) throws IOException {
        long count = index.termByYear(term, filters).stream().mapToLong(TermYear::count).sum();
        return chars == 0 ? 0.0 : count * 1e6 / chars;
    }

    static Side side(WordCounts self, WordCounts other, Double termPerMillion) {
        return top(side(self, other, termPerMillion, Words.CONTENT));
    }

    /** The candidates, FRAGMENT_CHECKS more than are shown so that dropping fragments leaves TOP. */
    static Side side(WordCounts self, WordCounts other, Double termPerMillion, Words words) {
        List<Term> terms = new ArrayList<>();
        for (Map.Entry<String, Long> e : self.counts().entrySet()) {
            long a = e.getValue();
            if (a < MIN_COUNT || !ranks(e.getKey(), words)) {
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
                List.copyOf(terms.subList(0, Math.min(TOP + FRAGMENT_CHECKS, terms.size()))), termPerMillion);
    }

    static List<Shared> shared(WordCounts l, WordCounts r) {
        return shared(l, r, Words.CONTENT);
    }

    static List<Shared> shared(WordCounts l, WordCounts r, Words words) {
        List<Shared> shared = new ArrayList<>();
        for (Map.Entry<String, Long> e : l.counts().entrySet()) {
            Long b = r.counts().get(e.getKey());
            if (b == null || e.getValue() < MIN_COUNT || b < MIN_COUNT || !ranks(e.getKey(), words)) {
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

    static boolean ranks(String word) {
        return ranks(word, Words.CONTENT);
    }

    /**
     * ALL: two or more chars, at least one Han char. CONTENT also: no digits, not a stop word, not
     * made of numerals and units alone (三千, 万元, 百分之), no aspect particle 了 or 着 at the end (进行了, 存在着).
     */
    static boolean ranks(String word, Words words) {
        boolean han = false;
        for (int i = 0; i < word.length(); i++) {
            han |= Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.HAN;
        }
        if (word.length() < 2 || !han) {
            return false;
        }
        if (words == Words.ALL) {
            return true;
        }
        if (STOPWORDS.contains(word) || word.endsWith("了") || word.endsWith("着")) {
            return false;
        }
        boolean numeral = false;
        boolean quantity = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            numeral |= NUMERALS.indexOf(c) >= 0;
            quantity &= NUMERALS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0;
        }
        return !(numeral && quantity);
    }

    /**
     * Drops two-character words ending in a particle (的 地 得 之 …) that, where they occur, are
     * mostly the tail of a longer dictionary word and that particle — 面的 is a dictionary word (a
     * minibus) but in reports it is 方面的 and 全面的 cut apart. Only words ending in a particle are
     * read in context: a content word such as 创新 often begins after a dictionary word's first
     * character (自主创新 holds 主创) without being a fragment.
     */
    static Side withoutFragments(Analytics index, SearchQuery filters, Side side) throws IOException {
        List<Term> kept = new ArrayList<>();
        int checks = 0;
        for (Term t : side.terms()) {
            if (kept.size() >= TOP) {
                break;
            }
            if (t.term().length() == 2 && PARTICLES.indexOf(t.term().charAt(1)) >= 0 && checks < FRAGMENT_CHECKS) {
                checks++;
                if (mostlyFragment(t.term(), index.concordance(t.term(), filters, 2, FRAGMENT_LINES).lines())) {
                    continue;
                }
            }
            kept.add(t);
        }
        return new Side(side.reports(), side.sections(), side.chars(), side.sampledChars(), List.copyOf(kept),
                side.termPerMillion());
    }

    private static Side top(Side s) {
        return new Side(s.reports(), s.sections(), s.chars(), s.sampledChars(),
                s.terms().subList(0, Math.min(TOP, s.terms().size())), s.termPerMillion());
    }

    static boolean mostlyFragment(String word, List<CorpusStats.KwicLine> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        int spanned = 0;
        for (CorpusStats.KwicLine l : lines) {
            String left = l.left() == null ? "" : l.left();
            boolean span = false;
            for (int k = 1; k <= Math.min(2, left.length()) && !span; k++) {
                span = IkDictionary.isWord(left.substring(left.length() - k) + word.charAt(0));
            }
            if (span) {
                spanned++;
            }
        }
        return spanned * 2 > lines.size();
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
