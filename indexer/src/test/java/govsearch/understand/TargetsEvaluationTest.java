package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.report.SectionTree;
import govsearch.understand.Targets.Target;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Reads the targets of the bundled reports and compares them with labels read by hand from the
 * same texts (the TSV files beside this class say how): the national GDP targets 1990–2025 and the
 * GDP and surveyed unemployment targets of the 31 provincial reports of 2025.
 */
class TargetsEvaluationTest {

    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../corpus"));

    /** A hand label: what a report's text sets for an indicator, or none. */
    record Label(String file, String indicator, Double low, Double high, String qualifier, String quote) {
        boolean none() {
            return quote == null;
        }

        boolean matches(Target t) {
            if (t == null) {
                return none();
            }
            return !none() && Objects.equals(low, t.low()) && Objects.equals(high, t.high()) && Objects.equals(qualifier, t.qualifier());
        }
    }

    @Test
    void nationalGdpTargets1990To2025AreReadRight() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("national")), "no corpus at " + CORPUS.toAbsolutePath());
        List<Label> labels = new ArrayList<>();
        for (String[] f : rows("national-gdp-targets.tsv")) {
            labels.add(f[1].equals("none") ? new Label("national-" + f[0] + ".txt", "gdp_growth", null, null, null, null)
                    : new Label("national-" + f[0] + ".txt", "gdp_growth", number(f[1]), number(f[2]), blank(f[3]), f[4]));
        }
        assertThat(labels).hasSize(36);
        double accuracy = accuracy(labels, "national");
        System.out.printf("national gdp_growth targets 1990-2025: %.1f%% right%n", accuracy * 100);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void provincialGdpAndUnemploymentTargetsOf2025AreReadRight() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("provincial-2025")), "no corpus at " + CORPUS.toAbsolutePath());
        List<Label> labels = new ArrayList<>();
        for (String[] f : rows("provincial-2025-targets.tsv")) {
            labels.add(f[2].equals("none") ? new Label(f[0], f[1], null, null, null, null)
                    : new Label(f[0], f[1], number(f[2]), number(f[3]), blank(f[4]), f[5]));
        }
        assertThat(labels).hasSize(62);
        double accuracy = accuracy(labels, "provincial-2025");
        System.out.printf("provincial 2025 gdp_growth and unemployment_surveyed targets: %.1f%% right%n", accuracy * 100);
        assertThat(accuracy).isEqualTo(1.0);
    }

    private static double accuracy(List<Label> labels, String folder) throws IOException {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Label label : labels) {
            String text = Files.readString(CORPUS.resolve(folder).resolve(label.file())).replace("\r\n", "\n").strip();
            if (!label.none()) {
                assertThat(text).as("the label's quote is in " + label.file()).contains(label.quote());
            }
            Target read = Targets.read(SectionTree.parse("r", text), 2025).stream()
                    .filter(t -> t.kind().equals(Targets.TARGET) && t.indicator().equals(label.indicator()))
                    .findFirst().orElse(null);
            if (label.matches(read)) {
                right++;
            } else {
                wrong.add(label + " read " + read);
            }
        }
        wrong.forEach(w -> System.out.println("wrong: " + w));
        return right / (double) labels.size();
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TargetsEvaluationTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static Double number(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
