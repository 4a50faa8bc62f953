package govsearch.index.lucene;

import govsearch.index.ReportIndex;
import govsearch.index.ReportIndexContract;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded Lucene index. */
class LuceneReportIndexTest extends ReportIndexContract {

    @TempDir
    Path temp;
    private int created;
    private Path dir;

    @Override
    protected ReportIndex create() throws IOException {
        dir = temp.resolve("index" + created++);
        return LuceneReportIndex.open(dir);
    }

    @Override
    protected ReportIndex reopen() throws IOException {
        return LuceneReportIndex.open(dir);
    }
}
