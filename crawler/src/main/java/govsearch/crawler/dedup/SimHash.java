package govsearch.crawler.dedup;

/**
 * 64-bit SimHash (Charikar) over 4-character shingles of a text with whitespace and punctuation
 * removed: Chinese has no spaces, so characters, not words, make the features. Two texts that
 * share most of their shingles get fingerprints a few bits apart; reposts of a report under other
 * site chrome, or with a line added, stay within {@link #NEAR} bits.
 */
public final class SimHash {

    public static final int SHINGLE = 4;
    /** Fingerprints at most this many bits apart are the same report. */
    public static final int NEAR = 3;

    private SimHash() {
    }

    public static long of(String text) {
        String t = letters(text);
        int[] weights = new int[64];
        if (t.length() < SHINGLE) {
            return hash(t, 0, t.length());
        }
        for (int i = 0; i + SHINGLE <= t.length(); i++) {
            long h = hash(t, i, i + SHINGLE);
            for (int b = 0; b < 64; b++) {
                weights[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int b = 0; b < 64; b++) {
            if (weights[b] > 0) {
                fingerprint |= 1L << b;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** Letters and digits only: what a repost keeps even when it changes spacing and punctuation. */
    static String letters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** FNV-1a over the chars, then the SplitMix64 finaliser so that every bit depends on every char. */
    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
