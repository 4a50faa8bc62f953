package govsearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds a char to the form we match on: traditional to simplified, full-width ASCII to ASCII,
 * ASCII to lower case. Every mapping is one char to one char, so folded text keeps the offsets of
 * the original and highlights land on the characters the reader sees.
 */
public final class Folding {

    private static final char[] TABLE = load();

    private Folding() {
    }

    public static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return fold((char) (c - 0xFEE0));
        }
        if (c == '\u3000') {
            return ' ';
        }
        return TABLE[c];
    }

    public static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        if (s instanceof String string) {
            // One bulk copy, then the array folded in place: no bounds check per char.
            string.getChars(0, out.length, out, 0);
            fold(out, 0, out.length);
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = fold(s.charAt(i));
            }
        }
        return new String(out);
    }

    public static void fold(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            buffer[i] = fold(buffer[i]);
        }
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = Folding.class.getResourceAsStream("traditional-simplified.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.length() == 3 && line.charAt(1) == '\t') {
                    table[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
