package govsearch.api;

import govsearch.elasticsearch.ElasticsearchConfig;
import govsearch.elasticsearch.ElasticsearchReportIndex;
import govsearch.index.BackendUnavailable;
import govsearch.index.ReportIndex;
import govsearch.index.lucene.LuceneReportIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IndexConfig {

    private static final Logger log = LoggerFactory.getLogger(IndexConfig.class);

    /**
     * The embedded index under the data directory. On an empty one, the bundled sample corpus is
     * indexed before the server takes requests, so the first search already finds reports.
     */
    @Bean(destroyMethod = "close")
    ReportIndex reportIndex(@Value("${govsearch.data:./data}") Path data,
                            @Value("${govsearch.bundled-corpus:true}") boolean bundled,
                            @Value("${govsearch.backend:lucene}") String backend,
                            @Value("${govsearch.elasticsearch.url:http://localhost:9200}") String esUrl,
                            @Value("${govsearch.elasticsearch.username:}") String esUser,
                            @Value("${govsearch.elasticsearch.password:}") String esPassword,
                            @Value("${govsearch.elasticsearch.api-key:}") String esApiKey,
                            @Value("${govsearch.elasticsearch.ca-certificate:}") String esCa,
                            @Value("${govsearch.elasticsearch.index-prefix:govsearch}") String esPrefix,
                            @Value("${govsearch.elasticsearch.bulk-concurrency:2}") int esConcurrency,
                            @Value("${govsearch.elasticsearch.shards:1}") int esShards,
                            @Value("${govsearch.elasticsearch.replicas:0}") int esReplicas,
                            @Value("${govsearch.query-timeout:10s}") java.time.Duration queryTimeout) throws IOException {
        ReportIndex index;
        switch (backend.strip()) {
            case Backends.LUCENE -> {
                Files.createDirectories(data);
                index = LuceneReportIndex.open(DataDir.index(data)).queryTimeout(queryTimeout);
            }
            case Backends.ELASTICSEARCH -> {
                ElasticsearchConfig es = Backends.elasticsearch(esUrl, esUser, esPassword, esApiKey, esCa, esPrefix, esConcurrency,
                        esShards, esReplicas);
                index = ElasticsearchReportIndex.connect(es);
                log.info("Elasticsearch backend at {} (alias {})", es.url(), es.alias());
            }
            default -> throw new IllegalArgumentException(
                    "govsearch.backend must be lucene or elasticsearch, got '" + backend + "'");
        }
        try {
            if (bundled && emptyOrAway(index)) {
                log.info("Empty index in {}: indexing the bundled sample corpus", data.toAbsolutePath());
                BundledCorpus.importInto(index);
            }
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Whether the index is empty; false (and a warning) when its cluster cannot be reached now. */
    private static boolean emptyOrAway(ReportIndex index) throws IOException {
        try {
            int n = index.size();
            log.info("{} reports searchable", n);
            return n == 0;
        } catch (BackendUnavailable e) {
            log.warn("The index cannot be reached ({}); the API answers 503 until it can", e.getMessage());
            return false;
        }
    }
}
