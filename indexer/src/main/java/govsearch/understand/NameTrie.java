package govsearch.understand;

import govsearch.analysis.Folding;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over place names that finds leftmost-longest matches in one pass over a text.
 * Text is folded (traditional to simplified, full width to ASCII) as it is read, so 河南縣 still
 * matches; offsets are those of the original text. Immutable once built.
 */
final class NameTrie<V> {

    private static final class Node<V> {
        char[] keys;
        Node<V>[] children;
        V value;

        Node<V> child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }
    }

    /**
     * The first level indexed directly by the text's char, folded or not: most positions of a text
     * start no name at all, and are passed with one look-up, without folding.
     */
    private final Node<V>[] first;

    @SuppressWarnings("unchecked")
    private NameTrie(Node<V> root) {
        first = new Node[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            first[c] = root.child(Folding.fold((char) c));
        }
    }

    static <V> NameTrie<V> of(Map<String, V> names) {
        Builder<V> root = new Builder<>();
        names.forEach((name, value) -> {
            Builder<V> b = root;
            for (int i = 0; i < name.length(); i++) {
                b = b.children.computeIfAbsent(name.charAt(i), c -> new Builder<>());
            }
            b.value = value;
        });
        return new NameTrie<>(root.freeze());
    }

    /** Calls {@code sink} with the start offset and value of each leftmost-longest match. */
    void scan(CharSequence text, Match<V> sink) {
        scan(text, (start, end, value) -> true, sink);
    }

    /**
     * Like {@link #scan(CharSequence, Match)}, but a match {@code accept} refuses is skipped and the
     * scan goes on from its second character, so 推广东营 can still yield 东营 once 广东 is refused.
     */
    void scan(CharSequence text, Accept<V> accept, Match<V> sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = longestAt(text, i);
            if (end > 0 && accept.test(i, end, valueAt(text, i, end))) {
                sink.match(i, end, valueAt(text, i, end));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The end of the longest name starting at {@code i}, or -1 when none does. */
    int longestAt(CharSequence text, int i) {
        Node<V> node = first[text.charAt(i)];
        int end = -1;
        for (int j = i + 1; node != null; j++) {
            if (node.value != null) {
                end = j;
            }
            if (j == text.length()) {
                break;
            }
            node = node.child(Folding.fold(text.charAt(j)));
        }
        return end;
    }

    /** The value of the name at start..end, which {@link #longestAt} found. */
    V valueAt(CharSequence text, int start, int end) {
        Node<V> node = first[text.charAt(start)];
        for (int j = start + 1; j < end; j++) {
            node = node.child(Folding.fold(text.charAt(j)));
        }
        return node.value;
    }

    @FunctionalInterface
    interface Accept<V> {
        boolean test(int start, int end, V value);
    }

    @FunctionalInterface
    interface Match<V> {
        void match(int start, int end, V value);
    }

    private static final class Builder<V> {
        final TreeMap<Character, Builder<V>> children = new TreeMap<>();
        V value;

        @SuppressWarnings("unchecked")
        Node<V> freeze() {
            Node<V> node = new Node<>();
            node.value = value;
            node.keys = new char[children.size()];
            node.children = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Builder<V>> e : children.entrySet()) {
                node.keys[k] = e.getKey();
                node.children[k++] = e.getValue().freeze();
            }
            return node;
        }
    }
}
