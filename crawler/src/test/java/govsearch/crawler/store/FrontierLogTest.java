package govsearch.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierLogTest {

    @TempDir
    Path tmp;

    @Test
    void replayGivesBackWhatIsQueuedStoredAndFailed() throws Exception {
        Path file = tmp.resolve("frontier.log");
        try (FrontierLog log = FrontierLog.open(file)) {
            log.append(List.of(FrontierLog.queued("http://a.cn/", 0, 0), FrontierLog.queued("http://a.cn/1", 1, 0),
                    FrontierLog.queued("http://a.cn/2", 1, 0)));
            log.append(List.of(FrontierLog.stored("http://a.cn/", 1234), FrontierLog.failed("http://a.cn/2", "HTTP\t404\n")));
        }
        try (FrontierLog log = FrontierLog.open(file)) {
            FrontierLog.State s = log.state();
            assertThat(s.queued()).containsOnlyKeys("http://a.cn/", "http://a.cn/1", "http://a.cn/2");
            assertThat(s.done("http://a.cn/")).isTrue();
            assertThat(s.done("http://a.cn/1")).isFalse();
            assertThat(s.failed()).containsEntry("http://a.cn/2", "HTTP 404 ");
            assertThat(s.warcEnd()).isEqualTo(1234);
        }
    }

    @Test
    void aLineTornByAKillIsCutAndTheRestKept() throws Exception {
        Path file = tmp.resolve("frontier.log");
        try (FrontierLog log = FrontierLog.open(file)) {
            log.append(List.of(FrontierLog.queued("http://a.cn/", 0, 0), FrontierLog.stored("http://a.cn/", 99)));
        }
        Files.write(file, "S\t5000\thttp://a.cn/1".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        try (FrontierLog log = FrontierLog.open(file)) {
            assertThat(log.state().warcEnd()).isEqualTo(99);
            log.append(List.of(FrontierLog.queued("http://a.cn/3", 1, 0)));
        }
        assertThat(Files.readAllLines(file)).containsExactly("Q\t0\t0\thttp://a.cn/", "S\t99\thttp://a.cn/", "Q\t1\t0\thttp://a.cn/3");
    }
}
