package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.crawl.Crawl;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.index.lucene.LuceneReportIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's state outlives the server: stopped with one job running and one queued, the service
 * writes both down as interrupted, and the next server (a new {@link CrawlJobs} on the same data
 * directory) lists them so, beside the job that had ended.
 */
class CrawlJobsRestartTest {

    @TempDir
    Path data;

    static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void jobsThatHadNotEndedReadBackAsInterruptedAfterARestart() throws Exception {
        try (HostileSite endless = new HostileSite(null);
             LuceneReportIndex index = LuceneReportIndex.open(DataDir.index(data))) {
            AddressPolicy policy = new LoopbackSitesPolicy(AddressPolicy.strict(Set.of()), Set.of("localhost:" + endless.port()));
            Crawl.Options options = Crawl.Options.of(List.of(endless.url("/"))).withDelay(Duration.ZERO).withMaxPages(10_000);

            CrawlJobs before = new CrawlJobs(index, data, policy, JSON);
            CrawlJobs.Job cancelled = before.start(options);
            CrawlJobs.Job running = before.start(options);
            CrawlJobs.Job queued = before.start(options);
            before.cancel(cancelled.id);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while ((running.state != CrawlJobs.State.running || running.progress.fetched() < 2)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(running.state).isEqualTo(CrawlJobs.State.running);
            assertThat(queued.state).isEqualTo(CrawlJobs.State.queued);

            before.shutdown();

            CrawlJobs after = new CrawlJobs(index, data, policy, JSON);
            CrawlJobs.View wasRunning = after.job(running.id).orElseThrow().view();
            assertThat(wasRunning.state()).isEqualTo(CrawlJobs.State.interrupted);
            assertThat(wasRunning.error()).isEqualTo("the server stopped while the job was running");
            assertThat(wasRunning.seeds()).containsExactly(endless.url("/"));
            assertThat(wasRunning.fetched()).isGreaterThanOrEqualTo(2);
            assertThat(after.job(queued.id).orElseThrow().view().state()).isEqualTo(CrawlJobs.State.interrupted);
            assertThat(after.job(cancelled.id).orElseThrow().view().state()).isEqualTo(CrawlJobs.State.cancelled);
            assertThat(Files.readString(DataDir.crawlJob(data, running.id).resolve("job.json"))).contains("\"interrupted\"");
            after.shutdown();
        }
    }
}
