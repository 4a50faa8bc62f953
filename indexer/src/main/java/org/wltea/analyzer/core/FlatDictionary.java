package org.wltea.analyzer.core;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wltea.analyzer.dic.Dictionary;

/**
 * IK's main dictionary, as IK loaded it, copied into flat arrays. IK's own trie finds a node's
 * child through a {@code HashMap<Character, DictSegment>} (a boxed char, {@code Character.equals},
 * a pointer chase per step) or a binary search of {@code Comparable} nodes, and the import spent
 * a tenth of its time there; here a first character is an array index and a later one a binary
 * search among the node's children, which lie side by side: nodes are numbered breadth first,
 * so the shallow nodes every text walks through share a few hundred kilobytes that stay in the
 * cache (an open-addressed table of all edges, tried first, spread them over 16 MB). The words are IK's exactly: the copy is made by walking IK's
 * trie (its classes are package-private, hence reflection), not by reading the word lists again.
 */
final class FlatDictionary {

    /** A node ends a word. */
    static final int WORD = 1;
    /** A node has children: a longer word goes on from it. */
    static final int PREFIX = 2;

    private static volatile FlatDictionary instance;

    /** The child of the root for each char, or -1. */
    private final int[] first = new int[Character.MAX_VALUE + 1];
    /** Per node: {@link #WORD} and {@link #PREFIX} bits. */
    private final byte[] state;
    /** Node {@code n}'s children are the nodes {@code firstChild[n]} to {@code firstChild[n + 1] - 1}. */
    private final int[] firstChild;
    /** Per node, the char that leads to it from its parent: sorted among siblings. */
    private final char[] via;

    static FlatDictionary get() {
        FlatDictionary d = instance;
        if (d == null) {
            synchronized (FlatDictionary.class) {
                d = instance;
                if (d == null) {
                    d = instance = copy(Dictionary.getSingleton());
                }
            }
        }
        return d;
    }

    private FlatDictionary(byte[] state, int[] firstChild, char[] via) {
        this.state = state;
        this.firstChild = firstChild;
        this.via = via;
    }

    /** The child of {@code node} for {@code c}, or -1. */
    int child(int node, char c) {
        if (node == 0) {
            return first[c];
        }
        return govsearch.analysis.FlatTries.child(firstChild, via, node, c);
    }

    int state(int node) {
        return state[node];
    }

    private static FlatDictionary copy(Dictionary dictionary) {
        try {
            Field main = Dictionary.class.getDeclaredField("_MainDict");
            main.setAccessible(true);
            Object root = main.get(dictionary);
            Class<?> segment = root.getClass();
            Field arrayField = segment.getDeclaredField("childrenArray");
            Field mapField = segment.getDeclaredField("childrenMap");
            Field sizeField = segment.getDeclaredField("storeSize");
            Field charField = segment.getDeclaredField("nodeChar");
            Field stateField = segment.getDeclaredField("nodeState");
            for (Field f : List.of(arrayField, mapField, sizeField, charField, stateField)) {
                f.setAccessible(true);
            }
            // Breadth first, each node's children side by side in char order: node ids in the order met, the root 0.
            List<Object> nodes = new ArrayList<>();
            List<Character> chars = new ArrayList<>();
            nodes.add(root);
            chars.add('\0');
            List<Integer> firstChildren = new ArrayList<>();
            for (int id = 0; id < nodes.size(); id++) {
                Object node = nodes.get(id);
                firstChildren.add(nodes.size());
                int size = sizeField.getInt(node);
                if (size == 0) {
                    continue;
                }
                List<Object> children = new ArrayList<>();
                Object[] array = (Object[]) arrayField.get(node);
                Map<?, ?> map = (Map<?, ?>) mapField.get(node);
                if (array != null) {
                    for (int i = 0; i < size; i++) {
                        children.add(array[i]);
                    }
                } else if (map != null) {
                    children.addAll(map.values());
                }
                children.sort(java.util.Comparator.comparing(child -> {
                    try {
                        return (Character) charField.get(child);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }));
                for (Object child : children) {
                    nodes.add(child);
                    chars.add((Character) charField.get(child));
                }
            }
            firstChildren.add(nodes.size());
            byte[] state = new byte[nodes.size()];
            char[] via = new char[nodes.size()];
            for (int i = 0; i < state.length; i++) {
                Object n = nodes.get(i);
                state[i] = (byte) ((stateField.getInt(n) == 1 ? WORD : 0) | (sizeField.getInt(n) > 0 ? PREFIX : 0));
                via[i] = chars.get(i);
            }
            FlatDictionary d = new FlatDictionary(state, firstChildren.stream().mapToInt(Integer::intValue).toArray(), via);
            java.util.Arrays.fill(d.first, -1);
            for (int child = d.firstChild[0]; child < d.firstChild[1]; child++) {
                d.first[via[child]] = child;
            }
            return d;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read IK's dictionary: " + e, e);
        }
    }
}
