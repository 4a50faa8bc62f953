package govsearch.analysis;

/**
 * The look-up of a trie laid out flat: nodes numbered breadth first, node {@code n}'s children the
 * nodes {@code firstChild[n]} to {@code firstChild[n + 1] - 1}, each reached by its char in
 * {@code via}, sorted among siblings. IK's dictionary for the import and the understanding's name
 * tries are laid out so: the shallow nodes every text walks through lie together and stay cached.
 */
public final class FlatTries {

    private FlatTries() {
    }

    /** The child of {@code node} reached by {@code c}, or -1. */
    public static int child(int[] firstChild, char[] via, int node, char c) {
        int lo = firstChild[node];
        int hi = firstChild[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = via[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
