package govsearch.crawler.dedup;

import java.util.Arrays;

/**
 * MinHash signatures over the distinct 4-character shingles of a text's letters (Broder): the
 * share of equal positions in two signatures estimates the Jaccard similarity of the two shingle
 * sets, whatever the texts' lengths. Unlike a 64-bit SimHash with a fixed bit budget, the estimate
 * does not degrade on short texts: a 20-letter line added to a 300-letter report moves a SimHash
 * by about five bits (past a 3-bit threshold) but leaves the Jaccard similarity at 0.94 and the
 * containment of the original in the repost at 1.
 *
 * <p>{@link #BANDS} bands of {@link #ROWS} rows index the signatures (locality-sensitive hashing):
 * texts with Jaccard 0.7 share a band with probability 0.97, texts with Jaccard 0.3 with 0.05.
 */
public final class MinHash {

    public static final int SHINGLE = 4;
    public static final int BANDS = 20;
    public static final int ROWS = 5;
    public static final int SIZE = BANDS * ROWS;

    /** Position k orders shingle hashes h by {@code h * MUL[k] + ADD[k]} (MUL odd: a permutation of the longs). */
    private static final long[] MUL = new long[SIZE];
    private static final long[] ADD = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s += 0x9E3779B97F4A7C15L;
            MUL[i] = mix(s) | 1;
            s += 0x9E3779B97F4A7C15L;
            ADD[i] = mix(s);
        }
    }

    /** @param shingles how many distinct shingles the text has */
    public record Signature(long[] mins, int shingles) {

        /** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
        public double jaccard(Signature other) {
            int same = 0;
            for (int i = 0; i < SIZE; i++) {
                if (mins[i] == other.mins[i]) {
                    same++;
                }
            }
            return (double) same / SIZE;
        }

        /**
         * How much of the smaller shingle set lies in the larger one (estimated from the Jaccard
         * estimate and the two sizes): 1 when one text is the other with lines added.
         */
        public double containment(Signature other) {
            double j = jaccard(other);
            double common = j * (shingles + other.shingles) / (1 + j);
            return Math.min(1, common / Math.max(1, Math.min(shingles, other.shingles)));
        }

        /** The key of band {@code band}: the band's number and its rows, hashed. */
        public long band(int band) {
            long h = band * 0x9E3779B97F4A7C15L;
            for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
                h = mix(h ^ mins[r]);
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(mins) * 31 + shingles;
        }

        @Override
        public String toString() {
            return "Signature[" + shingles + " shingles]";
        }
    }

    private MinHash() {
    }

    /** The signature of {@code letters} (a text with everything but letters and digits removed). */
    public static Signature of(String letters) {
        int n = Math.max(1, letters.length() - SHINGLE + 1);
        long[] hashes = new long[n];
        if (letters.length() < SHINGLE) {
            hashes[0] = hash(letters, 0, letters.length());
        } else {
            for (int i = 0; i < n; i++) {
                hashes[i] = hash(letters, i, i + SHINGLE);
            }
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        long[] mins = new long[SIZE];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = 0; i < distinct; i++) {
            long h = hashes[i];
            for (int k = 0; k < SIZE; k++) {
                long v = h * MUL[k] + ADD[k]; // h is mixed already: one multiply is enough
                if (v < mins[k]) {
                    mins[k] = v;
                }
            }
        }
        return new Signature(mins, distinct);
    }

    /** FNV-1a over the chars, then the SplitMix64 finaliser. */
    static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: every output bit depends on every input bit. */
    static long mix(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
