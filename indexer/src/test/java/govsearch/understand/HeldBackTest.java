package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The held-back split is the quarter of the bundled corpus its rule chooses, and nothing else. */
class HeldBackTest {

    private static List<String> manifestFiles() throws IOException {
        assumeTrue(Files.isRegularFile(Corpus.dir().resolve("manifest.tsv")), "no corpus at " + Corpus.dir().toAbsolutePath());
        // The manifest's first column (file); the texts themselves are not needed.
        return Files.readAllLines(Corpus.dir().resolve("manifest.tsv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf('\t'))).toList();
    }

    @Test
    void theListIsExactlyTheTextsTheHashRuleChooses() throws IOException {
        List<String> files = manifestFiles();
        List<String> chosen = files.stream().filter(f -> HeldBack.chosen(HeldBack.id(f))).toList();

        assertThat(HeldBack.files()).containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(files).hasSize(123);
        assertThat(chosen).as("about a quarter").hasSize(31);
    }

    @Test
    void everyKindOfReportHasTextsOnBothSides() throws IOException {
        for (String folder : List.of("national/", "npc-resolutions/", "party-congress/", "provincial-2025/")) {
            List<String> kind = manifestFiles().stream().filter(f -> f.startsWith(folder)).toList();
            assertThat(kind).as(folder).anyMatch(HeldBack::contains).anyMatch(f -> !HeldBack.contains(f));
        }
    }

    /**
     * Worked out with {@code printf %s national-1954 | sha256sum}, not with this code: 59fae96e5c9f4488…,
     * first 8 bytes end in 0x88 (136, divisible by 4); national-1955 gives 16716b20eac04722…, 0x22 (34, not).
     */
    @Test
    void theRuleHashesTheIdAndKeepsThoseDivisibleByFour() {
        assertThat(HeldBack.chosen("national-1954")).isTrue();
        assertThat(HeldBack.chosen("national-1955")).isFalse();
        assertThat(HeldBack.id("party-congress/cpc-congress-01-1921-2.txt")).isEqualTo("cpc-congress-01-1921-2");
        assertThat(HeldBack.id("national-1954")).isEqualTo("national-1954");
        assertThat(HeldBack.id("corpus/.profile")).as("a name that starts with its dot has no extension").isEqualTo(".profile");
    }

    @Test
    void aTextIsFoundByItsManifestPathUnderAnyFolder() {
        assertThat(HeldBack.contains("national/national-1954.txt")).isTrue();
        assertThat(HeldBack.contains("corpus/national/national-1954.txt")).as("the bundled corpus in the jar").isTrue();
        assertThat(HeldBack.contains("corpus\\national\\national-1954.txt")).isTrue();
        assertThat(HeldBack.contains("national/national-1955.txt")).isFalse();
        assertThat(HeldBack.contains("old-national/national-1954.txt")).as("a different file of the same name").isFalse();
    }
}
