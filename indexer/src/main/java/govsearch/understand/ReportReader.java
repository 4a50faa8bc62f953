package govsearch.understand;

import govsearch.report.EvidenceRule;
import govsearch.report.Evidence;
import govsearch.report.Paragraphs;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.ReportId;
import govsearch.report.Section;
import govsearch.report.SectionTree;
import govsearch.report.Source;
import govsearch.report.Understanding.Cite;
import govsearch.report.Understanding.DomainScore;
import govsearch.report.Understanding.Figure;
import govsearch.report.Understanding.Work;
import govsearch.report.Understanding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Understands a collected text: its title, section tree, year, region, type, the author's level,
 * work domains, cited documents and figures, each reading with its evidence. Labels that came with
 * the source (a manifest, page metadata) win over what the rules read from the text; the rules'
 * reading is kept beside them as evidence.
 */
public final class ReportReader {

    private ReportReader() {
    }

    public static Report read(Source source) {
        String text = source.text().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text: " + source.url());
        }
        // the rules read the top line as a title would be read; the title itself waits for their readings
        String title = source.title() != null && !source.title().isBlank() ? Paragraphs.strip(source.title()) : firstLine(text);
        String id = ReportId.of(source.url(), text);

        YearRule.Reading yearReading = YearRule.extract(title, text);
        List<Evidence> yearEvidence = new ArrayList<>();
        Integer year = yearReading.year();
        double yearConfidence = yearReading.confidence();
        if (source.year() != null) {
            yearEvidence.add(new Evidence(EvidenceRule.LABEL, "", -1, source.year().toString(), 1));
            year = source.year();
            yearConfidence = 1;
        }
        yearEvidence.addAll(yearReading.evidence());

        Resolution resolution = Gazetteer.get().resolveWithEvidence(title + "\n" + text);
        List<Evidence> regionEvidence = new ArrayList<>();
        Region region = resolution.region();
        double regionConfidence = resolution.confidence();
        if (source.region() != null && source.region().known()) {
            regionEvidence.add(new Evidence(EvidenceRule.LABEL, "", -1, place(source.region()), 1));
            region = source.region();
            regionConfidence = 1;
        }
        for (Resolution.Mention m : resolution.evidence().subList(0, Math.min(8, resolution.evidence().size()))) {
            regionEvidence.add(new Evidence(EvidenceRule.MENTION, m.name() + " ×" + m.count(), -1, place(m.place()), m.weight()));
        }
        HostHint.Hint host = region.known() ? null : HostHint.of(source.url());
        if (host != null) {
            // the portal's host, weak evidence: only when neither a label nor the text names a place
            region = host.region();
            regionConfidence = HostHint.CONFIDENCE;
            regionEvidence.add(new Evidence("host", host.host(), -1, place(region), HostHint.CONFIDENCE));
        }

        TypeRule.Reading typeReading = TypeRule.extract(title, text);
        List<Evidence> typeEvidence = new ArrayList<>();
        String type = typeReading.type();
        double typeConfidence = typeReading.confidence();
        if (source.docType() != null) {
            typeEvidence.add(new Evidence(EvidenceRule.LABEL, "", -1, source.docType(), 1));
            type = source.docType();
            typeConfidence = 1;
        }
        typeEvidence.addAll(typeReading.evidence());

        TitleRule.Reading titleReading = TitleRule.read(source.title(), text, year, region, type);
        title = titleReading.title();

        LevelRule.Reading level = LevelRule.read(region, text);
        List<Section> sections = SectionTree.parse(id, text);
        Map<String, List<DomainScore>> sectionDomains = new LinkedHashMap<>();
        List<Cite> cites = new ArrayList<>();
        List<Work> works = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        DomainRule.Reading domains = DomainRule.read(sections);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<DomainScore> d = domains.sections().get(i);
            if (!d.isEmpty()) {
                sectionDomains.put(s.id(), d);
            }
            cites.addAll(Citations.of(s));
            works.addAll(Citations.works(s));
            figures.addAll(Figures.of(s));
        }
        Understanding understanding = new Understanding(yearConfidence, yearEvidence, yearReading.earliest(),
                source.year() != null ? null : yearReading.range(),
                regionConfidence, regionEvidence, typeConfidence, typeEvidence, level.level(), level.evidence(),
                domains.report(), sectionDomains, cites, works, figures, titleReading.evidence(),
                source.disclosure());
        return new Report(id, source.url(), title, source.publishedAt(), year, region, type, sections, understanding);
    }

    /** 河南省 漯河市 舞阳县: the levels of a region, space-separated. */
    static String place(Region r) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[]{r.province(), r.city(), r.county()}) {
            if (part != null) {
                b.append(b.isEmpty() ? "" : " ").append(part);
            }
        }
        return b.toString();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = Paragraphs.strip(nl < 0 ? text : text.substring(0, nl));
        return line.length() > 100 ? line.substring(0, 100) + "…" : line;
    }
}
