package govsearch.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a response's {@code Content-Encoding} (gzip, x-gzip, deflate; identity), never past a cap:
 * a few kilobytes of gzip can expand to gigabytes, so the decoded size is counted as it grows and
 * the decoding stops at the cap with a reason. Bodies are stored as they came over the wire (the
 * WARC keeps the encoding header beside them) and decoded each time they are read.
 */
public final class ContentEncoding {

    /** The decoded body, or why there is none ({@code bytes} null, {@code reason} set). */
    public record Decoded(byte[] bytes, String reason) {

        public boolean ok() {
            return bytes != null;
        }
    }

    private ContentEncoding() {
    }

    /**
     * @param encoding the Content-Encoding header value, or null; encodings applied in turn are
     *                 undone from the last back (RFC 9110 §8.4)
     * @param cap      most bytes the decoded body may have
     */
    public static Decoded decode(byte[] body, String encoding, long cap) {
        if (encoding == null || encoding.isBlank()) {
            return new Decoded(body, null);
        }
        String[] codings = encoding.toLowerCase(Locale.ROOT).split(",");
        byte[] bytes = body;
        for (int i = codings.length - 1; i >= 0; i--) {
            String coding = codings[i].strip();
            try {
                bytes = switch (coding) {
                    case "", "identity" -> bytes;
                    case "gzip", "x-gzip" -> capped(new GZIPInputStream(new ByteArrayInputStream(bytes)), cap);
                    case "deflate" -> inflate(bytes, cap);
                    default -> null;
                };
            } catch (TooLarge e) {
                return new Decoded(null, "Content-Encoding " + coding + " expands past the " + megabytes(cap)
                        + " limit for a decoded body (a compression bomb?)");
            } catch (IOException e) {
                return new Decoded(null, "Content-Encoding " + coding + " cannot be decoded: " + e.getMessage());
            }
            if (bytes == null) {
                return new Decoded(null, "Content-Encoding " + coding + " is not supported");
            }
        }
        return new Decoded(bytes, null);
    }

    /**
     * The body with its Content-Encoding undone as it is read — for readers that stream (sitemaps)
     * and count what they take; {@link #decode} is the capped whole-body form.
     *
     * @throws IOException for a coding that is not supported or a body that is not in its coding
     */
    public static InputStream open(byte[] body, String encoding) throws IOException {
        InputStream in = new ByteArrayInputStream(body);
        if (encoding == null || encoding.isBlank()) {
            return in;
        }
        String[] codings = encoding.toLowerCase(Locale.ROOT).split(",");
        for (int i = codings.length - 1; i >= 0; i--) {
            String coding = codings[i].strip();
            in = switch (coding) {
                case "", "identity" -> in;
                case "gzip", "x-gzip" -> new GZIPInputStream(in);
                case "deflate" -> i == codings.length - 1 ? new InflaterInputStream(in, new Inflater(!zlib(body)))
                        : new InflaterInputStream(in);
                default -> throw new IOException("Content-Encoding " + coding + " is not supported");
            };
        }
        return in;
    }

    private static boolean zlib(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0x0f) == 8 && ((bytes[0] & 0xff) << 8 | (bytes[1] & 0xff)) % 31 == 0;
    }

    /**
     * "deflate" is meant to be zlib-wrapped (RFC 1950), but servers have long sent raw deflate
     * (RFC 1951) under that name; browsers take both, so do we.
     */
    private static byte[] inflate(byte[] bytes, long cap) throws IOException {
        Inflater inflater = new Inflater(!zlib(bytes));
        try {
            return capped(new InflaterInputStream(new ByteArrayInputStream(bytes), inflater), cap);
        } finally {
            inflater.end();
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Reads until the end or one byte past the cap, which tells it is too large. */
    private static byte[] capped(InputStream in, long cap) throws IOException {
        long limit = Math.min(cap, Integer.MAX_VALUE - 16) + 1;
        try (in) {
            byte[] buf = new byte[(int) Math.min(8192, limit)];
            int n = 0;
            while (true) {
                if (n == buf.length) {
                    if (n >= limit) {
                        throw new TooLarge();
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(limit, 2L * n));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return Arrays.copyOf(buf, n);
                }
                n += r;
            }
        }
    }

    public static String megabytes(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes >= 1 << 20
                ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : bytes + " bytes";
    }
}
