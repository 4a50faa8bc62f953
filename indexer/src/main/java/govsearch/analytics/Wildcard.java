package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.analysis.IkDictionary;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.index.BadQuery;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A string with one {@code *}, as the Ngram Viewer has it: {@code 建设*强国} stands for every string
 * that fills the gap with 1 to {@value #MAX_FILLER} letters or digits (never punctuation, so never
 * across a sentence or clause); {@code 加快*} and {@code *攻坚战}, open on one side, for the dictionary
 * word that follows or precedes — the longest one of two or more characters IK's dictionary knows,
 * or a numeral and its measure word (三大) — as a reader would cut it; a single character is no filler. A filler's
 * count is the occurrences of the whole string it makes, so it equals that string's trend total.
 */
public record Wildcard(String left, String right) {

    public static final int MAX_FILLER = 8;
    /** Fillers a trend or a list shows at most. */
    public static final int MAX_FILLERS = 10;

    public record Filler(String filler, String string, long count) {
    }

    public record Result(String pattern, List<Filler> fillers) {
    }

    public static boolean is(String term) {
        return term != null && term.indexOf('*') >= 0;
    }

    /** Parses {@code term}, which must hold exactly one {@code *} and a string on at least one side. */
    public static Wildcard of(String param, String term) {
        String t = term.strip().replace('＊', '*');
        int star = t.indexOf('*');
        if (star < 0 || t.indexOf('*', star + 1) >= 0) {
            throw new BadQuery(param, param + " '" + BadQuery.echo(term) + "' must hold exactly one * (as in 建设*强国)",
                    "通配符只能有一个 *，例如“建设*强国”。");
        }
        String left = Folding.fold(t.substring(0, star).strip());
        String right = Folding.fold(t.substring(star + 1).strip());
        if (left.isEmpty() && right.isEmpty()) {
            throw new BadQuery(param, param + " '*' needs a string before or after the *", "* 的前面或后面要有文字，例如“加快*”。");
        }
        for (String side : new String[]{left, right}) {
            for (int i = 0; i < side.length(); i++) {
                if (!Character.isLetterOrDigit(side.charAt(i))) {
                    throw new BadQuery(param, param + " '" + BadQuery.echo(term) + "' may hold only letters and digits around the *",
                            "* 两边只能是文字或数字，不能有标点。");
                }
            }
        }
        return new Wildcard(left, right);
    }

    public boolean closed() {
        return !left.isEmpty() && !right.isEmpty();
    }

    /** The literal the occurrences are found by: the left part, or the right when the left is open. */
    public String anchor() {
        return left.isEmpty() ? right : left;
    }

    public String pattern() {
        return left + "*" + right;
    }

    public String fill(String filler) {
        return left + filler + right;
    }

    /**
     * The fillers at one occurrence of the anchor, given the folded text after it (for a pattern
     * open on the left: before it, nearest char first) — at most {@value #MAX_FILLER} plus the right
     * part's length chars, fewer at the end of a text. Adds each filler to {@code sink}.
     */
    public void fillersAt(CharSequence context, java.util.function.Consumer<String> sink) {
        if (closed()) {
            for (int n = 1; n <= MAX_FILLER && n + right.length() <= context.length(); n++) {
                if (!Character.isLetterOrDigit(context.charAt(n - 1))) {
                    return;
                }
                if (regionMatches(context, n, right)) {
                    sink.accept(context.subSequence(0, n).toString());
                }
            }
            return;
        }
        int n = 0;
        while (n < MAX_FILLER && n < context.length() && Character.isLetterOrDigit(context.charAt(n))) {
            n++;
        }
        for (int len = n; len >= 2; len--) {
            String word = left.isEmpty()
                    ? new StringBuilder(context.subSequence(0, len)).reverse().toString()
                    : context.subSequence(0, len).toString();
            if (IkDictionary.isWord(word)) {
                sink.accept(word);
                return;
            }
        }
        // A numeral and its measure word (三大, 两个, 四项), which IK keeps together but its dictionary lacks.
        if (n >= 2) {
            String pair = left.isEmpty()
                    ? new StringBuilder(context.subSequence(0, 2)).reverse().toString()
                    : context.subSequence(0, 2).toString();
            if (NUMERALS.indexOf(pair.charAt(0)) >= 0 && isHan(pair.charAt(1))) {
                sink.accept(pair);
            }
        }
    }

    private static final String NUMERALS = "一二三四五六七八九十两几百千万";

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean regionMatches(CharSequence s, int at, String part) {
        for (int i = 0; i < part.length(); i++) {
            if (s.charAt(at + i) != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many context chars {@link #fillersAt} needs. */
    public int contextChars() {
        return MAX_FILLER + right.length();
    }

    /**
     * The most frequent fillers, each with the occurrences of the string it makes. Candidates come
     * from {@link Analytics#fillers}; for an open pattern the count is then the whole string's, so
     * a filler and its trend line agree.
     */
    public Result top(Analytics index, SearchQuery filters, int limit) throws IOException {
        Map<String, Long> candidates = index.fillers(this, filters);
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(candidates.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Filler> out = new ArrayList<>();
        for (Map.Entry<String, Long> e : ranked.subList(0, Math.min(ranked.size(), closed() ? limit : 3 * limit))) {
            long count = e.getValue();
            if (!closed()) {
                count = index.termByYear(fill(e.getKey()), filters).stream().mapToLong(TermYear::count).sum();
            }
            out.add(new Filler(e.getKey(), fill(e.getKey()), count));
        }
        out.sort(Comparator.comparingLong(Filler::count).reversed().thenComparing(Filler::filler));
        return new Result(pattern(), List.copyOf(out.subList(0, Math.min(out.size(), limit))));
    }

    /**
     * The terms with each wildcard replaced by the strings of its most frequent fillers, as many as
     * the {@link Trend#MAX_TERMS} lines a chart holds allow (shared among the wildcards).
     */
    public static List<String> expand(Analytics index, List<String> terms, SearchQuery filters) throws IOException {
        long wildcards = terms.stream().filter(Wildcard::is).count();
        if (wildcards == 0) {
            return terms;
        }
        int each = (int) Math.max(1, (Trend.MAX_TERMS - (terms.size() - wildcards)) / wildcards);
        List<String> out = new ArrayList<>();
        for (String term : terms) {
            if (is(term)) {
                for (Filler f : of("term", term).top(index, filters, each).fillers()) {
                    out.add(f.string());
                }
            } else {
                out.add(term);
            }
        }
        return out;
    }

    /** Fillers counted over concordance lines: what a backend without a faster way does. */
    static Map<String, Long> fillersFromLines(Analytics index, Wildcard w, SearchQuery filters) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        var lines = index.concordance(w.anchor(), filters, w.contextChars(), Integer.MAX_VALUE);
        for (var line : lines.lines()) {
            String context = w.left().isEmpty()
                    ? new StringBuilder(Folding.fold(line.left())).reverse().toString()
                    : Folding.fold(line.right());
            w.fillersAt(context, f -> counts.merge(f, 1L, Long::sum));
        }
        return counts;
    }
}
