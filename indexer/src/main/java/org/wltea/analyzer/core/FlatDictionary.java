package org.wltea.analyzer.core;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wltea.analyzer.dic.Dictionary;

/**
 * IK's main dictionary, as IK loaded it, copied into flat arrays. IK's own trie finds a node's
 * child through a {@code HashMap<Character, DictSegment>} (a boxed char, {@code Character.equals},
 * a pointer chase per step) or a binary search of {@code Comparable} nodes, and the import spent
 * a tenth of its time there; here a first character is an array index and a later one a probe in
 * one open-addressed table of longs. The words are IK's exactly: the copy is made by walking IK's
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
    /** Open addressing: parent (24 bits), char (16), child (24); 0 is an empty slot (no child is the root). */
    private final long[] table;
    private final int mask;

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

    private FlatDictionary(byte[] state, long[] table) {
        this.state = state;
        this.table = table;
        this.mask = table.length - 1;
    }

    /** The child of {@code node} for {@code c}, or -1. */
    int child(int node, char c) {
        if (node == 0) {
            return first[c];
        }
        long key = (long) node << 16 | c;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long e = table[i];
            if (e == 0) {
                return -1;
            }
            if (e >>> 24 == key) {
                return (int) (e & 0xFFFFFF);
            }
        }
    }

    int state(int node) {
        return state[node];
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
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
            // Breadth first: node ids in the order met, the root 0.
            List<Object> nodes = new ArrayList<>();
            List<int[]> edges = new ArrayList<>(); // parent, char, child
            ArrayDeque<Object> queue = new ArrayDeque<>();
            nodes.add(root);
            queue.add(root);
            ArrayDeque<Integer> ids = new ArrayDeque<>();
            ids.add(0);
            while (!queue.isEmpty()) {
                Object node = queue.poll();
                int id = ids.poll();
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
                for (Object child : children) {
                    int childId = nodes.size();
                    nodes.add(child);
                    edges.add(new int[]{id, (Character) charField.get(child), childId});
                    queue.add(child);
                    ids.add(childId);
                }
            }
            if (nodes.size() >= 1 << 24) {
                throw new IllegalStateException("IK's dictionary has more nodes than 24 bits number: " + nodes.size());
            }
            byte[] state = new byte[nodes.size()];
            for (int i = 0; i < state.length; i++) {
                Object n = nodes.get(i);
                state[i] = (byte) ((stateField.getInt(n) == 1 ? WORD : 0) | (sizeField.getInt(n) > 0 ? PREFIX : 0));
            }
            int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
            long[] table = new long[capacity];
            FlatDictionary d = new FlatDictionary(state, table);
            java.util.Arrays.fill(d.first, -1);
            for (int[] e : edges) {
                if (e[0] == 0) {
                    d.first[e[1]] = e[2];
                    continue;
                }
                long key = (long) e[0] << 16 | e[1];
                int i = hash(key) & d.mask;
                while (table[i] != 0) {
                    i = (i + 1) & d.mask;
                }
                table[i] = key << 24 | e[2];
            }
            return d;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read IK's dictionary: " + e, e);
        }
    }
}
