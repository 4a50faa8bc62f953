package govsearch.understand;

import govsearch.analysis.FlatTries;
import govsearch.analysis.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over place names that finds leftmost-longest matches in one pass over a text.
 * Text is folded (traditional to simplified, full width to ASCII) as it is read, so 河南縣 still
 * matches; offsets are those of the original text. Immutable once built.
 *
 * <p>Laid out flat, as the import's IK dictionary is: nodes numbered breadth first, each node's
 * children side by side in char order and found by binary search, so the shallow nodes every scan
 * walks through lie together in a few arrays (the first layout, a node object per name prefix with
 * its own key and child arrays, was 7 % of the import).
 */
final class NameTrie<V> {

    /** The root's child for each char of a text, folded or not, or -1: most positions start no name at all. */
    private final int[] first;
    /** Node {@code n}'s children are the nodes {@code firstChild[n]} to {@code firstChild[n + 1] - 1}. */
    private final int[] firstChild;
    /** Per node, the (folded) char that leads to it from its parent: sorted among siblings. */
    private final char[] via;
    /** Per node, the value of the name ending there, or null. */
    private final Object[] values;

    private NameTrie(int[] first, int[] firstChild, char[] via, Object[] values) {
        this.first = first;
        this.firstChild = firstChild;
        this.via = via;
        this.values = values;
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
        // Breadth first; a TreeMap gives each node's children in char order.
        List<Builder<V>> nodes = new ArrayList<>();
        List<Character> chars = new ArrayList<>();
        nodes.add(root);
        chars.add('\0');
        int[] firstChild = new int[16];
        for (int id = 0; id < nodes.size(); id++) {
            if (id + 1 >= firstChild.length) {
                firstChild = java.util.Arrays.copyOf(firstChild, 2 * firstChild.length);
            }
            firstChild[id] = nodes.size();
            for (Map.Entry<Character, Builder<V>> e : nodes.get(id).children.entrySet()) {
                nodes.add(e.getValue());
                chars.add(e.getKey());
            }
        }
        int n = nodes.size();
        if (n >= firstChild.length) {
            firstChild = java.util.Arrays.copyOf(firstChild, n + 1);
        }
        firstChild[n] = n;
        firstChild = java.util.Arrays.copyOf(firstChild, n + 1);
        char[] via = new char[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            via[i] = chars.get(i);
            values[i] = nodes.get(i).value;
        }
        int[] first = new int[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            first[c] = FlatTries.child(firstChild, via, 0, Folding.fold((char) c));
        }
        return new NameTrie<>(first, firstChild, via, values);
    }

    /** Calls {@code sink} with the start offset and value of each leftmost-longest match. */
    void scan(CharSequence text, Match<V> sink) {
        scan(text, (start, end, value) -> true, sink);
    }

    /**
     * Like {@link #scan(CharSequence, Match)}, but a match {@code accept} refuses is skipped and the
     * scan goes on from its second character, so 推广东营 can still yield 东营 once 广东 is refused.
     */
    @SuppressWarnings("unchecked")
    void scan(CharSequence text, Accept<V> accept, Match<V> sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            long found = longest(text, i);
            if (found >= 0) {
                int end = (int) (found >>> 32);
                V value = (V) values[(int) found];
                if (accept.test(i, end, value)) {
                    sink.match(i, end, value);
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    /** The end of the longest name starting at {@code i}, or -1 when none does. */
    int longestAt(CharSequence text, int i) {
        long found = longest(text, i);
        return found < 0 ? -1 : (int) (found >>> 32);
    }

    /** The end of the longest name starting at {@code i} and its node, packed, or -1. */
    private long longest(CharSequence text, int i) {
        int node = first[text.charAt(i)];
        long found = -1;
        for (int j = i + 1; node >= 0; j++) {
            if (values[node] != null) {
                found = (long) j << 32 | node;
            }
            if (j == text.length()) {
                break;
            }
            node = FlatTries.child(firstChild, via, node, Folding.fold(text.charAt(j)));
        }
        return found;
    }

    /** The value of the name at start..end, which {@link #longestAt} found. */
    @SuppressWarnings("unchecked")
    V valueAt(CharSequence text, int start, int end) {
        int node = first[text.charAt(start)];
        for (int j = start + 1; j < end; j++) {
            node = FlatTries.child(firstChild, via, node, Folding.fold(text.charAt(j)));
        }
        return (V) values[node];
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
    }
}
