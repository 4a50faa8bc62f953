package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.analysis.IkSegmentation;
import govsearch.report.Report;
import govsearch.report.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The formulations (提法) of one report: runs of one to {@value #MAX_WORDS} IK smart words inside a
 * clause, {@value #MIN_CHARS} to {@value #MAX_CHARS} characters, that neither begin nor end with a
 * function word and hold no digit (新质生产力, 人工智能+ reads as 人工智能, 投资于人). A run counts as a
 * formulation when the report uses it at least twice, or when it is one dictionary word: a
 * combination of words said once is wording, not yet a 提法. See docs/design/formulations.md.
 */
public final class Formulations {

    static final int MIN_CHARS = 2;
    static final int MAX_CHARS = 12;
    static final int MAX_WORDS = 4;
    static final int MIN_REPEATS = 2;
    /** A dictionary word said once is a formulation from this length on (好房子, 独角兽), not below (电脑, 上海). */
    static final int MIN_WORD_ALONE = 3;

    /** One formulation of a report: how often, and where first (its section and sentence). */
    public record Use(String text, int count, String sectionId, String sentence) {
    }

    private Formulations() {
    }

    /**
     * The report's formulations, in order of first use. A run is counted where its characters occur,
     * not where IK cut it out: 打造数字乡村示范县 holds 数字乡村示范 though IK reads 示范县 there.
     */
    public static Map<String, Use> of(Report report) {
        Map<String, Use> first = new LinkedHashMap<>();
        Set<String> oneWord = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Section s : report.sections()) {
            String original = s.content();
            String content = Folding.fold(original); // one char for one: offsets hold in both
            texts.add(content);
            for (Run run : runs(content)) {
                if (run.words() == 1) {
                    oneWord.add(run.text());
                }
                if (!first.containsKey(run.text())) {
                    int from = Sentences.sentenceStart(content, run.start());
                    int to = Sentences.sentenceEnd(content, run.start());
                    first.put(run.text(), new Use(run.text(), 0, s.id(), original.substring(from, to).strip()));
                }
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        first.keySet().forEach(t -> counts.put(t, new int[1]));
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                for (int j = i + MIN_CHARS; j <= Math.min(text.length(), i + MAX_CHARS); j++) {
                    int[] n = counts.get(text.substring(i, j));
                    if (n != null) {
                        n[0]++;
                    }
                }
            }
        }
        Map<String, Use> out = new LinkedHashMap<>();
        first.forEach((text, use) -> {
            int n = counts.get(text)[0];
            if (n >= MIN_REPEATS || text.length() >= MIN_WORD_ALONE && oneWord.contains(text)) {
                out.put(text, new Use(text, n, use.sectionId(), use.sentence()));
            }
        });
        return out;
    }

    /** A candidate: its text, where it starts in the folded section, and of how many words it is made. */
    record Run(String text, int start, int words) {
    }

    /**
     * The candidate runs of a folded text, each once per place it starts: the text is segmented once,
     * and a run stops at any character that is not a letter or digit (it stays inside its clause).
     */
    static List<Run> runs(String text) {
        List<String> words = IkSegmentation.of(text).smartWords();
        int[] at = new int[words.size()];
        int pos = 0;
        for (int i = 0; i < words.size(); i++) {
            int found = text.indexOf(words.get(i), pos);
            at[i] = found;
            if (found >= 0) {
                pos = found + words.get(i).length();
            }
        }
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (at[i] < 0 || !canEdge(words.get(i)) || !lettersOnly(words.get(i))) {
                continue;
            }
            int end = at[i];
            for (int j = i; j < words.size() && j < i + MAX_WORDS; j++) {
                if (at[j] != end || !lettersOnly(words.get(j))) {
                    break; // punctuation, or a word IK dropped or moved: the run would not be the text
                }
                end = at[j] + words.get(j).length();
                if (end - at[i] > MAX_CHARS) {
                    break;
                }
                String run = text.substring(at[i], end);
                if (run.length() >= MIN_CHARS && canEdge(words.get(j)) && noDigits(run)) {
                    out.add(new Run(run, at[i], j - i + 1));
                }
            }
        }
        return out;
    }

    private static boolean lettersOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word a formulation may begin or end with: a content word of two or more characters, and not
     * one IK keeps whole that ends in a particle or 把/被 (要把, 使得, 进行了).
     */
    private static boolean canEdge(String word) {
        return Comparison.ranks(word) && FUNCTION_TAILS.indexOf(word.charAt(word.length() - 1)) < 0;
    }

    private static final String FUNCTION_TAILS = "的地得之了着过把被";

    private static boolean noDigits(String run) {
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops a formulation held in a longer one of the list with the same count: 质生产力 says
     * nothing 新质生产力 does not. Longest first in the answer is left to the caller.
     */
    static List<Use> closed(List<Use> uses) {
        Map<String, Use> byText = new HashMap<>();
        uses.forEach(u -> byText.put(u.text(), u));
        Set<String> inside = new HashSet<>();
        for (Use v : uses) { // a formulation is at most MAX_CHARS long: its substrings are few
            String t = v.text();
            for (int i = 0; i < t.length(); i++) {
                for (int j = i + MIN_CHARS; j <= t.length(); j++) {
                    if (j - i < t.length()) {
                        Use u = byText.get(t.substring(i, j));
                        if (u != null && v.count() >= u.count()) {
                            inside.add(u.text());
                        }
                    }
                }
            }
        }
        List<Use> out = new ArrayList<>();
        for (Use u : uses) {
            if (!inside.contains(u.text())) {
                out.add(u);
            }
        }
        return out;
    }
}
