package govsearch.crawler.page;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how a page's bytes are decoded and decodes them.
 *
 * <p>The declared charset comes from the BOM, else the HTTP {@code Content-Type} header, else a
 * {@code <meta charset>} or {@code <meta http-equiv content="...; charset=...">} in the first
 * {@value #META_SNIFF_BYTES} bytes; a page that declares none is decoded with the detected one.
 * The BOM goes first, as in browsers: it is the bytes' own statement, where a header is a server's
 * guess. Labels gb2312, gbk and their aliases decode as GB18030, its superset: pages labelled
 * gb2312 routinely carry GBK-only characters such as 镕 and 堃.
 *
 * <p>Labels lie. When the declared charset leaves U+FFFD replacement characters, the page is
 * decoded again with the detected charset, which is kept when it leaves fewer.
 */
public final class PageCharset {

    static final int META_SNIFF_BYTES = 4096;
    private static final int DETECT_BYTES = 64 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char REPLACEMENT = '\uFFFD';

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /** Text decoded from bytes, and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    private PageCharset() {
    }

    /** Decodes a page body; never throws. {@code contentType} is the HTTP header, or null. */
    public static Decoded decode(byte[] body, String contentType) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return new Decoded(stripBom(decodeWith(body, bom)), bom);
        }
        Charset declared = fromContentType(contentType);
        if (declared == null) {
            declared = fromMeta(body);
        }
        Charset detected = detect(body);
        if (declared == null) {
            return new Decoded(decodeWith(body, detected), detected);
        }
        String text = decodeWith(body, declared);
        int bad = replacements(text);
        if (bad > 0 && !detected.equals(declared)) {
            String again = decodeWith(body, detected);
            if (replacements(again) < bad) {
                return new Decoded(again, detected);
            }
        }
        return new Decoded(text, declared);
    }

    /** The charset named by a {@code Content-Type} header value, or null. */
    public static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forLabel(m.group(1)) : null;
    }

    /** UTF-8 or UTF-16 when the body starts with a byte order mark, else null. */
    public static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset a {@code <meta>} tag names in the first bytes, or null. */
    public static Charset fromMeta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher tags = META_TAG.matcher(head);
        while (tags.find()) {
            Matcher m = HEADER_CHARSET.matcher(tags.group());
            if (m.find()) {
                Charset cs = forLabel(m.group(1));
                if (cs != null) {
                    // a page that is read as bytes cannot be UTF-16 by its own ASCII meta tag
                    return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")
                            ? StandardCharsets.UTF_8 : cs;
                }
            }
        }
        return null;
    }

    /**
     * The statistically detected charset: strictly valid UTF-8 with non-ASCII is UTF-8, else what
     * the universal detector says, else GB18030 (the corpus is Chinese).
     */
    public static Charset detect(byte[] body) {
        int length = Math.min(body.length, DETECT_BYTES);
        if (isUtf8(body, length)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, 0, length);
        detector.dataEnd();
        Charset cs = forLabel(detector.getDetectedCharset());
        return cs != null ? cs : GB18030;
    }

    /** A charset for a label, with the GB family widened to GB18030; null when unknown. */
    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        switch (l) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312", "euc-cn",
                 "x-euc-cn", "chinese", "iso-ir-58", "gb18030" -> {
                return GB18030;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.isSupported(l) ? Charset.forName(l) : null;
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
    }

    static int replacements(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == REPLACEMENT) {
                n++;
            }
        }
        return n;
    }

    private static String decodeWith(byte[] body, Charset charset) {
        return new String(body, charset);
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** True when the first {@code length} bytes are valid UTF-8 with at least one multi-byte sequence. */
    private static boolean isUtf8(byte[] body, int length) {
        boolean nonAscii = false;
        for (int i = 0; i < length; i++) {
            if (body[i] < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        // a sequence cut by the length limit is not an error
        int end = length;
        if (length < body.length) {
            int back = 0;
            while (back < 3 && end > 0 && (body[end - 1] & 0xC0) == 0x80) {
                end--;
                back++;
            }
            if (end > 0 && (body[end - 1] & 0xC0) == 0xC0) {
                end--;
            } else {
                end += back;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
