package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.QuerySyntax;
import govsearch.index.ReportIndexContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlushBufferTest {

    @TempDir
    Path dir;

    @Test
    void buffersWrittenAheadOfACommitAreSearchableOnlyAfterIt() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            Thread a = Thread.ofPlatform().start(() -> add(index, ReportIndexContract.NATIONAL));
            Thread b = Thread.ofPlatform().start(() -> add(index, ReportIndexContract.GUANGXI));
            a.join();
            b.join();
            assertThat(index.flushBuffer()).isTrue();
            while (index.flushBuffer()) {
                // the other thread's buffer, if it had one
            }
            assertThat(index.flushBuffer()).as("nothing left to write").isFalse();
            assertThat(index.size()).as("not committed yet").isZero();
            index.commit();
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.search(QuerySyntax.parse("\"成小康\"", null, null, null, null, null)).hits())
                    .singleElement().satisfies(h -> assertThat(h.snippet()).contains("<em>成小康</em>"));
        }
    }

    @Test
    void buffersWrittenButNotCommittedAreGoneAfterACrash() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(ReportIndexContract.NATIONAL));
            assertThat(index.flushBuffer()).isTrue();
        }
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            assertThat(index.size()).isZero();
        }
    }

    private static void add(LuceneReportIndex index, govsearch.report.Report report) {
        try {
            index.add(List.of(report));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
