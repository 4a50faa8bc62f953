package govsearch.understand;

import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores what {@link ReportReader} reads from bare texts against labels: each labelled source is
 * given to the reader as url and text only (its first lines optionally cut off: title, date line,
 * signature), and its year, province and type are compared with the labels. A text with nothing left
 * after the cut cannot be read at all; it is counted apart as <em>not evaluable</em>, and the figures
 * are given both over the evaluable texts and over all of them (the non-evaluable counted as misses).
 * Every figure is also given apart for the tuning set and for the held-back texts ({@link HeldBack}).
 * Used by {@code govsearch eval} and by {@code UnderstandingEvaluationTest}; see docs/EVALUATION.md.
 */
public final class Evaluation {

    /** How many lines issue 4 cuts off each text: title, date line, signature … */
    public static final int CUT_LINES = 4;

    private static final Map<String, String> DOC_TYPES = Map.of(
            "government_work_report", "政府工作报告",
            "npc_resolution", "决议",
            "cpc_congress_report", "党代会报告",
            "situation_report", "情况报告",
            "survey_report", "调研报告",
            "work_summary", "工作总结");

    private Evaluation() {
    }

    /** Right answers out of the labelled, evaluable texts of one field. */
    public record Score(int right, int labelled, int notEvaluable) {

        public double share() {
            return labelled == 0 ? 0 : (double) right / labelled;
        }

        /** Counting the texts that could not be evaluated as misses. */
        public double shareOfAll() {
            return labelled + notEvaluable == 0 ? 0 : (double) right / (labelled + notEvaluable);
        }

        String format() {
            return String.format("%d/%d (%.1f%%); counting not-evaluable as misses %d/%d (%.1f%%)", right, labelled,
                    100 * share(), right, labelled + notEvaluable, 100 * shareOfAll());
        }
    }

    /** One wrong reading: the file, the field, the label, what was read, the strongest evidence, and its split. */
    public record Miss(String url, String field, String want, String got, String why, boolean heldBack) {

        /** The miss without its evidence, as the evaluation tests pin it: {@code file field got not want}. */
        public String brief() {
            return url + " " + field + " " + got + " not " + want;
        }
    }

    /** The figures of one part of the corpus: the texts the rules were tuned on, or the held-back ones. */
    public record Part(int documents, Score year, Score province, Score type) {

        String format() {
            return String.format("%d documents, %d not evaluable: year %s, province %s, type %s", documents,
                    year.notEvaluable(), brief(year), brief(province), brief(type));
        }

        private static String brief(Score s) {
            return String.format("%d/%d (%.1f%%)", s.right(), s.labelled(), 100 * s.share());
        }
    }

    /**
     * @param tuning   the texts the rules were tuned on (all but the held-back ones)
     * @param heldBack the texts of {@link HeldBack}'s list, kept out of tuning since 2026-12-05
     */
    public record Result(int cutLines, int documents, Score year, Score province, Score type,
                         List<String> notEvaluable, List<Miss> misses, Map<String, Integer> typeConfusion,
                         Part tuning, Part heldBack) {

        public void print(PrintStream out) {
            out.printf("understanding eval: %d documents, first %d lines cut, %d not evaluable (nothing left)%n",
                    documents, cutLines, notEvaluable.size());
            out.println("  year     " + year.format());
            out.println("  province " + province.format());
            out.println("  type     " + type.format());
            if (heldBack.documents() == 0) {
                out.println("  held-back split: none of these texts is on the held-back list (understand/"
                        + HeldBack.RESOURCE + "), so no split");
            } else {
                out.println("  tuning set (the rules were tuned on these): " + tuning.format());
                out.println("  held back (kept out of tuning since 2026-12-05; tuned on before): " + heldBack.format());
            }
            out.println("  type confusion (label → read): " + typeConfusion);
            notEvaluable.forEach(u -> out.println("  not evaluable " + u + (HeldBack.contains(u) ? " (held back)" : "")));
            misses.forEach(m -> out.println("  miss " + m.url() + ": " + m.field() + " " + m.got() + " not " + m.want()
                    + (m.heldBack() ? " (held back)" : "") + (m.why().isEmpty() ? "" : " " + m.why())));
        }
    }

    /** Cuts the first {@code lines} lines off a text. */
    public static String cut(String text, int lines) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines; i++) {
            int nl = t.indexOf('\n');
            t = nl < 0 ? "" : t.substring(nl + 1);
        }
        return t;
    }

    /** Counts of one set of texts: documents, right/labelled per field, not evaluable. */
    private static final class Tally {
        int documents;
        int notEvaluable;
        final int[] year = new int[2];
        final int[] province = new int[2];
        final int[] type = new int[2];

        Score score(int[] n) {
            return new Score(n[0], n[1], notEvaluable);
        }

        Part part() {
            return new Part(documents, score(year), score(province), score(type));
        }
    }

    /** Counts a field's outcome in the whole corpus and in the text's part. */
    private static void count(List<Tally> tallies, Function<Tally, int[]> field, boolean right) {
        for (Tally t : tallies) {
            int[] n = field.apply(t);
            n[1]++;
            if (right) {
                n[0]++;
            }
        }
    }

    /**
     * Reads each labelled source without its labels (and without its first {@code cutLines} lines);
     * the figures are given over all texts and apart for the tuning set and the held-back texts.
     */
    public static Result run(List<Source> labelled, int cutLines) {
        Tally all = new Tally();
        Tally tuning = new Tally();
        Tally held = new Tally();
        List<String> notEvaluable = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        Map<String, Integer> confusion = new TreeMap<>();
        for (Source s : labelled) {
            boolean heldBack = HeldBack.contains(s.url());
            List<Tally> tallies = List.of(all, heldBack ? held : tuning);
            tallies.forEach(t -> t.documents++);
            String text = cut(s.text(), cutLines);
            if (text.isBlank()) {
                notEvaluable.add(s.url());
                tallies.forEach(t -> t.notEvaluable++);
                continue;
            }
            Report r = ReportReader.read(Source.of(s.url(), text));
            if (s.year() != null) {
                boolean right = s.year().equals(r.year());
                count(tallies, t -> t.year, right);
                if (!right) {
                    var ev = r.understanding().yearEvidence();
                    misses.add(new Miss(s.url(), "year", s.year().toString(), String.valueOf(r.year()),
                            ev.subList(0, Math.min(2, ev.size())).stream()
                                    .map(e -> e.rule() + " '" + e.quote() + "' → " + e.says()).toList().toString(),
                            heldBack));
                }
            }
            if (s.region() != null && s.region().known()) {
                boolean right = s.region().province().equals(r.region().province());
                count(tallies, t -> t.province, right);
                if (!right) {
                    misses.add(new Miss(s.url(), "province", s.region().province(),
                            String.valueOf(r.region().province()), "", heldBack));
                }
            }
            if (s.docType() != null) {
                boolean right = s.docType().equals(r.docType());
                count(tallies, t -> t.type, right);
                confusion.merge(s.docType() + " → " + r.docType(), 1, Integer::sum);
                if (!right) {
                    misses.add(new Miss(s.url(), "type", s.docType(), String.valueOf(r.docType()), "", heldBack));
                }
            }
        }
        Part whole = all.part();
        return new Result(cutLines, labelled.size(), whole.year(), whole.province(), whole.type(), notEvaluable, misses,
                confusion, tuning.part(), held.part());
    }

    /**
     * The labelled texts of a folder: its {@code manifest.tsv} (columns found by header: file, year,
     * region, doc_type; region "全国 (…)" is national) and the UTF-8 files it lists.
     */
    public static List<Source> load(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.tsv");
        if (!Files.isRegularFile(manifest)) {
            throw new IOException("no manifest.tsv in " + dir);
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> columns = List.of(lines.get(0).replace("\uFEFF", "").split("\t", -1));
        int file = columns.indexOf("file");
        if (file < 0) {
            throw new IOException("manifest.tsv has no 'file' column");
        }
        int year = columns.indexOf("year");
        int region = columns.indexOf("region");
        int type = columns.indexOf("doc_type");
        List<Source> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String name = cell(f, file);
            if (name == null) {
                continue;
            }
            String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8).replace("\uFEFF", "");
            String y = cell(f, year);
            String t = cell(f, type);
            out.add(new Source(name, text, null, null, y != null && y.matches("\\d{4}") ? Integer.valueOf(y) : null,
                    region(cell(f, region)), t == null ? null : DOC_TYPES.getOrDefault(t, t)));
        }
        return out;
    }

    /** A manifest's region label: "全国 (State Council)" is national; 河南省, 漯河市, 舞阳县 are looked up. */
    static Region region(String label) {
        if (label == null) {
            return null;
        }
        String name = label.replaceAll("\\s*[（(].*$", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        if (name.equals(Region.NATIONAL)) {
            return Region.NATIONWIDE;
        }
        return Gazetteer.get().lookup(name).orElse(Region.province(name));
    }

    private static String cell(String[] cells, int i) {
        return i < 0 || i >= cells.length || cells[i].isBlank() ? null : cells[i].strip();
    }
}
