package govsearch.importer;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.ReportId;
import govsearch.report.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {

    private static final String TEXT = """
            各位代表：
            现在，我代表内江市人民政府，向大会报告工作，请予审议。
            一、2023年工作回顾
            过去一年，内江全市地区生产总值增长6.5%。
            """;

    @TempDir
    Path dir;

    @Test
    void importingTheSameFilesAgainAddsNothing() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            Import.run(List.of(Source.of("a.txt", TEXT)).iterator(), index, List.of(), p -> { });
            Import.Summary again = Import.run(List.of(Source.of("a.txt", TEXT)).iterator(), index, List.of(), p -> { });
            assertThat(again.added()).isZero();
            assertThat(again.skipped()).isEqualTo(1);
            assertThat(again.relabelled()).isZero();
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void aManifestAddedLaterRelabelsReportsAlreadyIndexed() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            Import.run(List.of(Source.of("a.txt", TEXT)).iterator(), index, List.of(), p -> { });
            String id = ReportId.of("a.txt", TEXT.strip());
            assertThat(index.report(id)).get().extracting(Report::title).isEqualTo("内江市2024年政府工作报告");

            Source labelled = new Source("a.txt", TEXT, "内江市政府工作报告（2024年1月）", null, 2024,
                    new Region("四川省", "内江市", "东兴区"), "政府工作报告");
            Import.Summary relabel = Import.run(List.of(labelled).iterator(), index, List.of(), p -> { });

            assertThat(relabel.relabelled()).isEqualTo(1);
            assertThat(relabel.skipped()).isZero();
            assertThat(index.size()).isEqualTo(1);
            Report after = index.report(id).orElseThrow();
            assertThat(after.title()).isEqualTo("内江市政府工作报告（2024年1月）");
            assertThat(after.region().county()).isEqualTo("东兴区");
            assertThat(after.understanding().titleInferred()).isFalse();
        }
    }
}
