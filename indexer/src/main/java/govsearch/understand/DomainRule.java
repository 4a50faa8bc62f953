package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.report.Section;
import govsearch.report.Understanding.DomainScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work domains (经济发展, 脱贫攻坚, 统一战线 …) from the weighted keyword lexicon {@code domains.tsv}.
 * A text's score for a domain is the weight of its keyword hits per 1,000 characters (leftmost-longest
 * matches, so 乡村振兴战略 counts once); a section gets every domain scoring at least
 * {@value #SECTION_MIN} with at least two hits, the best {@value #MAX_DOMAINS}; a report gets the
 * domains of its whole text scoring at least {@value #REPORT_MIN}.
 */
public final class DomainRule {

    static final double SECTION_MIN = 6;
    static final double REPORT_MIN = 4;
    static final int MAX_DOMAINS = 3;
    private static final int REPORT_DOMAINS = 6;
    /** Short texts are scored as if this long, so a heading with one keyword does not score 1,000. */
    private static final int MIN_CHARS = 300;

    private record Keyword(String domain, double weight) {
    }

    private static final List<String> DOMAINS = new ArrayList<>();
    private static final NameTrie<Keyword> LEXICON = load();

    private DomainRule() {
    }

    /** The domains named in the lexicon, in its order. */
    public static List<String> domains() {
        return List.copyOf(DOMAINS);
    }

    /** Every domain with a hit in the text, best first, scored per 1,000 characters. */
    public static List<DomainScore> score(String text) {
        Map<String, double[]> hits = new LinkedHashMap<>();
        LEXICON.scan(text, (start, end, k) -> tally(hits, k));
        return scores(hits, text.length());
    }

    /** The domains of one section: score at least {@value #SECTION_MIN} and two or more hits. */
    public static List<DomainScore> ofSection(Section section) {
        return read(List.of(section)).sections().getFirst();
    }

    /** The domains of a whole report: those its whole text scores at least {@value #REPORT_MIN} for. */
    public static List<DomainScore> ofReport(List<Section> sections) {
        return read(sections).report();
    }

    /** A report's domains: each section's ({@link #ofSection}) and the whole report's ({@link #ofReport}). */
    public record Reading(List<List<DomainScore>> sections, List<DomainScore> report) {
    }

    /**
     * Both readings from one scan of each section: the whole report is its sections joined by
     * newlines, and no keyword holds a newline, so its hits are the sections' hits in order (and
     * its weights add up in the same order, to the same sums).
     */
    public static Reading read(List<Section> sections) {
        Map<String, double[]> report = new LinkedHashMap<>();   // domain → {weight, count}
        int reportChars = 0;
        List<List<DomainScore>> out = new ArrayList<>(sections.size());
        for (Section section : sections) {
            String text = section.content();
            Map<String, double[]> hits = new LinkedHashMap<>();
            LEXICON.scan(text, (start, end, k) -> {
                tally(hits, k);
                tally(report, k);
            });
            List<DomainScore> domains = new ArrayList<>();
            for (DomainScore s : scores(hits, text.length())) {
                if (s.score() >= SECTION_MIN && hits.get(s.domain())[1] >= 2 && domains.size() < MAX_DOMAINS) {
                    domains.add(s);
                }
            }
            out.add(domains);
            reportChars += text.length() + 1;
        }
        List<DomainScore> whole = scores(report, reportChars).stream()
                .filter(s -> s.score() >= REPORT_MIN).limit(REPORT_DOMAINS).toList();
        return new Reading(out, whole);
    }

    private static void tally(Map<String, double[]> hits, Keyword k) {
        double[] h = hits.computeIfAbsent(k.domain(), d -> new double[2]);
        h[0] += k.weight();
        h[1]++;
    }

    private static List<DomainScore> scores(Map<String, double[]> hits, int chars) {
        double per = 1000.0 / Math.max(MIN_CHARS, chars);
        List<DomainScore> out = new ArrayList<>();
        hits.forEach((d, h) -> out.add(new DomainScore(d, round(h[0] * per))));
        out.sort(Comparator.comparingDouble(DomainScore::score).reversed().thenComparing(DomainScore::domain));
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static NameTrie<Keyword> load() {
        Map<String, Keyword> keywords = new HashMap<>();
        try (InputStream in = DomainRule.class.getResourceAsStream("domains.tsv")) {
            if (in == null) {
                throw new IllegalStateException("domains.tsv missing beside " + DomainRule.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                DOMAINS.add(f[0]);
                for (String kw : f[1].split(" ")) {
                    int colon = kw.lastIndexOf(':');
                    String word = colon < 0 ? kw : kw.substring(0, colon);
                    double weight = colon < 0 ? 1 : Double.parseDouble(kw.substring(colon + 1));
                    keywords.put(Folding.fold(word), new Keyword(f[0], weight));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NameTrie.of(keywords);
    }
}
