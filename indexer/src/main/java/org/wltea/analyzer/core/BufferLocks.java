package org.wltea.analyzer.core;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/**
 * The set of segmenters holding an {@link AnalyzeContext}'s buffer, for its {@code buffLocker}:
 * each of IK's three segmenters adds or removes its name at every character, which in the
 * context's {@code HashSet} was a hash, a node and an {@code equals} each time (6 % of the import).
 * Here it is a scan of at most three names, compared by identity first (they are constants).
 */
final class BufferLocks extends AbstractSet<String> {

    private String[] names = new String[4];
    private int size;

    /** Puts a fresh set in the context's place of IK's (its field is private; hence reflection). */
    static void install(AnalyzeContext context) {
        try {
            java.lang.reflect.Field f = AnalyzeContext.class.getDeclaredField("buffLocker");
            f.setAccessible(true);
            f.set(context, new BufferLocks());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot set IK's buffer locks: " + e, e);
        }
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean add(String name) {
        if (indexOf(name) >= 0) {
            return false;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, 2 * size);
        }
        names[size++] = name;
        return true;
    }

    @Override
    public boolean remove(Object name) {
        int i = indexOf(name);
        if (i < 0) {
            return false;
        }
        names[i] = names[--size];
        names[size] = null;
        return true;
    }

    @Override
    public boolean contains(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        size = 0;
    }

    @Override
    public Iterator<String> iterator() {
        return Set.of(Arrays.copyOf(names, size)).iterator();
    }
}
