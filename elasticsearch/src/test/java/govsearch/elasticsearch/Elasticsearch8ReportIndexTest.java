package govsearch.elasticsearch;

/**
 * The whole contract, and the reindex by alias swap, on a real Elasticsearch 8.x node (8.19, in a
 * child JVM) through the same bundled 9.x client: one build serves 8.x and 9.x clusters.
 */
class Elasticsearch8ReportIndexTest extends ElasticsearchReportIndexTest {

    @Override
    String nodeUrl() {
        return Es8Node.url();
    }

    @Override
    String major() {
        return "8";
    }
}
