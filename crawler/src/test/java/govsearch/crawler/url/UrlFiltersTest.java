package govsearch.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.url.UrlFilter.Link;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One specification per filter, then the default chain. */
class UrlFiltersTest {

    static Link link(String url) {
        return new Link(null, url, 1);
    }

    @Test
    void normalFormLowersTheHostAndDropsFragmentTrackingDefaultPortAndDefaultDocument() {
        assertThat(UrlNormalizer.normalize("HTTP://WWW.Gov.CN:80/zwgk/index.html?utm_source=wx&id=7&spm=a.b&from=timeline#p2"))
                .isEqualTo("http://www.gov.cn/zwgk/?id=7");
        assertThat(UrlNormalizer.normalize("https://a.gov.cn:443")).isEqualTo("https://a.gov.cn/");
        assertThat(UrlNormalizer.normalize("https://a.gov.cn/x/Default.htm")).isEqualTo("https://a.gov.cn/x/");
    }

    @Test
    void normalFormSortsTheQueryAndKeepsOtherPortsAndPaths() {
        assertThat(UrlNormalizer.normalize("http://a.gov.cn:8080/a/./b/../c.html?b=2&a=1"))
                .isEqualTo("http://a.gov.cn:8080/a/c.html?a=1&b=2");
    }

    @Test
    void normalFormEscapesChineseAndSpacesAndRefusesWhatIsNoWebAddress() {
        assertThat(UrlNormalizer.normalize("http://a.gov.cn/报告 1.html")).isEqualTo("http://a.gov.cn/%E6%8A%A5%E5%91%8A%201.html");
        assertThat(UrlNormalizer.normalize("javascript:void(0)")).isNull();
        assertThat(UrlNormalizer.normalize("/relative.html")).isNull();
        assertThat(UrlNormalizer.normalize("http://")).isNull();
    }

    @Test
    void schemeFilterKeepsHttpAndHttpsOnly() {
        SchemeFilter f = new SchemeFilter();
        assertThat(f.filter(link("https://a.gov.cn/"))).isNotNull();
        assertThat(f.filter(link("mailto:x@a.gov.cn"))).isNull();
        assertThat(f.filter(link("ftp://a.gov.cn/x.doc"))).isNull();
    }

    @Test
    void hostFilterKeepsTheGivenHostsOnly() {
        HostFilter f = new HostFilter(Set.of("www.gov.cn"));
        assertThat(f.filter(link("http://www.gov.cn/a.html"))).isNotNull();
        assertThat(f.filter(link("http://evil.example.org/a.html"))).isNull();
    }

    @Test
    void patternFiltersIncludeAndExclude() throws Exception {
        assertThat(PatternFilter.include(UrlPattern.compile("/zwgk/")).filter(link("http://a.cn/zwgk/1.html"))).isNotNull();
        assertThat(PatternFilter.include(UrlPattern.compile("/zwgk/")).filter(link("http://a.cn/news/1.html"))).isNull();
        assertThat(PatternFilter.exclude(UrlPattern.compile("\\.pdf$")).filter(link("http://a.cn/1.pdf"))).isNull();
    }

    @Test
    void depthFilterDropsLinksBeyondTheDepth() {
        assertThat(new DepthFilter(1).filter(new Link(null, "http://a.cn/", 1))).isNotNull();
        assertThat(new DepthFilter(1).filter(new Link(null, "http://a.cn/", 2))).isNull();
    }

    @Test
    void trapFilterDropsLongUrlsParameterExplosionsAndRepeatingPaths() {
        assertThat(TrapFilter.DEFAULT.filter(link("http://a.cn/" + "x".repeat(1100)))).isNull();
        assertThat(TrapFilter.DEFAULT.filter(link("http://a.cn/?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9"))).isNull();
        assertThat(TrapFilter.DEFAULT.filter(link("http://a.cn/news/news/news/1.html"))).isNull();
        assertThat(TrapFilter.DEFAULT.filter(link("http://a.cn/2021/2021/1.html"))).isNotNull();
    }

    @Test
    void theDefaultChainNormalisesThenFilters() throws Exception {
        UrlFilters chain = UrlFilters.defaults(Set.of("a.gov.cn"), 3, null, UrlPattern.compile("/private/"));
        assertThat(chain.filter(link("HTTP://A.GOV.CN/x/index.html?utm_medium=1#top"))).isEqualTo("http://a.gov.cn/x/");
        assertThat(chain.filter(link("http://a.gov.cn/private/1.html"))).isNull();
        assertThat(chain.filter(link("http://b.gov.cn/1.html"))).isNull();
        assertThat(UrlFilters.defaults(null, 3, null, null).filter(link("http://b.gov.cn/1.html"))).isNotNull();
    }
}
