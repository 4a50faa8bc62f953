package govsearch.index.lucene;

import govsearch.report.Disclosure;
import govsearch.report.Evidence;
import govsearch.report.Understanding;
import govsearch.report.Understanding.Cite;
import govsearch.report.Understanding.DomainScore;
import govsearch.report.Understanding.Figure;
import govsearch.report.Understanding.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Understanding} as one stored string and back, exactly: one line per value, a tag then
 * tab-separated fields, with backslash, tab and newline escaped. Plain enough to read in Luke.
 */
public final class UnderstandingCodec {

    private UnderstandingCodec() {
    }

    public static String encode(Understanding u) {
        StringBuilder b = new StringBuilder();
        line(b, "yc", u.yearConfidence());
        line(b, "ey", u.earliestYear());
        if (u.yearRange() != null) {
            line(b, "yr", u.yearRange().from(), u.yearRange().to());
        }
        evidence(b, "ye", u.yearEvidence());
        line(b, "rc", u.regionConfidence());
        evidence(b, "re", u.regionEvidence());
        line(b, "tc", u.typeConfidence());
        evidence(b, "te", u.typeEvidence());
        line(b, "lv", u.adminLevel());
        evidence(b, "le", u.levelEvidence());
        evidence(b, "ti", u.titleEvidence());
        for (DomainScore d : u.domains()) {
            line(b, "d", d.domain(), d.score());
        }
        u.sectionDomains().forEach((section, ds) -> {
            for (DomainScore d : ds) {
                line(b, "sd", section, d.domain(), d.score());
            }
        });
        for (Cite c : u.cites()) {
            line(b, "c", c.sectionId(), c.title(), c.issuer(), c.year(), c.number());
        }
        for (Work w : u.works()) {
            line(b, "w", w.sectionId(), w.title());
        }
        for (Figure f : u.figures()) {
            line(b, "f", f.sectionId(), f.text(), f.value(), f.unit(), f.sentence());
        }
        Disclosure d = u.disclosure();
        if (d != null) {
            line(b, "ds", d.issuer(), d.writtenAt(), d.documentNumber(), d.indexNumber(), d.topic(), d.validity());
            evidence(b, "de", d.evidence());
        }
        return b.toString();
    }

    public static Understanding decode(String s) {
        double yc = 0;
        double rc = 0;
        double tc = 0;
        Integer earliest = null;
        Understanding.YearRange range = null;
        String level = null;
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        String[] disclosure = null;
        for (String tag : List.of("ye", "re", "te", "le", "ti", "de")) {
            evidence.put(tag, new ArrayList<>());
        }
        List<DomainScore> domains = new ArrayList<>();
        Map<String, List<DomainScore>> sectionDomains = new LinkedHashMap<>();
        List<Cite> cites = new ArrayList<>();
        List<Work> works = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (String line : s.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            for (int i = 1; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "yc" -> yc = Double.parseDouble(f[1]);
                case "rc" -> rc = Double.parseDouble(f[1]);
                case "tc" -> tc = Double.parseDouble(f[1]);
                case "ey" -> earliest = integer(f[1]);
                case "yr" -> range = new Understanding.YearRange(Integer.parseInt(f[1]), integer(f[2]));
                case "lv" -> level = string(f[1]);
                case "ds" -> disclosure = f;
                case "ye", "re", "te", "le", "ti", "de" -> evidence.get(f[0]).add(
                        new Evidence(f[1], f[2], Integer.parseInt(f[3]), f[4], Double.parseDouble(f[5])));
                case "d" -> domains.add(new DomainScore(f[1], Double.parseDouble(f[2])));
                case "sd" -> sectionDomains.computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(new DomainScore(f[2], Double.parseDouble(f[3])));
                case "c" -> cites.add(new Cite(f[1], string(f[2]), string(f[3]), integer(f[4]), integer(f[5])));
                case "w" -> works.add(new Work(f[1], f[2]));
                case "f" -> figures.add(new Figure(f[1], f[2], Double.parseDouble(f[3]), f[4], f.length > 5 ? f[5] : ""));
                default -> {
                    // a tag from a newer version: skip it
                }
            }
        }
        return new Understanding(yc, evidence.get("ye"), earliest, range, rc, evidence.get("re"), tc, evidence.get("te"),
                level, evidence.get("le"), domains, sectionDomains, cites, works, figures, evidence.get("ti"),
                disclosure == null ? null : new Disclosure(string(disclosure[1]),
                        string(disclosure[2]) == null ? null : java.time.LocalDate.parse(disclosure[2]),
                        string(disclosure[3]), string(disclosure[4]), string(disclosure[5]), string(disclosure[6]),
                        evidence.get("de")));
    }

    private static void evidence(StringBuilder b, String tag, List<Evidence> list) {
        for (Evidence e : list) {
            line(b, tag, e.rule(), e.quote(), e.offset(), e.says(), e.weight());
        }
    }

    /** Null is written as a lone NUL so it stays apart from the empty string. */
    private static void line(StringBuilder b, String tag, Object... fields) {
        b.append(tag);
        for (Object f : fields) {
            b.append('\t').append(f == null ? "\0" : escape(f.toString()));
        }
        b.append('\n');
    }

    private static String string(String f) {
        return f.equals("\0") ? null : f;
    }

    private static Integer integer(String f) {
        return f.equals("\0") ? null : Integer.valueOf(f);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
