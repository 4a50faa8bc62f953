package govsearch.api;

import govsearch.elasticsearch.ElasticsearchConfig;
import govsearch.elasticsearch.ElasticsearchReportIndex;
import govsearch.index.ReportIndex;
import govsearch.index.lucene.LuceneReportIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the configured backend: the embedded Lucene index under DIR, or an Elasticsearch cluster. */
final class Backends {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";

    private Backends() {
    }

    /** For the commands: Elasticsearch when {@code es} is given, else the Lucene index in DIR/index. */
    static ReportIndex open(Path data, ElasticsearchConfig es) throws IOException {
        if (es != null) {
            return ElasticsearchReportIndex.open(es);
        }
        Files.createDirectories(data);
        return LuceneReportIndex.open(DataDir.index(data));
    }

    static ElasticsearchConfig elasticsearch(String url, String username, String password, String apiKey,
                                             String caCertificate, String prefix, int concurrency, int shards,
                                             int replicas) {
        return new ElasticsearchConfig(url, blankToNull(username), blankToNull(password), blankToNull(apiKey),
                blankToNull(caCertificate) == null ? null : Path.of(caCertificate), prefix, concurrency, shards, replicas);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
