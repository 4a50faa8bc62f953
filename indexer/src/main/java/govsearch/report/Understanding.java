package govsearch.report;

import java.util.List;
import java.util.Map;

/**
 * What was read from a report besides its text, each reading with its evidence: how sure the year,
 * region and type are and why; the author's administrative level; the work domains of the report
 * and of each section; the documents it cites, the other works it names and the figures it gives.
 *
 * @param yearConfidence   0 to 1; 1 when the year came as a label (a manifest)
 * @param earliestYear     the earliest year the dated events named in the text allow; null when none
 * @param yearRange        for a text that names no year of its own, the years it can be from, as its
 *                         events and vocabulary allow (新时代中国特色社会主义 → from 2018); the report's
 *                         year is then null. Null when the year is read, or nothing bounds it
 * @param adminLevel       {@value #NATIONAL}, 省, 市, 县, 乡镇/街道; null when unknown
 * @param domains          the report's domains, best first
 * @param sectionDomains   section id → the section's domains, best first (sections with none left out)
 * @param cites            the documents it cites (laws, regulations, plans, document numbers): what the
 *                         {@code cites} filter matches
 * @param works            the other titles in 《…》 it names: films, books, songs, plays, newspapers
 * @param titleEvidence    how the title was made when the text has none; empty when found or given
 * @param disclosure       the page's 政府信息公开 table (issuer, 成文日期, 发文字号 …) with its evidence; null when
 *                         the report came without one
 */
public record Understanding(double yearConfidence, List<Evidence> yearEvidence, Integer earliestYear,
                            YearRange yearRange,
                            double regionConfidence, List<Evidence> regionEvidence,
                            double typeConfidence, List<Evidence> typeEvidence,
                            String adminLevel, List<Evidence> levelEvidence,
                            List<DomainScore> domains, Map<String, List<DomainScore>> sectionDomains,
                            List<Cite> cites, List<Work> works, List<Figure> figures, List<Evidence> titleEvidence,
                            Disclosure disclosure) {

    public static final String NATIONAL = "国家";
    public static final List<String> LEVELS = List.of(NATIONAL, "省", "市", "县", "乡镇/街道");

    public Understanding {
        yearEvidence = List.copyOf(yearEvidence);
        regionEvidence = List.copyOf(regionEvidence);
        typeEvidence = List.copyOf(typeEvidence);
        levelEvidence = List.copyOf(levelEvidence);
        domains = List.copyOf(domains);
        sectionDomains = Map.copyOf(sectionDomains);
        cites = List.copyOf(cites);
        works = works == null ? List.of() : List.copyOf(works);
        figures = List.copyOf(figures);
        titleEvidence = List.copyOf(titleEvidence);
    }

    /** An understanding of a report that came without a 政府信息公开 table. */
    public Understanding(double yearConfidence, List<Evidence> yearEvidence, Integer earliestYear, YearRange yearRange,
                         double regionConfidence, List<Evidence> regionEvidence,
                         double typeConfidence, List<Evidence> typeEvidence,
                         String adminLevel, List<Evidence> levelEvidence,
                         List<DomainScore> domains, Map<String, List<DomainScore>> sectionDomains,
                         List<Cite> cites, List<Work> works, List<Figure> figures, List<Evidence> titleEvidence) {
        this(yearConfidence, yearEvidence, earliestYear, yearRange, regionConfidence, regionEvidence, typeConfidence,
                typeEvidence, adminLevel, levelEvidence, domains, sectionDomains, cites, works, figures, titleEvidence, null);
    }

    /** Who issued the report (发布机构 / 发文机关), as its page's table says; null when unknown. */
    public String issuer() {
        return disclosure == null ? null : disclosure.issuer();
    }

    /** Evidence rule of a title made from the readings (内江市2024年政府工作报告) because the text has no title line. */
    public static final String INFERRED_TITLE = EvidenceRule.INFERRED_TITLE.id();

    /** Whether the title was made from the readings rather than found in the text or given. */
    public boolean titleInferred() {
        return titleEvidence.stream().anyMatch(e -> e.rule().equals(INFERRED_TITLE));
    }

    /** Years a text can be from: {@code from} to {@code to}, both inclusive; {@code to} null is open (2018–). */
    public record YearRange(int from, Integer to) {
    }

    /** A work domain (统一战线, 脱贫攻坚 …) and its score: weighted keyword hits per 1,000 characters. */
    public record DomainScore(String domain, double score) {
    }

    /**
     * A document the report cites: a 《title》, or a document number (国发〔2019〕5号 → issuer 国发,
     * year 2019, number 5; title null).
     */
    public record Cite(String sectionId, String title, String issuer, Integer year, Integer number) {
    }

    /** A title in 《…》 that is no document: a film, book, song, play, TV series, newspaper or journal. */
    public record Work(String sectionId, String title) {
    }

    /**
     * A quantity with its unit as written (增长6.6%, 1361万人, 38.4亿元), its value and its unit, and
     * the sentence it stands in (a figure alone does not say what grew); the sentence is "" in an
     * index written before figures kept it.
     */
    public record Figure(String sectionId, String text, double value, String unit, String sentence) {

        public Figure {
            sentence = sentence == null ? "" : sentence;
        }
    }
}
