package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.report.Evidence;
import govsearch.report.EvidenceRule;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.report.Understanding;
import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the report page names every rule of its evidence in Chinese (开头的日期, not
 * opening-date). The names live in {@link EvidenceRule}; these tests fail when a rule has no
 * Chinese name or when a reader gives evidence by a rule that is not one of them.
 */
class EvidenceRuleNamesTest {

    @Test
    void everyRuleHasItsOwnChineseName() {
        assertThat(EvidenceRule.values()).allSatisfy(r -> assertThat(r.chineseName())
                .as(r.id()).isNotBlank().doesNotContainPattern("[A-Za-z]").containsPattern("\\p{IsHan}"));
        assertThat(Arrays.stream(EvidenceRule.values()).map(EvidenceRule::chineseName)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(EvidenceRule.values()).map(EvidenceRule::id)).doesNotHaveDuplicates();
    }

    @Test
    void evidenceIsNamedByItsRule() {
        assertThat(new Evidence(EvidenceRule.OPENING_DATE, "2019年1月14日", 0, "2019", 1).ruleName()).isEqualTo("开头的日期");
        assertThat(new Evidence(EvidenceRule.PLAN_HEADING, "", -1, "2025", 1).rule()).isEqualTo("plan-heading");
        // an index written by a newer version may hold a rule this one does not know: its id, not an error
        assertThat(new Evidence("from-the-future", "", -1, "", 0).ruleName()).isEqualTo("from-the-future");
    }

    /** Every rule that fires on the bundled corpus, read whole and without its first lines, has a name. */
    @Test
    void everyRuleFiringOnTheBundledCorpusHasAName() throws IOException {
        assumeTrue(Files.isRegularFile(Corpus.dir().resolve("manifest.tsv")), "no corpus at " + Corpus.dir().toAbsolutePath());
        Map<String, Integer> fired = new TreeMap<>();
        for (Source s : Evaluation.load(Corpus.dir())) {
            for (int cut : List.of(0, Evaluation.CUT_LINES)) {
                String text = Evaluation.cut(s.text(), cut);
                if (text.isBlank()) {
                    continue;
                }
                Report r = ReportReader.read(Source.of(s.url(), text));
                Understanding u = r.understanding();
                Stream.of(u.yearEvidence(), u.regionEvidence(), u.typeEvidence(), u.levelEvidence(), u.titleEvidence())
                        .flatMap(List::stream).forEach(e -> fired.merge(e.rule(), 1, Integer::sum));
            }
        }
        assertThat(fired.keySet()).as("rules fired: %s", fired)
                .allSatisfy(id -> assertThat(EvidenceRule.of(id)).as(id).isPresent())
                .hasSizeGreaterThanOrEqualTo(19);
    }
}
