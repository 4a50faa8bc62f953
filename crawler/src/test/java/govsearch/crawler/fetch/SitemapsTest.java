package govsearch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Sitemaps of every kind read as streams, within the sitemap protocol's limits. */
class SitemapsTest {

    static final String URL = "http://www.hunan.gov.cn/sitemap.xml";

    static Fetched fetched(byte[] body, String type, String encoding) {
        Map<String, List<String>> headers = encoding == null ? Map.of("content-type", List.of(type))
                : Map.of("content-type", List.of(type), "content-encoding", List.of(encoding));
        return new Fetched(URL, Instant.now(), Map.of(), 200, headers, body, false, null);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static final String URLSET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>http://www.hunan.gov.cn/zwgk/2024/t1.html</loc><lastmod>2024-03-01</lastmod></url>
              <url><loc> http://www.hunan.gov.cn/zwgk/2024/t2.html?a=1&amp;b=2 </loc></url>
              <url><loc><![CDATA[http://www.hunan.gov.cn/zwgk/2024/t3.html]]></loc></url>
              <url><loc>javascript:alert(1)</loc></url>
            </urlset>
            """;

    @Test
    void aUrlsetListsItsPages() throws Exception {
        Sitemaps.Listed listed = Sitemaps.read(fetched(utf8(URLSET), "application/xml", null));
        assertThat(listed.pages()).containsExactly("http://www.hunan.gov.cn/zwgk/2024/t1.html",
                "http://www.hunan.gov.cn/zwgk/2024/t2.html?a=1&b=2", "http://www.hunan.gov.cn/zwgk/2024/t3.html");
        assertThat(listed.sitemaps()).isEmpty();
    }

    @Test
    void aSitemapIndexListsItsSitemaps() throws Exception {
        String index = """
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>http://www.hunan.gov.cn/sitemap-1.xml.gz</loc></sitemap>
                  <sitemap><loc>/sitemap-2.xml</loc></sitemap>
                </sitemapindex>""";
        Sitemaps.Listed listed = Sitemaps.read(fetched(utf8(index), "text/xml", null));
        assertThat(listed.sitemaps()).containsExactly("http://www.hunan.gov.cn/sitemap-1.xml.gz",
                "http://www.hunan.gov.cn/sitemap-2.xml");
        assertThat(listed.pages()).isEmpty();
    }

    @Test
    void gzipAsContentEncodingOrAsTheFileItselfIsUndone() throws Exception {
        List<String> expected = Sitemaps.read(fetched(utf8(URLSET), "application/xml", null)).pages();
        assertThat(Sitemaps.read(fetched(gzip(utf8(URLSET)), "application/xml", "gzip")).pages()).isEqualTo(expected);
        assertThat(Sitemaps.read(fetched(gzip(utf8(URLSET)), "application/x-gzip", null)).pages()).isEqualTo(expected);
    }

    @Test
    void rssAtomAndPlainTextListPages() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><link>http://www.hunan.gov.cn/</link>"
                + "<item><title>报告</title><link>http://www.hunan.gov.cn/r/1.html</link></item></channel></rss>";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link href=\"http://www.hunan.gov.cn/\"/>"
                + "<entry><link rel=\"alternate\" href=\"http://www.hunan.gov.cn/r/2.html\"/>"
                + "<link rel=\"enclosure\" href=\"http://www.hunan.gov.cn/r/2.mp3\"/></entry></feed>";
        String text = "\uFEFFhttp://www.hunan.gov.cn/r/3.html\r\nhttp://www.hunan.gov.cn/r/4.html\n\nnot a url\n";
        assertThat(Sitemaps.read(fetched(utf8(rss), "application/rss+xml", null)).pages())
                .containsExactly("http://www.hunan.gov.cn/r/1.html");
        assertThat(Sitemaps.read(fetched(utf8(atom), "application/atom+xml", null)).pages())
                .containsExactly("http://www.hunan.gov.cn/r/2.html");
        assertThat(Sitemaps.read(fetched(utf8(text), "text/plain", null)).pages())
                .contains("http://www.hunan.gov.cn/r/3.html", "http://www.hunan.gov.cn/r/4.html");
    }

    @Test
    void aBrokenSitemapListsWhatCameBeforeTheBreak() throws Exception {
        String broken = "<urlset><url><loc>http://www.hunan.gov.cn/r/1.html</loc></url><url><loc>http://www.hu";
        assertThat(Sitemaps.read(fetched(utf8(broken), "application/xml", null)).pages())
                .containsExactly("http://www.hunan.gov.cn/r/1.html");
        assertThat(Sitemaps.read(fetched(utf8("not gzip"), "application/xml", "gzip")).pages()).isEmpty();
    }

    /** No DTD is read: an external entity is never fetched nor its file read into a URL. */
    @Test
    void entitiesAndDtdsAreNotRead() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset><url><loc>http://www.hunan.gov.cn/&x;</loc></url></urlset>";
        Sitemaps.Listed listed = Sitemaps.read(fetched(utf8(xxe), "application/xml", null));
        assertThat(listed.pages()).noneMatch(p -> p.contains("root"));
    }

    /** Past the protocol's 50,000 URLs a site is broken, not hostile: the first 50,000 are kept, the rest counted. */
    @Test
    void ofMoreThanFiftyThousandUrlsTheFirstFiftyThousandAreKept() throws Exception {
        StringBuilder xml = new StringBuilder("<urlset>");
        for (int i = 0; i < 80_000; i++) {
            xml.append("<url><loc>http://www.hunan.gov.cn/r/").append(i).append(".html</loc></url>\n");
        }
        xml.append("</urlset>");
        Sitemaps.Listed listed = Sitemaps.read(fetched(gzip(utf8(xml.toString())), "application/xml", "gzip"));
        assertThat(listed.pages()).hasSize(Sitemaps.MAX_URLS).startsWith("http://www.hunan.gov.cn/r/0.html")
                .endsWith("http://www.hunan.gov.cn/r/49999.html");
        assertThat(listed.listed()).isEqualTo(80_000);
        assertThat(listed.cut()).isTrue();
        assertThat(Sitemaps.read(fetched(utf8(URLSET), "application/xml", null)).cut()).isFalse();
    }

    /** 60 MB of nothing inside one element: the decoding stops at 50 MB, whatever the parser is doing. */
    @Test
    void aSitemapThatExpandsPastFiftyMegabytesIsRefusedWithTheReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(utf8("<urlset><url><loc>"));
            byte[] spaces = utf8(" ".repeat(1 << 20));
            for (int i = 0; i < 60; i++) {
                gz.write(spaces);
            }
            gz.write(utf8("</loc></url></urlset>"));
        }
        assertThat(out.size()).isLessThan(200_000);
        assertThatThrownBy(() -> Sitemaps.read(fetched(out.toByteArray(), "application/xml", "gzip")))
                .isInstanceOf(Sitemaps.TooLarge.class).hasMessageContaining("expands past 50 MB");
        assertThatThrownBy(() -> Sitemaps.read(fetched(out.toByteArray(), "application/x-gzip", null)))
                .isInstanceOf(Sitemaps.TooLarge.class).hasMessageContaining("expands past 50 MB");
    }

    @Test
    void aTruncatedOrFailedFetchListsNothing() throws Exception {
        Fetched cut = new Fetched(URL, Instant.now(), Map.of(), 200, Map.of(), utf8(URLSET), true, null);
        Fetched missing = new Fetched(URL, Instant.now(), Map.of(), 404, Map.of(), utf8(URLSET), false, null);
        assertThat(Sitemaps.read(cut).pages()).isEmpty();
        assertThat(Sitemaps.read(missing).pages()).isEmpty();
    }
}
