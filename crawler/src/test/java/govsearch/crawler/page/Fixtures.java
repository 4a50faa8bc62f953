package govsearch.crawler.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The HTML fixtures in {@code src/test/resources/pages/}, kept as UTF-8 text and encoded as a test needs. */
final class Fixtures {

    static final Charset GBK = Charset.forName("GBK");

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(fixturePath(name))) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as GBK bytes, failing when a character has no GBK form (it would be a '?' otherwise). */
    static byte[] gbk(String html) {
        if (!GBK.newEncoder().canEncode(html)) {
            throw new IllegalArgumentException("not encodable in GBK");
        }
        return html.getBytes(GBK);
    }

    /** The report-template page is the one the crawler benchmark ships with; the other fixtures are test-only. */
    static String fixturePath(String name) {
        return name.equals("template-multi.html") ? "/govsearch/crawler/bench/template-multi.html" : "/pages/" + name;
    }
}
