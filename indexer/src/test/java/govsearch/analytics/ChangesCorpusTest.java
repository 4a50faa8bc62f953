package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.analytics.Changes.Formulation;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Report;
import govsearch.testing.Corpus;
import govsearch.understand.Evaluation;
import govsearch.understand.ReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's "what changed since last year" on the whole bundled corpus: the national government
 * work report of 2025 against 2024's. 新质生产力 first appears in 2024's report, so in 2025 it is
 * continued — and continued as last year's new formulation; 房地产市场止跌回稳 is said first in 2025.
 */
class ChangesCorpusTest {

    @TempDir
    static Path dir;
    static LuceneReportIndex index;
    static List<Report> reports;

    @BeforeAll
    static void indexTheCorpus() throws Exception {
        assumeTrue(Files.isRegularFile(Corpus.dir().resolve("manifest.tsv")), "no corpus at " + Corpus.dir().toAbsolutePath());
        index = LuceneReportIndex.open(dir);
        reports = Evaluation.load(Corpus.dir()).stream().map(ReportReader::read).toList();
        index.add(reports);
        index.commit();
    }

    static Report national(int year) {
        return reports.stream().filter(r -> r.url().equals("national/national-" + year + ".txt")).findFirst().orElseThrow();
    }

    static Formulation find(List<Formulation> list, String text) {
        return list.stream().filter(f -> f.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void theNationalReportOf2025IsComparedWith2024s() throws Exception {
        Changes.Result r = Changes.of(index, national(2025));
        assertThat(r.previous()).isNotNull();
        assertThat(r.previous().id()).isEqualTo(national(2024).id());
        assertThat(r.previous().year()).isEqualTo(2024);
        assertThat(r.note()).isNull();
    }

    @Test
    void newQualityProductiveForcesAreContinuedFrom2024AsLastYearsNewFormulation() throws Exception {
        Changes.Result r = Changes.of(index, national(2025));
        Formulation f = find(r.continued(), "新质生产力");
        assertThat(f).as("新质生产力 among the continued").isNotNull();
        assertThat(f.newLastYear()).isTrue();
        assertThat(f.count()).isGreaterThanOrEqualTo(2);
        assertThat(f.lastYearCount()).isGreaterThanOrEqualTo(1);
        assertThat(f.sentence()).contains("新质生产力");
        assertThat(find(r.added(), "新质生产力")).isNull();
        assertThat(find(r.dropped(), "新质生产力")).isNull();
    }

    @Test
    void aFormulationFirstSaidIn2025IsNewToTheAuthorAndToTheCorpus() throws Exception {
        Changes.Result r = Changes.of(index, national(2025));
        Formulation f = find(r.added(), "房地产市场止跌回稳");
        assertThat(f).as("房地产市场止跌回稳 among the new").isNotNull();
        assertThat(f.firstForAuthor()).isTrue();
        assertThat(f.firstInCorpus()).isTrue();
        assertThat(f.sentence()).contains("房地产市场止跌回稳");
        assertThat(f.sectionId()).startsWith(national(2025).id() + "-");
        assertThat(r.addedTotal()).isGreaterThanOrEqualTo(r.added().size());
        // the first-ever formulations lead the list
        assertThat(r.added().getFirst().firstInCorpus()).isTrue();
    }

    @Test
    void aFormulationTheAuthorUsedBeforeButNotLastYearIsNewToTheAuthorOnlyIfNeverUsed() throws Exception {
        Changes.Result r = Changes.of(index, national(2025));
        for (Formulation f : r.added()) {
            if (f.firstInCorpus() != null) {
                assertThat(!f.firstInCorpus() || f.firstForAuthor()).as(f.text()).isTrue();
            }
            assertThat(Changes.text(national(2024))).as(f.text()).doesNotContain(f.text());
        }
        for (Formulation f : r.dropped()) {
            assertThat(Changes.text(national(2025))).as(f.text()).doesNotContain(f.text());
            assertThat(f.sectionId()).startsWith(national(2024).id() + "-");
        }
    }

    @Test
    void theOutlinesAreComparedHeadingByHeading() throws Exception {
        Outlines.Comparison o = Changes.of(index, national(2025)).outline();
        assertThat(o.current()).isNotEmpty();
        assertThat(o.previous()).isNotEmpty();
        // 一、2024年工作回顾 and 一、2023年工作回顾 are one heading a year on
        Outlines.Heading review = o.current().stream().filter(h -> h.title().contains("工作回顾")).findFirst().orElseThrow();
        assertThat(review.mark()).isEqualTo(Outlines.SAME);
        assertThat(o.previous()).anySatisfy(h -> assertThat(h.sectionId()).isEqualTo(review.match()));
        long added = o.current().stream().filter(h -> h.mark().equals(Outlines.ADDED)).count();
        assertThat(o.added()).isEqualTo(added);
    }

    @Test
    void aReportWithNoPredecessorSaysSo() throws Exception {
        // the bundled provincial reports are all of 2025: none has a 2024 report to compare with
        Report guangxi = reports.stream().filter(r -> r.url().equals("provincial-2025/guangxi-2025.txt")).findFirst().orElseThrow();
        Changes.Result r = Changes.of(index, guangxi);
        assertThat(r.previous()).isNull();
        assertThat(r.note()).contains("no report of 2024 by the same author");
        assertThat(r.added()).isEmpty();
        assertThat(r.dropped()).isEmpty();
        assertThat(r.outline()).isNull();
    }

    @Test
    void theFirstNationalReportHasNoPredecessor() throws Exception {
        Changes.Result r = Changes.of(index, national(1954));
        assertThat(r.previous()).isNull();
        assertThat(r.note()).contains("1953");
    }
}
