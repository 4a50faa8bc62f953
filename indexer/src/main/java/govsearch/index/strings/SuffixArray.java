package govsearch.index.strings;

import java.util.Arrays;

/**
 * Suffix arrays by induced sorting (SA-IS: Nong, Zhang and Chan, "Two efficient algorithms for
 * linear time suffix array construction", 2011): linear time, and about nine bytes of heap per
 * character while building — which is why {@link StringChunk}s are capped in size.
 */
public final class SuffixArray {

    private SuffixArray() {
    }

    /**
     * The start positions of the suffixes of {@code text}, in the order of their chars compared as
     * unsigned values (a suffix that is a prefix of another sorts first).
     */
    public static int[] of(char[] text, int length) {
        // Ranks of the chars that occur, 1.. in char order; 0 is the sentinel that ends the text.
        boolean[] seen = new boolean[Character.MAX_VALUE + 1];
        for (int i = 0; i < length; i++) {
            seen[text[i]] = true;
        }
        int[] rank = new int[Character.MAX_VALUE + 1];
        int alphabet = 1;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (seen[c]) {
                rank[c] = alphabet++;
            }
        }
        int[] t = new int[length + 1];
        for (int i = 0; i < length; i++) {
            t[i] = rank[text[i]];
        }
        int[] sa = new int[length + 1];
        sais(t, sa, length + 1, alphabet);
        // sa[0] is the sentinel's own suffix.
        return Arrays.copyOfRange(sa, 1, length + 1);
    }

    /**
     * {@code t[n - 1]} is 0 and 0 occurs nowhere else; values lie in [0, k). {@code t} is
     * overwritten: each value becomes {@code value << 1 | type} (1 for S-type), so inducing reads a
     * suffix's bucket and its type with one access to an array too large for the cache, not two.
     */
    static void sais(int[] t, int[] sa, int n, int k) {
        if (n == 1) {
            sa[0] = 0;
            return;
        }
        classify(t, n);
        // Bucket sizes counted once per level; each pass derives its starts or ends from them.
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            sizes[t[i] >> 1]++;
        }
        int[] bucket = new int[k];
        // Which positions are LMS, one bit each: step 2 asks it of suffixes in sorted order, and
        // the bits stay in the cache where the text (four bytes a char) does not.
        long[] lms = lmsBits(t, n);
        // Step 1: the LMS suffixes at the ends of their buckets, then induce the order of their substrings.
        ends(sizes, bucket);
        Arrays.fill(sa, 0, n, -1);
        for (int i = 1; i < n; i++) {
            if (isSet(lms, i)) {
                sa[--bucket[t[i] >> 1]] = i;
            }
        }
        induceLarge(t, sa, sizes, bucket, n);
        induceSmall(t, sa, sizes, bucket, n);
        // Step 2: name the sorted LMS substrings; equal substrings share a name.
        int lmsCount = 0;
        for (int i = 0; i < n; i++) {
            int p = sa[i];
            if (p > 0 && isSet(lms, p)) {
                sa[lmsCount++] = p;
            }
        }
        int[] nameAt = new int[n / 2 + 1];
        Arrays.fill(nameAt, -1);
        int names = 0;
        int previous = -1;
        for (int i = 0; i < lmsCount; i++) {
            int pos = sa[i];
            if (previous < 0 || !sameLmsSubstring(t, lms, pos, previous, n)) {
                names++;
                previous = pos;
            }
            nameAt[pos / 2] = names - 1;
        }
        int[] reduced = new int[lmsCount];
        for (int i = 0, j = 0; i < nameAt.length; i++) {
            if (nameAt[i] >= 0) {
                reduced[j++] = nameAt[i];
            }
        }
        nameAt = null;
        // Step 3: sort the LMS suffixes by the reduced string, recursively when names repeat.
        int[] reducedSa = new int[lmsCount];
        if (names < lmsCount) {
            sais(reduced, reducedSa, lmsCount, names);
        } else {
            for (int i = 0; i < lmsCount; i++) {
                reducedSa[reduced[i]] = i;
            }
        }
        // Step 4: induce every suffix from the sorted LMS suffixes.
        int[] lmsPositions = reduced; // reused: the reduced string is no longer needed
        for (int i = 1, j = 0; i < n; i++) {
            if (isSet(lms, i)) {
                lmsPositions[j++] = i;
            }
        }
        ends(sizes, bucket);
        Arrays.fill(sa, 0, n, -1);
        for (int i = lmsCount - 1; i >= 0; i--) {
            int pos = lmsPositions[reducedSa[i]];
            sa[--bucket[t[pos] >> 1]] = pos;
        }
        induceLarge(t, sa, sizes, bucket, n);
        induceSmall(t, sa, sizes, bucket, n);
    }

    private static long[] lmsBits(int[] t, int n) {
        long[] bits = new long[(n >> 6) + 1];
        for (int i = 1; i < n; i++) {
            if ((t[i] & 1) != 0 && (t[i - 1] & 1) == 0) {
                bits[i >> 6] |= 1L << i;
            }
        }
        return bits;
    }

    private static boolean isSet(long[] bits, int i) {
        return (bits[i >> 6] & 1L << i) != 0;
    }

    /** Appends each suffix's type to its value: S-type (1) or L-type (0), right to left. */
    private static void classify(int[] t, int n) {
        t[n - 1] = t[n - 1] << 1 | 1;
        for (int i = n - 2; i >= 0; i--) {
            int next = t[i + 1] >> 1;
            boolean small = t[i] < next || (t[i] == next && (t[i + 1] & 1) != 0);
            t[i] = t[i] << 1 | (small ? 1 : 0);
        }
    }

    /** Values and types compared at once: both are in each entry. */
    private static boolean sameLmsSubstring(int[] t, long[] lms, int a, int b, int n) {
        for (int d = 0; ; d++) {
            if (a + d >= n || b + d >= n || t[a + d] != t[b + d]) {
                return false;
            }
            if (d > 0) {
                boolean endA = isSet(lms, a + d);
                boolean endB = isSet(lms, b + d);
                if (endA || endB) {
                    return endA && endB;
                }
            }
        }
    }

    private static void starts(int[] sizes, int[] bucket) {
        for (int c = 0, sum = 0; c < sizes.length; c++) {
            bucket[c] = sum;
            sum += sizes[c];
        }
    }

    private static void ends(int[] sizes, int[] bucket) {
        for (int c = 0, sum = 0; c < sizes.length; c++) {
            sum += sizes[c];
            bucket[c] = sum;
        }
    }

    private static void induceLarge(int[] t, int[] sa, int[] sizes, int[] bucket, int n) {
        starts(sizes, bucket);
        for (int i = 0; i < n; i++) {
            int j = sa[i] - 1;
            if (j >= 0) {
                int c = t[j];
                if ((c & 1) == 0) {
                    sa[bucket[c >> 1]++] = j;
                }
            }
        }
    }

    private static void induceSmall(int[] t, int[] sa, int[] sizes, int[] bucket, int n) {
        ends(sizes, bucket);
        for (int i = n - 1; i >= 0; i--) {
            int j = sa[i] - 1;
            if (j >= 0) {
                int c = t[j];
                if ((c & 1) != 0) {
                    sa[--bucket[c >> 1]] = j;
                }
            }
        }
    }
}
