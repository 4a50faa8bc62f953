package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Year, province and type of every file of the bundled corpus, read from the text alone (a
 * {@link Source} with url and text, no labels) and compared with {@code corpus/manifest.tsv}. Run twice:
 * on the whole text, and with the first four lines cut off (title, date line, signature), as issue 4
 * asks. Prints the accuracy, the misses and the confusion of types; the thresholds are the figures
 * measured when this test was written (docs/EVALUATION.md), less a little slack.
 */
class UnderstandingEvaluationTest {

    private static final Map<String, String> TYPES = Map.of(
            "government_work_report", "政府工作报告", "npc_resolution", "决议", "cpc_congress_report", "党代会报告");

    record Scores(int n, int year, int province, int type) {
        double of(int k) {
            return (double) k / n;
        }
    }

    @Test
    void wholeTexts() throws IOException {
        Scores s = evaluate(0);
        assertThat(s.of(s.year())).as("year").isGreaterThanOrEqualTo(0.95);
        assertThat(s.of(s.province())).as("province").isGreaterThanOrEqualTo(0.95);
        assertThat(s.of(s.type())).as("type").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void textsWithoutTheirFirstFourLines() throws IOException {
        Scores s = evaluate(4);
        assertThat(s.of(s.year())).as("year").isGreaterThanOrEqualTo(0.75);
        assertThat(s.of(s.province())).as("province").isGreaterThanOrEqualTo(0.83);
        assertThat(s.of(s.type())).as("type").isGreaterThanOrEqualTo(0.80);
    }

    private static Scores evaluate(int cutLines) throws IOException {
        Path manifest = Corpus.dir().resolve("manifest.tsv");
        assumeTrue(Files.isRegularFile(manifest), "no corpus at " + Corpus.dir().toAbsolutePath());
        List<String> lines = Files.readAllLines(manifest);
        int n = 0;
        int year = 0;
        int province = 0;
        int type = 0;
        List<String> misses = new ArrayList<>();
        Map<String, Integer> confusion = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String text = cut(Corpus.text(f[0]), cutLines);
            n++;
            if (text.isBlank()) {
                misses.add(f[0] + ": nothing left after cutting " + cutLines + " lines");
                confusion.merge(TYPES.get(f[5]) + " → (empty)", 1, Integer::sum);
                continue;
            }
            Report r = ReportReader.read(Source.of(f[0], text));
            String wantProvince = f[3].startsWith("全国") ? "全国" : f[3];
            String wantType = TYPES.get(f[5]);
            if (r.year() != null && r.year() == Integer.parseInt(f[2])) {
                year++;
            } else {
                misses.add(f[0] + ": year " + r.year() + " not " + f[2] + " " + r.understanding().yearEvidence()
                        .subList(0, Math.min(2, r.understanding().yearEvidence().size())));
            }
            if (wantProvince.equals(r.region().province())) {
                province++;
            } else {
                misses.add(f[0] + ": province " + r.region().province() + " not " + wantProvince);
            }
            if (wantType.equals(r.docType())) {
                type++;
            } else {
                misses.add(f[0] + ": type " + r.docType() + " not " + wantType);
            }
            confusion.merge(wantType + " → " + r.docType(), 1, Integer::sum);
        }
        System.out.printf("understanding, first %d lines cut: year %d/%d (%.1f%%), province %d/%d (%.1f%%), type %d/%d (%.1f%%)%n",
                cutLines, year, n, 100.0 * year / n, province, n, 100.0 * province / n, type, n, 100.0 * type / n);
        System.out.println("type confusion (label → read): " + confusion);
        misses.forEach(m -> System.out.println("  miss " + m));
        return new Scores(n, year, province, type);
    }

    private static String cut(String text, int lines) {
        String t = text.replace("\r\n", "\n");
        for (int i = 0; i < lines; i++) {
            int nl = t.indexOf('\n');
            t = nl < 0 ? "" : t.substring(nl + 1);
        }
        return t;
    }
}
