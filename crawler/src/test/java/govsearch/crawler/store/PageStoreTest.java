package govsearch.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.fetch.Fetched;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageStoreTest {

    @TempDir
    Path tmp;

    static Fetched page(String url, String body, boolean truncated) {
        return new Fetched(url, Instant.parse("2024-05-01T08:00:00Z"), Map.of("User-Agent", "govsearch-crawler/0.1"),
                200, Map.of("Content-Type", List.of("text/html; charset=gb2312"), "ETag", List.of("\"v1\""),
                "Transfer-Encoding", List.of("chunked")), body.getBytes(StandardCharsets.UTF_8), truncated, null);
    }

    @Test
    void pagesReadBackWithTheirHeadersAndBytes() throws Exception {
        Path warc = tmp.resolve("pages.warc");
        long end;
        try (PageStore store = PageStore.open(warc, 0)) {
            store.append(page("http://a.cn/1.html", "<p>一</p>", false));
            end = store.append(page("http://a.cn/2.html", "<p>二</p>", true));
        }
        List<Fetched> read = new ArrayList<>();
        PageStore.read(warc, end, read::add);

        assertThat(read).extracting(Fetched::url).containsExactly("http://a.cn/1.html", "http://a.cn/2.html");
        assertThat(new String(read.getFirst().body(), StandardCharsets.UTF_8)).isEqualTo("<p>一</p>");
        assertThat(read.getFirst().contentType()).isEqualTo("text/html; charset=gb2312");
        assertThat(read.getFirst().header("ETag")).isEqualTo("\"v1\"");
        assertThat(read.getFirst().truncated()).isFalse();
        assertThat(read.get(1).truncated()).isTrue();
        assertThat(Files.readString(warc, StandardCharsets.ISO_8859_1)).contains("WARC-Type: request", "WARC-Type: warcinfo");
    }

    @Test
    void whatLiesPastTheLastCommittedOffsetIsCutOnOpen() throws Exception {
        Path warc = tmp.resolve("pages.warc");
        long committed;
        try (PageStore store = PageStore.open(warc, 0)) {
            committed = store.append(page("http://a.cn/1.html", "<p>一</p>", false));
        }
        Files.write(warc, "WARC/1.1\r\nWARC-Type: respo".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        try (PageStore store = PageStore.open(warc, committed)) {
            store.append(page("http://a.cn/2.html", "<p>二</p>", false));
        }
        List<Fetched> read = new ArrayList<>();
        PageStore.read(warc, read::add);
        assertThat(read).extracting(Fetched::url).containsExactly("http://a.cn/1.html", "http://a.cn/2.html");
    }
}
