package govsearch.analytics;

import java.util.ArrayList;
import java.util.List;

/** Sentence boundaries of Chinese official prose: 。！？；, their ASCII forms, and line ends. */
public final class Sentences {

    public static final int MIN_CHARS = 6;
    public static final int MAX_CHARS = 300;

    private Sentences() {
    }

    public static boolean isBoundary(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r';
    }

    /** Sentences worth indexing as precedents: start and end offsets, ending punctuation included. */
    public static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isBoundary(text.charAt(i))) {
                int end = i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' ? i + 1 : i;
                int s = start;
                while (s < end && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '—')) {
                    s++;
                }
                if (end - s >= MIN_CHARS && end - s <= MAX_CHARS) {
                    spans.add(new int[]{s, end});
                }
                start = i + 1;
            }
        }
        return spans;
    }

    /** Start of the sentence holding {@code at}. */
    public static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !isBoundary(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End (exclusive, after its punctuation) of the sentence holding {@code at}. */
    public static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isBoundary(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' ? i + 1 : i;
    }
}
