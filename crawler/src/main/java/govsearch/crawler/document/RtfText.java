package govsearch.crawler.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * RTF as report text. The JDK's RTFEditorKit drops or garbles Chinese: Word and WPS write Han
 * characters as \'hh byte pairs in the code page of \ansicpg936 or of the font's \fcharset134,
 * or as &#92;uN escapes with a fallback. This reader keeps a code page per group, decodes byte runs
 * in it, takes &#92;uN and skips its &#92;ucN fallback, and turns \par, \line and table cells into lines.
 */
final class RtfText {

    /** Groups whose text is not the document's: tables of fonts and colours, pictures, metadata, Word's private data. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "footer", "headerl", "headerr", "footerl", "footerr", "themedata", "colorschememapping",
            "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
            "filetbl", "revtbl", "pgdsctbl", "fldinst", "bkmkstart", "bkmkend", "field_inst", "mmathPr", "wgrffmtfilter");

    private static final Map<Integer, String> FONT_CHARSETS = Map.of(
            134, "GBK", 136, "Big5", 128, "Shift_JIS", 129, "EUC-KR");

    private RtfText() {
    }

    /** The text, or null when the bytes are not RTF that gives any. */
    static String read(byte[] bytes) {
        String rtf = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        Map<Integer, Charset> fonts = new HashMap<>();
        Deque<State> stack = new ArrayDeque<>();
        State st = new State(Charset.forName("windows-1252"), false, 1);
        int skipFallback = 0;
        int fontDefining = -1;
        int i = 0;
        int n = rtf.length();
        while (i < n) {
            char c = rtf.charAt(i);
            if (c == '{' || c == '}') {
                flush(pending, st, out);
                if (c == '{') {
                    stack.push(st);
                    st = st.copy();
                } else if (!stack.isEmpty()) {
                    st = stack.pop();
                }
                skipFallback = 0;
                i++;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    break;
                }
                char d = rtf.charAt(i + 1);
                if (d == '\'' && i + 3 < n) {
                    int b = hex(rtf, i + 2);
                    i += 4;
                    if (skipFallback > 0) {
                        skipFallback--;
                    } else if (!st.skip && b >= 0) {
                        pending.write(b);
                    }
                } else if (Character.isLetter(d)) {
                    int j = i + 1;
                    while (j < n && Character.isLetter(rtf.charAt(j))) {
                        j++;
                    }
                    String word = rtf.substring(i + 1, j);
                    int k = j;
                    if (k < n && (rtf.charAt(k) == '-' || Character.isDigit(rtf.charAt(k)))) {
                        k++;
                        while (k < n && Character.isDigit(rtf.charAt(k))) {
                            k++;
                        }
                    }
                    Integer param = k > j ? parse(rtf.substring(j, k)) : null;
                    if (k < n && rtf.charAt(k) == ' ') {
                        k++;
                    }
                    i = k;
                    if (!"u".equals(word)) {
                        flush(pending, st, out);
                    }
                    switch (word) {
                        case "ansicpg" -> st.charset = codePage(param, st.charset);
                        case "f" -> {
                            if (param != null) {
                                fontDefining = param;
                                Charset fc = fonts.get(param);
                                if (fc != null && !st.skipFonts) {
                                    st.charset = fc;
                                }
                            }
                        }
                        case "fcharset" -> {
                            String name = param == null ? null : FONT_CHARSETS.get(param);
                            if (name != null && fontDefining >= 0) {
                                fonts.put(fontDefining, Charset.forName(name));
                            }
                        }
                        case "uc" -> st.uc = param == null ? 1 : param;
                        case "u" -> {
                            flush(pending, st, out);
                            if (!st.skip && param != null) {
                                out.append((char) (param < 0 ? param + 65536 : param));
                            }
                            skipFallback = st.uc;
                        }
                        case "par", "line", "row", "sect", "page" -> {
                            if (!st.skip) {
                                out.append('\n');
                            }
                        }
                        case "cell", "tab" -> {
                            if (!st.skip) {
                                out.append('\t');
                            }
                        }
                        case "emdash" -> emit(st, out, "—");
                        case "endash" -> emit(st, out, "–");
                        case "lquote" -> emit(st, out, "‘");
                        case "rquote" -> emit(st, out, "’");
                        case "ldblquote" -> emit(st, out, "“");
                        case "rdblquote" -> emit(st, out, "”");
                        case "bin" -> i += param == null ? 0 : Math.max(0, param);
                        default -> {
                            if (SKIPPED.contains(word)) {
                                st.skip = true;
                                st.skipFonts = word.equals("fonttbl") || st.skipFonts;
                            }
                        }
                    }
                    if (!"u".equals(word) && !"uc".equals(word) && skipFallback > 0 && !word.isEmpty()) {
                        skipFallback = 0;
                    }
                } else {
                    flush(pending, st, out);
                    i += 2;
                    switch (d) {
                        case '*' -> st.skip = true;
                        case '\\', '{', '}' -> emit(st, out, String.valueOf(d));
                        case '~' -> emit(st, out, "\u00a0");
                        case '\n', '\r' -> emit(st, out, "\n");
                        default -> {
                        }
                    }
                }
            } else if (c == '\r' || c == '\n') {
                i++;
            } else {
                if (skipFallback > 0) {
                    skipFallback--;
                } else if (!st.skip) {
                    pending.write(c);
                }
                i++;
            }
        }
        flush(pending, st, out);
        return out.toString();
    }

    private static void emit(State st, StringBuilder out, String s) {
        if (!st.skip) {
            out.append(s);
        }
    }

    private static void flush(ByteArrayOutputStream pending, State st, StringBuilder out) {
        if (pending.size() > 0) {
            out.append(new String(pending.toByteArray(), st.charset));
            pending.reset();
        }
    }

    private static Charset codePage(Integer cp, Charset fallback) {
        if (cp == null) {
            return fallback;
        }
        try {
            return switch (cp) {
                case 936 -> Charset.forName("GBK");
                case 950 -> Charset.forName("Big5");
                case 54936 -> TextDecoding.GB18030;
                case 65001 -> StandardCharsets.UTF_8;
                default -> Charset.forName("windows-" + cp);
            };
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static int hex(String s, int at) {
        try {
            return Integer.parseInt(s.substring(at, at + 2), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a group inherits and may change: its code page, whether its text is skipped, &#92;ucN. */
    private static final class State {
        Charset charset;
        boolean skip;
        boolean skipFonts;
        int uc;

        State(Charset charset, boolean skip, int uc) {
            this.charset = charset;
            this.skip = skip;
            this.uc = uc;
        }

        State copy() {
            State s = new State(charset, skip, uc);
            s.skipFonts = skipFonts;
            return s;
        }
    }
}
