package govsearch.understand;

import govsearch.report.Section;
import govsearch.report.SectionTree;
import govsearch.report.Source;
import govsearch.report.Understanding.DomainScore;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the work domains read from a section's body agree with its heading, where the heading
 * names a domain outright (（三）加强生态环境保护, 二、统一战线工作). No corpus here carries domain labels,
 * so the heading is the label — a silver standard: it says whether the body alone is read as the
 * heading says, not whether either is right.
 */
public final class DomainEvaluation {

    /** A heading's keyword weight that names the domain itself (weight 3 in domains.tsv). */
    private static final double NAMES_DOMAIN = 3;
    /** DomainRule scores short texts as if {@code 300} chars long: weight 3 scores 10. */
    private static final double HEADING_SCORE = NAMES_DOMAIN * 1000 / 300;

    private DomainEvaluation() {
    }

    /** @param perDomain domain → {headings naming it, bodies read as it} */
    public record Result(int sections, int agreed, int bodiesWithoutDomain, Map<String, int[]> perDomain) {

        public double share() {
            return sections == 0 ? 0 : (double) agreed / sections;
        }

        public void print(PrintStream out) {
            out.printf("domain (silver: %d section headings that name a domain): the body alone is read as it in %d (%.1f%%);"
                    + " %d bodies read as no domain%n", sections, agreed, 100 * share(), bodiesWithoutDomain);
            perDomain.forEach((d, n) -> out.printf("  %-10s %d/%d%n", d, n[1], n[0]));
        }
    }

    public static Result run(List<Source> sources) {
        int sections = 0;
        int agreed = 0;
        int empty = 0;
        Map<String, int[]> perDomain = new TreeMap<>();
        for (Source source : sources) {
            for (Section s : SectionTree.parse("eval", source.text())) {
                if (s.title().isEmpty() || s.text().length() < 100) {
                    continue;
                }
                List<String> named = DomainRule.score(s.title()).stream()
                        .filter(d -> d.score() >= HEADING_SCORE).map(DomainScore::domain).toList();
                if (named.isEmpty()) {
                    continue;
                }
                String label = named.getFirst();
                List<DomainScore> read = DomainRule.ofSection(new Section(s.id(), "", "", s.level(), s.path(), s.text()));
                int[] n = perDomain.computeIfAbsent(label, d -> new int[2]);
                n[0]++;
                sections++;
                if (read.stream().anyMatch(d -> d.domain().equals(label))) {
                    n[1]++;
                    agreed++;
                } else if (read.isEmpty()) {
                    empty++;
                }
            }
        }
        return new Result(sections, agreed, empty, perDomain);
    }
}
