package govsearch.index.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A snippet: the window of a section's text holding the most matches, HTML-escaped, matches
 * wrapped in {@code <em>}. Match offsets come from the search (the IK field's, and a literal
 * string's occurrences in the folded text), so a match is marked where it was found, traditional
 * characters included.
 */
public final class Snippets {

    public static final int WINDOW = 160;
    private static final int LEAD = 30;

    public record Span(int start, int end) {
    }

    private Snippets() {
    }

    public static String of(String text, List<Span> matches) {
        List<Span> spans = merge(matches, text.length());
        int from = 0;
        if (!spans.isEmpty()) {
            int best = 0;
            int bestCount = -1;
            for (int i = 0; i < spans.size(); i++) {
                int start = Math.max(0, spans.get(i).start() - LEAD);
                int count = 0;
                for (int j = i; j < spans.size() && spans.get(j).end() <= start + WINDOW; j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = start;
                }
            }
            from = best;
        }
        int to = Math.min(text.length(), from + WINDOW);
        if (to - from < WINDOW) {
            from = Math.max(0, to - WINDOW);
        }
        StringBuilder out = new StringBuilder(WINDOW + 64);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (Span s : spans) {
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            int st = Math.max(s.start(), from);
            int en = Math.min(s.end(), to);
            escape(text, at, st, out);
            out.append("<em>");
            escape(text, st, en, out);
            out.append("</em>");
            at = en;
        }
        escape(text, at, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static List<Span> merge(List<Span> matches, int length) {
        List<Span> sorted = new ArrayList<>();
        for (Span s : matches) {
            if (s.start() >= 0 && s.end() <= length && s.start() < s.end()) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (!merged.isEmpty() && s.start() <= merged.getLast().end()) {
                Span last = merged.removeLast();
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }
}
