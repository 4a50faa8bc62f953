package govsearch.understand;

import govsearch.report.Section;
import govsearch.report.SectionTree;
import govsearch.report.Source;
import govsearch.report.Understanding.DomainScore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the work domains read from a section's body agree with its heading, where the heading
 * names a domain outright (（三）加强生态环境保护, 二、统一战线工作). No corpus here carries domain labels,
 * so the heading is the label — a silver standard: it says whether the body alone is read as the
 * heading says, not whether either is right. The figures are also given apart for the held-back texts.
 */
public final class DomainEvaluation {

    /** A heading's keyword weight that names the domain itself (weight 3 in domains.tsv). */
    private static final double NAMES_DOMAIN = 3;
    /** DomainRule scores short texts as if {@code 300} chars long: weight 3 scores 10. */
    private static final double HEADING_SCORE = NAMES_DOMAIN * 1000 / 300;

    private DomainEvaluation() {
    }

    /**
     * @param perDomain domain → {headings naming it, bodies read as it}
     * @param heldBack  the same counts over the held-back texts only ({@link HeldBack})
     * @param misses    each section whose body is not read as its heading's domain: {@code url#id domain → read}
     */
    public record Result(int sections, int agreed, int bodiesWithoutDomain, Map<String, int[]> perDomain,
                         Counts heldBack, List<String> misses) {

        public double share() {
            return sections == 0 ? 0 : (double) agreed / sections;
        }

        /** The same counts over the tuning set (all texts but the held-back ones). */
        public Counts tuning() {
            return new Counts(sections - heldBack.sections(), agreed - heldBack.agreed());
        }

        public void print(PrintStream out) {
            out.printf("domain (silver: %d section headings that name a domain): the body alone is read as it in %d (%.1f%%);"
                    + " %d bodies read as no domain%n", sections, agreed, 100 * share(), bodiesWithoutDomain);
            if (heldBack.sections() > 0) {
                out.println("  tuning set: " + tuning().format() + "; held back: " + heldBack.format());
            }
            perDomain.forEach((d, n) -> out.printf("  %-10s %d/%d%n", d, n[1], n[0]));
            misses.forEach(m -> out.println("  miss " + m));
        }
    }

    /** Sections whose heading names a domain, and how many of their bodies agree. */
    public record Counts(int sections, int agreed) {

        String format() {
            return String.format("%d/%d (%.1f%%)", agreed, sections, sections == 0 ? 0 : 100.0 * agreed / sections);
        }
    }

    public static Result run(List<Source> sources) {
        int sections = 0;
        int agreed = 0;
        int empty = 0;
        int[] heldBack = new int[2];
        List<String> misses = new ArrayList<>();
        Map<String, int[]> perDomain = new TreeMap<>();
        for (Source source : sources) {
            boolean held = HeldBack.contains(source.url());
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
                heldBack[0] += held ? 1 : 0;
                if (read.stream().anyMatch(d -> d.domain().equals(label))) {
                    n[1]++;
                    agreed++;
                    heldBack[1] += held ? 1 : 0;
                } else {
                    empty += read.isEmpty() ? 1 : 0;
                    misses.add(source.url() + "#" + s.id() + " " + label + " → "
                            + read.stream().map(DomainScore::domain).toList() + (held ? " (held back)" : ""));
                }
            }
        }
        return new Result(sections, agreed, empty, perDomain, new Counts(heldBack[0], heldBack[1]), misses);
    }
}
