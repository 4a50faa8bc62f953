package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 3: a 0.9 GB sitemap in a few megabytes of gzip took the CLI crawl to 1.16 GB of
 * RSS, and at -Xmx256m to an OutOfMemoryError and a hang. Now {@code govsearch crawl}, run as a
 * user runs it (a child JVM at -Xmx512m), ends with the reason, exit 1, and its peak RSS stays
 * under 600 MB.
 */
class SitemapBombCrawlTest {

    static final int URLS = 20_000_000;

    @TempDir
    Path tmp;

    @Test
    void theCrawlOfASitemapBombEndsWithTheReasonUnder600MegabytesOfRss() throws Exception {
        Path bomb = HostileSite.writeSitemapBomb(tmp.resolve("sitemap.xml.gz"), URLS);
        assertThat(HostileSite.sitemapBombXmlBytes(URLS)).as("XML inside").isGreaterThan(850L << 20);
        assertThat(Files.size(bomb)).as("gzip sent").isLessThan(5L << 20);

        Path output = tmp.resolve("crawl.txt");
        try (HostileSite site = new HostileSite(bomb)) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    PeakMemory.class.getName(), GovSearch.class.getName(),
                    "crawl", site.url("/"), "--data", tmp.resolve("data").toString(), "--delay-ms", "0",
                    "--max-pages", "20"));
            Process crawl = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = crawl.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                crawl.destroyForcibly().waitFor();
            }
            String printed = Files.readString(output);
            assertThat(ended).as("the crawl ended (no hang):\n" + printed).isTrue();
            assertThat(crawl.exitValue()).as(printed).isEqualTo(1);
            assertThat(printed).contains("govsearch: crawl failed: sitemap " + site.url("/sitemap.xml"))
                    .contains("expands past 50 MB once decoded").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
            Matcher peak = Pattern.compile("peak-rss-kb=(\\d+)").matcher(printed);
            assertThat(peak.find()).as(printed).isTrue();
            long peakMb = Long.parseLong(peak.group(1)) >> 10;
            System.out.printf("sitemap bomb: %d MB gzip, %d MB XML; crawl peak RSS %d MB at -Xmx512m%n",
                    Files.size(bomb) >> 20, HostileSite.sitemapBombXmlBytes(URLS) >> 20, peakMb);
            assertThat(peakMb).as("peak RSS in MB").isLessThan(600);
            assertThat(site.counts()).containsEntry("/sitemap.xml", 1).doesNotContainKey("/r/1.html");
        }
    }
}
