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
        int[] bucket = new int[k];
        // Step 1: the LMS suffixes at the ends of their buckets, then induce the order of their substrings.
        ends(t, n, bucket);
        Arrays.fill(sa, 0, n, -1);
        for (int i = 1; i < n; i++) {
            if (lms(t, i)) {
                sa[--bucket[t[i] >> 1]] = i;
            }
        }
        induceLarge(t, sa, bucket, n);
        induceSmall(t, sa, bucket, n);
        // Step 2: name the sorted LMS substrings; equal substrings share a name.
        int lmsCount = 0;
        for (int i = 0; i < n; i++) {
            if (lms(t, sa[i])) {
                sa[lmsCount++] = sa[i];
            }
        }
        int[] nameAt = new int[n / 2 + 1];
        Arrays.fill(nameAt, -1);
        int names = 0;
        int previous = -1;
        for (int i = 0; i < lmsCount; i++) {
            int pos = sa[i];
            if (previous < 0 || !sameLmsSubstring(t, pos, previous, n)) {
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
            if (lms(t, i)) {
                lmsPositions[j++] = i;
            }
        }
        ends(t, n, bucket);
        Arrays.fill(sa, 0, n, -1);
        for (int i = lmsCount - 1; i >= 0; i--) {
            int pos = lmsPositions[reducedSa[i]];
            sa[--bucket[t[pos] >> 1]] = pos;
        }
        induceLarge(t, sa, bucket, n);
        induceSmall(t, sa, bucket, n);
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

    private static boolean lms(int[] t, int i) {
        return i > 0 && (t[i] & 1) != 0 && (t[i - 1] & 1) == 0;
    }

    /** Values and types compared at once: both are in each entry. */
    private static boolean sameLmsSubstring(int[] t, int a, int b, int n) {
        for (int d = 0; ; d++) {
            if (a + d >= n || b + d >= n || t[a + d] != t[b + d]) {
                return false;
            }
            if (d > 0 && (lms(t, a + d) || lms(t, b + d))) {
                return lms(t, a + d) && lms(t, b + d);
            }
        }
    }

    private static void starts(int[] t, int n, int[] bucket) {
        Arrays.fill(bucket, 0);
        for (int i = 0; i < n; i++) {
            bucket[t[i] >> 1]++;
        }
        for (int c = 0, sum = 0; c < bucket.length; c++) {
            int count = bucket[c];
            bucket[c] = sum;
            sum += count;
        }
    }

    private static void ends(int[] t, int n, int[] bucket) {
        Arrays.fill(bucket, 0);
        for (int i = 0; i < n; i++) {
            bucket[t[i] >> 1]++;
        }
        for (int c = 0, sum = 0; c < bucket.length; c++) {
            sum += bucket[c];
            bucket[c] = sum;
        }
    }

    private static void induceLarge(int[] t, int[] sa, int[] bucket, int n) {
        starts(t, n, bucket);
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

    private static void induceSmall(int[] t, int[] sa, int[] bucket, int n) {
        ends(t, n, bucket);
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
