package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import govsearch.index.QuerySyntax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during indexing, simulated with a Lucene FilterDirectory whose outputs
 * throw IOException("No space left on device") once a byte budget is spent (no tmpfs needed):
 * the import fails with that message, and the last commit survives intact.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    /** Every output shares one budget of bytes; past it, writes fail as on a full disk. */
    static final class FullDisk extends FilterDirectory {
        final AtomicLong left = new AtomicLong(Long.MAX_VALUE);

        FullDisk(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new Budgeted(in.createOutput(name, context));
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            return new Budgeted(in.createTempOutput(prefix, suffix, context));
        }

        final class Budgeted extends org.apache.lucene.store.FilterIndexOutput {
            Budgeted(IndexOutput out) {
                super("full disk " + out, out.getName(), out);
            }

            private void spend(long n) throws IOException {
                if (left.addAndGet(-n) < 0) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void writeByte(byte b) throws IOException {
                spend(1);
                out.writeByte(b);
            }

            @Override
            public void writeBytes(byte[] b, int offset, int length) throws IOException {
                spend(length);
                out.writeBytes(b, offset, length);
            }
        }
    }

    @Test
    void aFullDiskFailsTheImportClearlyAndKeepsTheLastCommit() throws Exception {
        FullDisk disk = new FullDisk(FSDirectory.open(dir));
        LuceneReportIndex index = LuceneReportIndex.open(disk);
        index.add(List.of(LuceneReportIndexTest.NATIONAL));
        index.commit();
        assertThat(index.size()).isEqualTo(1);

        disk.left.set(4096);
        Throwable failure = catchThrowable(() -> {
            index.add(List.of(LuceneReportIndexTest.GUANGXI, LuceneReportIndexTest.COUNTY));
            index.commit();
        });
        assertThat(failure).isInstanceOf(IOException.class);
        assertThat(messages(failure)).contains("No space left on device");
        try {
            index.close();
        } catch (IOException | RuntimeException alsoFull) {
            // closing may itself hit the full disk; the commit on disk is what matters
        }

        try (Directory plain = FSDirectory.open(dir); CheckIndex check = new CheckIndex(plain)) {
            assertThat(check.checkIndex().clean).as("the index on disk is intact").isTrue();
        }
        try (LuceneReportIndex reopened = LuceneReportIndex.open(dir)) {
            assertThat(reopened.size()).as("the last commit, no more, no less").isEqualTo(1);
            assertThat(reopened.contains(LuceneReportIndexTest.NATIONAL.id())).isTrue();
            assertThat(reopened.search(QuerySyntax.parse("小康", null, null, null, 0, 10)).total()).isPositive();
            reopened.add(List.of(LuceneReportIndexTest.GUANGXI));
            reopened.commit();
            assertThat(reopened.size()).as("with space again, indexing resumes").isEqualTo(2);
        }
    }

    static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
