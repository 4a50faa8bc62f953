package govsearch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A response body as the server encoded it, decoded back to the page, never past the cap. */
class ContentEncodingTest {

    static final byte[] PAGE = ("<html><head><meta charset=\"utf-8\"><title>2024年政府工作报告</title></head><body>"
            + "<p>各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。</p></body></html>").getBytes(StandardCharsets.UTF_8);

    @Test
    void gzipXGzipAndBothKindsOfDeflateDecodeToThePage() throws IOException {
        assertThat(ContentEncoding.decode(gzip(PAGE), "gzip", 1 << 20).bytes()).isEqualTo(PAGE);
        assertThat(ContentEncoding.decode(gzip(PAGE), "X-Gzip", 1 << 20).bytes()).isEqualTo(PAGE);
        assertThat(ContentEncoding.decode(deflate(PAGE, false), "deflate", 1 << 20).bytes()).as("zlib-wrapped").isEqualTo(PAGE);
        assertThat(ContentEncoding.decode(deflate(PAGE, true), "deflate", 1 << 20).bytes()).as("raw, as some servers send").isEqualTo(PAGE);
    }

    @Test
    void noEncodingOrIdentityIsTheBodyAsItCame() {
        assertThat(ContentEncoding.decode(PAGE, null, 10).bytes()).isSameAs(PAGE);
        assertThat(ContentEncoding.decode(PAGE, "identity", 10).bytes()).isEqualTo(PAGE);
    }

    @Test
    void encodingsAppliedInTurnAreUndoneFromTheLast() throws IOException {
        byte[] twice = gzip(deflate(PAGE, false));

        assertThat(ContentEncoding.decode(twice, "deflate, gzip", 1 << 20).bytes()).isEqualTo(PAGE);
    }

    @Test
    void aBodyExpandingPastTheCapIsRefusedWithTheLimitNamed() throws IOException {
        byte[] bomb = gzip(new byte[8 << 20]); // 8 MB of zeros in about 8 KB

        ContentEncoding.Decoded d = ContentEncoding.decode(bomb, "gzip", 1 << 20);

        assertThat(d.ok()).isFalse();
        assertThat(d.reason()).isEqualTo("Content-Encoding gzip expands past the 1 MB limit for a decoded body (a compression bomb?)");
    }

    @Test
    void aBrokenOrUnknownEncodingIsAReasonNotAnException() {
        assertThat(ContentEncoding.decode(PAGE, "gzip", 1 << 20).reason()).startsWith("Content-Encoding gzip cannot be decoded");
        assertThat(ContentEncoding.decode(PAGE, "br", 1 << 20).reason()).isEqualTo("Content-Encoding br is not supported");
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] body, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(body);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
