package govsearch.elasticsearch;

import govsearch.index.ReportIndex;
import govsearch.index.StringCountsContract;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** The literal-count contract on a real Elasticsearch 9.x node. */
class ElasticsearchStringCountsTest extends StringCountsContract {

    private static final AtomicInteger INDICES = new AtomicInteger();

    @Override
    protected ReportIndex create() throws IOException {
        return ElasticsearchReportIndex.open(ElasticsearchConfig.of(TestNode.url()).withPrefix("strings" + INDICES.incrementAndGet()));
    }
}
