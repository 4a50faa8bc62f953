package org.wltea.analyzer.dic;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The characters IK's loaded stop words start with. IK asks its stop-word trie about every lexeme
 * it outputs, and the trie's first step boxes the char, allocates a probe node and looks it up in
 * a map (5 % of segmenting); a lexeme whose first char starts no stop word need not ask. Read from
 * the trie IK loaded (its fields are private, hence reflection), so the answer is the trie's.
 * Our configuration names no stop-word file: the set is empty.
 */
public final class StopWordStarts {

    private StopWordStarts() {
    }

    /** Per char, whether a stop word of the loaded dictionary starts with it. */
    public static boolean[] of(Dictionary dictionary) {
        try {
            Field f = Dictionary.class.getDeclaredField("_StopWordDict");
            f.setAccessible(true);
            return of((DictSegment) f.get(dictionary));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read IK's stop words: " + e, e);
        }
    }

    static boolean[] of(DictSegment words) throws ReflectiveOperationException {
        boolean[] starts = new boolean[Character.MAX_VALUE + 1];
        for (DictSegment child : children(words)) {
            starts[child.getNodeChar()] = true;
        }
        return starts;
    }

    /** The root's children: IK keeps up to three in an array and more in a map. */
    private static List<DictSegment> children(DictSegment root) throws ReflectiveOperationException {
        Field array = DictSegment.class.getDeclaredField("childrenArray");
        Field map = DictSegment.class.getDeclaredField("childrenMap");
        array.setAccessible(true);
        map.setAccessible(true);
        List<DictSegment> out = new ArrayList<>();
        if (map.get(root) instanceof Map<?, ?> m) {
            for (Object d : m.values()) {
                out.add((DictSegment) d);
            }
        }
        if (array.get(root) instanceof DictSegment[] a) {
            for (DictSegment d : a) {
                if (d != null && !out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
