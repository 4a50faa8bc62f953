package govsearch.crawler.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a plain-text report: UTF-8 unless GB18030 decodes clearly better. Old Chinese text files
 * are GBK, which GB18030 extends; but a UTF-8 file with a few bad bytes must stay UTF-8 with
 * replacement characters, because read as GB18030 every character turns into a wrong one
 * (政府工作报告 → 鏀垮簻宸ヤ綔鎶ュ憡) where UTF-8 loses only the bad bytes.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * GB18030 is taken only when at least this share of UTF-8's multi-byte sequences is malformed:
     * GBK read as UTF-8 fails on nearly every Han character; real UTF-8 fails on a damaged few.
     */
    private static final double UTF8_FAILURE_SHARE = 0.2;

    /** Above this share of undecodable characters, a text is refused rather than indexed as noise. */
    private static final double UNDECODABLE_SHARE = 0.05;

    /** A text and the charset it was read in, or the reason it could not be. */
    public record Decoded(String text, Charset charset, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private TextDecoding() {
    }

    /** The best reading of these bytes as text, even when {@link #read} would refuse it. */
    public static String decode(byte[] bytes) {
        return read(bytes).text();
    }

    public static Decoded read(byte[] bytes) {
        if (Format.isBinary(bytes)) {
            return new Decoded("", null, "binary file, not text");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return judged(decode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return judged(decode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        Count utf8 = decode(bytes, bom, StandardCharsets.UTF_8);
        if (bom > 0 || utf8.bad == 0) {
            return judged(utf8, StandardCharsets.UTF_8);
        }
        if (utf8.bad < UTF8_FAILURE_SHARE * (utf8.bad + utf8.multiByte)) {
            return judged(utf8, StandardCharsets.UTF_8);
        }
        Count gb = decode(bytes, 0, GB18030);
        return gb.bad < utf8.bad ? judged(gb, GB18030) : judged(utf8, StandardCharsets.UTF_8);
    }

    private static Decoded judged(Count c, Charset charset) {
        int chars = c.text.length();
        if (c.bad > Math.max(2, chars * UNDECODABLE_SHARE)) {
            return new Decoded(c.text, charset, "undecodable text: " + c.bad + " of " + chars
                    + " characters are neither UTF-8 nor GB18030");
        }
        return new Decoded(c.text, charset, null);
    }

    private record Count(String text, int bad, int multiByte) {
    }

    /** Decodes with replacement while counting the malformed sequences and the well-formed non-ASCII characters. */
    private static Count decode(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length - from + 1));
        int bad = 0;
        while (true) {
            CoderResult r = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (r.isError()) {
                in.position(in.position() + r.length());
                out.put('\uFFFD');
                bad++;
            } else if (r.isOverflow()) {
                out = grow(out);
            } else {
                break;
            }
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        String text = out.toString();
        int multiByte = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80 && ch != '\uFFFD' && !Character.isLowSurrogate(ch)) {
                multiByte++;
            }
        }
        return new Count(text, bad, multiByte);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
