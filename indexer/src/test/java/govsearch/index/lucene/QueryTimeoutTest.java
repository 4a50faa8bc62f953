package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.index.QuerySyntax;
import govsearch.index.QueryCancelled;
import govsearch.index.QueryDeadline;
import govsearch.index.QueryTimedOut;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past the per-query time limit a search stops and says so, rather than answering partially. */
class QueryTimeoutTest {

    @TempDir
    Path dir;

    @Test
    void aTinyLimitStopsTheSearchWithAClearError() throws IOException {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(LuceneReportIndexTest.NATIONAL, LuceneReportIndexTest.GUANGXI, LuceneReportIndexTest.COUNTY));
            index.commit();
            assertThat(index.search(QuerySyntax.parse("小康", null, null, null, 0, 10)).total()).isPositive();

            index.queryTimeout(Duration.ofNanos(1));
            assertThatThrownBy(() -> index.search(QuerySyntax.parse("小康", null, null, null, 0, 10)))
                    .isInstanceOf(QueryTimedOut.class)
                    .hasMessageContaining("limit");
            assertThatThrownBy(() -> index.termByYear("小康", QuerySyntax.parse(null, null, null, null, 0, 1)))
                    .isInstanceOf(QueryTimedOut.class);

            index.queryTimeout(Duration.ofSeconds(30));
            assertThat(index.search(QuerySyntax.parse("小康", null, null, null, 0, 10)).total())
                    .as("the limit is per query; the next one runs normally").isPositive();
        }
    }

    @Test
    void aRequestsDeadlineCoversAllItsSearchesAndTheTimeBeforeThem() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(LuceneReportIndexTest.NATIONAL, LuceneReportIndexTest.GUANGXI));
            index.commit();
            // issue 15: each search of a ten-term trend got ten fresh seconds, and time in the queue
            // counted for nothing, so "query stopped" never fired
            QueryDeadline spentInTheQueue = QueryDeadline.after(Duration.ofMillis(1));
            Thread.sleep(5);
            assertThatThrownBy(() -> spentInTheQueue.run(() -> index.termByYear("小康", QuerySyntax.parse(null, null, null, null, 0, 1))))
                    .isInstanceOf(QueryTimedOut.class).hasMessageContaining("1 ms limit");

            QueryDeadline generous = QueryDeadline.after(Duration.ofMinutes(1));
            assertThat(generous.run(() -> index.search(QuerySyntax.parse("小康", null, null, null, 0, 10)).total())).isPositive();
        }
    }

    @Test
    void aCancelledRequestStopsAtItsNextSearch() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(LuceneReportIndexTest.NATIONAL, LuceneReportIndexTest.GUANGXI));
            index.commit();
            QueryDeadline clientLeft = QueryDeadline.after(Duration.ofMinutes(1));
            assertThat(clientLeft.run(() -> index.termByYear("小康", QuerySyntax.parse(null, null, null, null, 0, 1)))).isNotEmpty();
            clientLeft.cancel();
            assertThatThrownBy(() -> clientLeft.run(() -> index.termByYear("小康", QuerySyntax.parse(null, null, null, null, 0, 1))))
                    .isInstanceOf(QueryCancelled.class);
        }
    }
}
