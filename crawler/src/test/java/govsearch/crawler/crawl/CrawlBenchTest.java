package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlBenchTest {

    @TempDir
    Path tmp;

    @Test
    void theBenchReadsEveryPageIntoFourReportsAndFindsTheReposts() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<CrawlBench.Pass> passes = CrawlBench.run(40, tmp, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(passes).allSatisfy(p -> {
            assertThat(p.pages()).isEqualTo(40);
            // pages 9, 19, 29, 39 repost pages 4, 14, 24, 34: 4 pages × 4 reports again
            assertThat(p.reports()).isEqualTo(36 * 4);
            assertThat(p.duplicates()).isEqualTo(4 * 4);
            assertThat(p.pagesPerSecond()).isPositive();
        });
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("pages/s", "MB/s");
    }
}
