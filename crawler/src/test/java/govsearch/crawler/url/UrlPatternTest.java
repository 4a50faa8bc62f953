package govsearch.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** URL patterns run in linear time: issue 15's ReDoS pattern finishes, backtracking-only syntax is refused. */
class UrlPatternTest {

    /**
     * {@code ((a+)+)+b} against 30 a's held java.util.regex for minutes (×4 for each 2 more a's).
     * The preemptive timeout is a hang guard, not a speed claim: linear time answers at once, a
     * backtracking engine would not answer this side of the heat death.
     */
    @Test
    void nestedQuantifiersAgainstALongPathFinishAtOnce() throws Exception {
        UrlPattern redos = UrlPattern.compile("((a+)+)+b");
        String seed = "http://www.gov.cn/" + "a".repeat(30);
        String longer = "http://www.gov.cn/" + "a".repeat(100_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThat(redos.find(seed)).isFalse();
            assertThat(redos.find(longer)).isFalse();
            assertThat(redos.find(seed + "b")).isTrue();
        });
    }

    @Test
    void backreferencesAndLookaroundAreRefusedWithAReason() {
        for (String regex : new String[]{"(a)\\1", "/zwgk/(?=2024)", "(?<!gov)\\.cn", "(?!x)y", "a++"}) {
            assertThatThrownBy(() -> UrlPattern.compile(regex)).as(regex).isInstanceOf(UrlPattern.Invalid.class)
                    .hasMessageContaining("linear time").hasMessageContaining("without backreferences or lookaround");
        }
        assertThatThrownBy(() -> UrlPattern.compile("([")).isInstanceOf(UrlPattern.Invalid.class)
                .hasMessageContaining("not a regular expression");
    }

    @Test
    void everydayUrlPatternsWorkAsBefore() throws Exception {
        assertThat(UrlPattern.compile("/zwgk/|/xxgk/").find("http://www.hunan.gov.cn/xxgk/1.html")).isTrue();
        assertThat(UrlPattern.compile("\\.pdf$").find("http://a.cn/1.pdf?x")).isFalse();
        assertThat(UrlPattern.compile("(?i)GONGZUO").find("http://a.cn/gongzuo/")).isTrue();
        assertThat(UrlPattern.compile("/\\d{4}/t\\d+_\\d+\\.html").find("http://a.cn/2024/t20240301_123.html")).isTrue();
    }
}
