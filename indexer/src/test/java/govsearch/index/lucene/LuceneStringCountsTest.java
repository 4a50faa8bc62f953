package govsearch.index.lucene;

import govsearch.index.ReportIndex;
import govsearch.index.StringCountsContract;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The literal-count contract on the embedded index, with chunks of 1,000 characters so every segment has several. */
class LuceneStringCountsTest extends StringCountsContract {

    @TempDir
    Path temp;
    private int created;

    @Override
    protected ReportIndex create() throws IOException {
        return LuceneReportIndex.open(org.apache.lucene.store.FSDirectory.open(temp.resolve("index" + created++)), 1000);
    }

    @org.junit.jupiter.api.Test
    void everyCommitLeavesEverySegmentWithItsSuffixArraysAndNoFileOfASegmentGone() throws IOException {
        Path dir = temp.resolve("files");
        try (LuceneReportIndex index = LuceneReportIndex.open(org.apache.lucene.store.FSDirectory.open(dir), 1000)) {
            for (int i = 0; i < 12; i++) {
                index.add(java.util.List.of(govsearch.index.ReportIndexContract.report("r" + i + ".txt", 2000 + i,
                        govsearch.report.Region.NATIONWIDE, "政府工作报告", "各位代表：\n一、工作\n稳中求进" + i + "。\n")));
                index.commit();
                org.assertj.core.api.Assertions.assertThat(index.stringsReady()).isTrue();
            }
            // Twelve one-report segments merge as commits go on: the merged-away segments' files are
            // deleted. A merge still running after the last commit may have built its own file.
            org.assertj.core.api.Assertions.assertThat(stringFiles(dir)).containsAll(committedSegmentFiles(dir));
        }
        try (LuceneReportIndex reopened = LuceneReportIndex.open(dir)) {
            org.assertj.core.api.Assertions.assertThat(reopened.stringsReady()).isTrue();
            org.assertj.core.api.Assertions.assertThat(stringFiles(dir)).containsExactlyInAnyOrderElementsOf(committedSegmentFiles(dir));
        }
    }

    private static java.util.List<String> stringFiles(Path dir) throws IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(StringIndex.PREFIX)).toList();
        }
    }

    private static java.util.List<String> committedSegmentFiles(Path dir) throws IOException {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            return reader.leaves().stream().map(l -> StringIndex.fileName(l.reader())).toList();
        }
    }
}
