package org.wltea.analyzer.core;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The set of segmenters holding an {@link AnalyzeContext}'s buffer, for its {@code buffLocker}:
 * each of IK's three segmenters adds or removes its name at every character, which in the
 * context's {@code HashSet} was a hash, a node and an {@code equals} each time (6 % of the import).
 * Here IK's three names are bits of an int, found by identity (they are constants).
 */
final class BufferLocks extends AbstractSet<String> {

    /** IK's three segmenters, by their names' identity (IK's literals and ours are the same interned strings). */
    private static final String[] KNOWN = {"LETTER_SEGMENTER", "QUAN_SEGMENTER", "CJK_SEGMENTER"};

    /** One bit per {@link #KNOWN} name held: the three segmenters lock and unlock at every character. */
    private int known;
    /** Any other name, which IK never uses: kept for a {@code Set}'s contract. */
    private String[] names = new String[2];
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

    private static int bit(Object name) {
        for (int i = 0; i < KNOWN.length; i++) {
            if (KNOWN[i] == name) {
                return 1 << i;
            }
        }
        for (int i = 0; i < KNOWN.length; i++) {
            if (KNOWN[i].equals(name)) {
                return 1 << i;
            }
        }
        return 0;
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean add(String name) {
        int bit = bit(name);
        if (bit != 0) {
            boolean added = (known & bit) == 0;
            known |= bit;
            return added;
        }
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
        int bit = bit(name);
        if (bit != 0) {
            boolean removed = (known & bit) != 0;
            known &= ~bit;
            return removed;
        }
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
        int bit = bit(name);
        return bit != 0 ? (known & bit) != 0 : indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return Integer.bitCount(known) + size;
    }

    @Override
    public void clear() {
        known = 0;
        Arrays.fill(names, 0, size, null);
        size = 0;
    }

    @Override
    public Iterator<String> iterator() {
        List<String> all = new ArrayList<>(Arrays.asList(names).subList(0, size));
        for (int i = 0; i < KNOWN.length; i++) {
            if ((known & 1 << i) != 0) {
                all.add(KNOWN[i]);
            }
        }
        return all.iterator();
    }
}
