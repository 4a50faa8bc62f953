package govsearch.api;

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
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

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
                            @Value("${govsearch.query-timeout:10s}") java.time.Duration queryTimeout) throws IOException {
        Files.createDirectories(data);
        LuceneReportIndex index = LuceneReportIndex.open(DataDir.index(data)).queryTimeout(queryTimeout);
        try {
            if (bundled && index.size() == 0) {
                log.info("Empty index in {}: indexing the bundled sample corpus", data.toAbsolutePath());
                BundledCorpus.importInto(index);
            }
            log.info("{} reports searchable", index.size());
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Lucene blocks; its work runs here, never on the Netty event loop. */
    @Bean(destroyMethod = "dispose")
    Scheduler indexScheduler() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        return Schedulers.newBoundedElastic(threads * 2, 1000, "index");
    }
}
