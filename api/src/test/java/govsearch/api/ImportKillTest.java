package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportList;
import govsearch.index.lucene.LuceneReportIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import killed with SIGKILL half way leaves a searchable index; running it again completes it, each report once. */
class ImportKillTest {

    @TempDir
    Path tmp;

    @Test
    void anImportKilledHalfWayIsCompletedByRunningItAgain() throws Exception {
        Path corpus = Path.of(System.getProperty("corpus.dir"));
        Path data = tmp.resolve("data");
        Path index = DataDir.index(data);

        Process first = Jvm.govsearch(tmp.resolve("first.txt"), "import", corpus.toString(), "--data", data.toString());
        int committed = waitForFirstCommit(index, first);
        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("killed before the import finished").isLessThan(123);

        try (LuceneReportIndex afterKill = LuceneReportIndex.open(index)) {
            assertThat(afterKill.size()).isGreaterThanOrEqualTo(committed).isLessThan(123);
        }

        Process second = Jvm.govsearch(tmp.resolve("second.txt"), "import", corpus.toString(), "--data", data.toString());
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(tmp.resolve("second.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("second.txt"))).contains("already indexed");

        try (LuceneReportIndex done = LuceneReportIndex.open(index)) {
            ReportList all = done.reports(0, 1000);
            Set<String> urls = new HashSet<>();
            all.reports().forEach(r -> assertThat(urls.add(r.url())).as("once: " + r.url()).isTrue());
            assertThat(all.total()).isEqualTo(123);
            assertThat(urls).hasSize(123);
        }
    }

    /** Polls the index from outside the importing process until a commit holds some reports. */
    private static int waitForFirstCommit(Path index, Process importer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && importer.isAlive()) {
            if (Files.isDirectory(index)) {
                try (FSDirectory dir = FSDirectory.open(index)) {
                    if (DirectoryReader.indexExists(dir)) {
                        try (DirectoryReader reader = DirectoryReader.open(dir)) {
                            if (reader.numDocs() > 0) {
                                return reader.docFreq(new org.apache.lucene.index.Term("first", "1"));
                            }
                        }
                    }
                } catch (java.io.IOException racingWithACommit) {
                    // a commit in progress; look again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import committed nothing before it ended");
    }
}
