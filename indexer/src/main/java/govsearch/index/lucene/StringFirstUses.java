package govsearch.index.lucene;

import govsearch.analytics.FirstUses;
import govsearch.index.strings.StringChunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/**
 * First appearances' "used before?" and "used how much after?" from the suffix arrays, in time that
 * grows with the year's strings and the new ones' later uses, not with the text of the other years.
 *
 * <p>The year's strings are walked as a trie, in sorted order (a string right after its prefix). A
 * string's suffix-array range in a chunk lies inside its prefix's, so it is found by looking at the
 * next character of the suffixes in that range only: none at all while the first suffix of the
 * range still agrees with the last one (their common prefix is kept), a binary search in the range
 * otherwise. Where no chunk's range changed, the string occurs exactly where its prefix does and its
 * answer is the prefix's. "Used before" is upward closed: an extension of a new string is new, so
 * only a string whose prefix was used before is looked up in the sections before, and the look-up
 * stops at the first occurrence there. A new string that is not used after has no extension that
 * is, and its subtree is skipped.
 */
final class StringFirstUses {

    private static final byte BEFORE = 1;
    private static final byte AFTER = 2;

    /** A node's answer: its prefix's tells nothing yet (the root), used before, new, or nothing to say below it. */
    private static final int ROOT = 0;
    private static final int USED_BEFORE = 1;
    private static final int NEW = 2;
    private static final int DONE = 3;

    private StringFirstUses() {
    }

    /** A chunk with sections of the sub-corpus before or after the year, and what each of its documents is. */
    private record Chunk(StringChunk strings, byte[] kindOf, int[] yearOf, int[] globalYear, boolean before, boolean after) {

        byte kind(int doc) {
            return kindOf[doc];
        }

        int year(int doc) {
            return globalYear[yearOf[doc]];
        }
    }

    static void laterUses(IndexSearcher s, StringIndex.Segment[] segments, Bits[] before, Bits[] after, List<String> strings,
                          FirstUses.LaterUse sink) throws IOException {
        int[] years = Arrays.stream(segments).flatMapToInt(g -> Arrays.stream(g.years())).distinct().sorted().toArray();
        List<Chunk> chunks = chunks(s, segments, before, after, years);
        if (chunks.isEmpty()) {
            return;
        }
        new Walk(chunks, years).run(strings, sink);
    }

    /** The chunks holding sections before or after, each document marked with which (deleted ones with neither). */
    private static List<Chunk> chunks(IndexSearcher s, StringIndex.Segment[] segments, Bits[] before, Bits[] after, int[] years) {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        List<Chunk> out = new ArrayList<>();
        for (int l = 0; l < leaves.size(); l++) {
            StringIndex.Segment segment = segments[l];
            Bits live = leaves.get(l).reader().getLiveDocs();
            int[] yearOf = segment.yearOf();
            byte[] kind = new byte[yearOf.length];
            for (int doc = 0; doc < kind.length; doc++) {
                if (yearOf[doc] == StringIndex.NO_YEAR || (live != null && !live.get(doc))) {
                    continue;
                }
                if (before[l] == null || before[l].get(doc)) {
                    kind[doc] = BEFORE;
                } else if (after[l] == null || after[l].get(doc)) {
                    kind[doc] = AFTER;
                }
            }
            int[] global = new int[segment.years().length];
            for (int y = 0; y < global.length; y++) {
                global[y] = Arrays.binarySearch(years, segment.years()[y]);
            }
            for (StringChunk chunk : segment.strings().chunks()) {
                boolean hasBefore = false;
                boolean hasAfter = false;
                for (int doc = chunk.firstDoc(); doc < chunk.firstDoc() + chunk.docs(); doc++) {
                    hasBefore |= kind[doc] == BEFORE;
                    hasAfter |= kind[doc] == AFTER;
                }
                if (hasBefore || hasAfter) {
                    out.add(new Chunk(chunk, kind, yearOf, global, hasBefore, hasAfter));
                }
            }
        }
        return out;
    }

    /** The trie walk: per depth (a string's length), its range in every chunk and its answer. */
    private static final class Walk {
        private static final int DEPTHS = FirstUses.MAX_LENGTH + 1;

        private final List<Chunk> chunks;
        private final int[] years;
        /** Per depth and chunk: the string's range of ranks, the first suffix's start, and how long its first and last suffixes agree. */
        private final int[][] from;
        private final int[][] to;
        private final int[][] first;
        private final int[][] common;
        private final String[] path = new String[DEPTHS];
        private final int[] answer = new int[DEPTHS];
        private final long[] uses = new long[DEPTHS];
        private final int[] yearsUsed = new int[DEPTHS];
        private final int[] lastYear = new int[DEPTHS];
        /** The count each year was last seen in, to count a string's distinct years in one pass. */
        private final int[] seenIn;
        private int counting;
        private final int[] positions = new int[BLOCK];
        private final byte[] buffer = new byte[4 * BLOCK];

        Walk(List<Chunk> chunks, int[] years) {
            this.chunks = chunks;
            this.years = years;
            int k = chunks.size();
            from = new int[DEPTHS][k];
            to = new int[DEPTHS][k];
            first = new int[DEPTHS][k];
            common = new int[DEPTHS][k];
            seenIn = new int[years.length];
        }

        void run(List<String> strings, FirstUses.LaterUse sink) throws IOException {
            String[] sorted = strings.toArray(String[]::new);
            Arrays.sort(sorted);
            int visited = 0;
            for (String string : sorted) {
                if ((++visited & 255) == 0) {
                    LuceneReportIndex.checkDeadline();
                }
                int n = string.length();
                if (n < FirstUses.MIN_LENGTH || n > FirstUses.MAX_LENGTH) {
                    throw new IllegalArgumentException("a first appearance is " + FirstUses.MIN_LENGTH + " to "
                            + FirstUses.MAX_LENGTH + " characters: " + string);
                }
                int parent = n - 1;
                boolean hasParent = n > FirstUses.MIN_LENGTH && path[parent] != null && string.startsWith(path[parent]);
                path[n] = string;
                if (hasParent && answer[parent] == DONE) {
                    answer[n] = DONE;
                    continue;
                }
                boolean same;
                if (hasParent) {
                    same = narrow(n, string.charAt(n - 1));
                } else if (n == FirstUses.MIN_LENGTH) {
                    // Inside the range of its first char, found once for all the strings starting with it.
                    if (path[1] == null || path[1].charAt(0) != string.charAt(0)) {
                        path[1] = string.substring(0, 1);
                        search(1, path[1]);
                    }
                    narrow(n, string.charAt(n - 1));
                    same = false;
                } else {
                    search(n, string);
                    same = false;
                }
                if (!any(n)) {
                    answer[n] = DONE;
                    continue;
                }
                int above = hasParent ? answer[parent] : ROOT;
                boolean before = above == USED_BEFORE && same || above != NEW && usedBefore(n);
                if (before) {
                    answer[n] = USED_BEFORE;
                    continue;
                }
                if (above == NEW && same) {
                    uses[n] = uses[parent];
                    yearsUsed[n] = yearsUsed[parent];
                    lastYear[n] = lastYear[parent];
                } else {
                    countAfter(n);
                }
                if (uses[n] == 0) {
                    answer[n] = DONE;
                    continue;
                }
                answer[n] = NEW;
                sink.accept(string, uses[n], yearsUsed[n], lastYear[n]);
            }
        }

        /** The string's ranges by two binary searches per chunk. */
        private void search(int n, String string) throws IOException {
            char[] pattern = string.toCharArray();
            for (int k = 0; k < chunks.size(); k++) {
                long range = chunks.get(k).strings().range(pattern);
                set(n, k, (int) (range >>> 32), (int) range);
            }
        }

        /**
         * The string's ranges inside its prefix's (depth {@code n - 1}), its last char {@code c}; true
         * when no chunk's range changed.
         */
        private boolean narrow(int n, char c) throws IOException {
            int d = n - 1;
            boolean same = true;
            for (int k = 0; k < chunks.size(); k++) {
                int lo = from[d][k];
                int hi = to[d][k];
                if (lo == hi) {
                    from[n][k] = to[n][k] = lo;
                    continue;
                }
                StringChunk chunk = chunks.get(k).strings();
                if (d < common[d][k]) {
                    // Every suffix of the range agrees with the first up to the common length.
                    if (chunk.charAt(first[d][k] + d) == c) {
                        from[n][k] = lo;
                        to[n][k] = hi;
                        first[n][k] = first[d][k];
                        common[n][k] = common[d][k];
                    } else {
                        from[n][k] = to[n][k] = lo;
                        same = false;
                    }
                    continue;
                }
                int start = lowerBound(chunk, lo, hi, d, c);
                int end = c == Character.MAX_VALUE ? hi : lowerBound(chunk, start, hi, d, (char) (c + 1));
                same &= start == lo && end == hi;
                set(n, k, start, end);
            }
            return same;
        }

        /** The first rank in [lo, hi) whose suffix has a char at least {@code c} at {@code d}, or hi. */
        private static int lowerBound(StringChunk chunk, int lo, int hi, int d, char c) throws IOException {
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (chunk.charAt(chunk.suffix(mid) + d) < c) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private void set(int n, int k, int lo, int hi) throws IOException {
            from[n][k] = lo;
            to[n][k] = hi;
            if (lo == hi) {
                return;
            }
            StringChunk chunk = chunks.get(k).strings();
            int a = chunk.suffix(lo);
            int b = chunk.suffix(hi - 1);
            int agree = n;
            // Past the string's own n chars: both suffixes hold a NUL before the chunk ends, and no string does.
            while (agree < FirstUses.MAX_LENGTH && chunk.charAt(a + agree) == chunk.charAt(b + agree)
                    && chunk.charAt(a + agree) != 0) {
                agree++;
            }
            first[n][k] = a;
            common[n][k] = agree;
        }

        private boolean any(int n) {
            for (int k = 0; k < chunks.size(); k++) {
                if (from[n][k] < to[n][k]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a section before holds the string: its occurrences read until the first there. */
        private boolean usedBefore(int n) throws IOException {
            for (int k = 0; k < chunks.size(); k++) {
                Chunk chunk = chunks.get(k);
                if (!chunk.before()) {
                    continue;
                }
                // Small blocks first: a string used before is mostly found in its first few occurrences.
                int block = 16;
                for (int r = from[n][k]; r < to[n][k]; r += block, block = Math.min(BLOCK, 4 * block)) {
                    int m = Math.min(block, to[n][k] - r);
                    chunk.strings().suffixes(r, m, positions, buffer);
                    for (int i = 0; i < m; i++) {
                        if (chunk.kind(chunk.strings().docAt(positions[i])) == BEFORE) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The string's occurrences in sections after, the distinct years of those sections and the last. */
        private void countAfter(int n) throws IOException {
            int stamp = ++counting;
            long count = 0;
            int distinct = 0;
            int last = 0;
            for (int k = 0; k < chunks.size(); k++) {
                Chunk chunk = chunks.get(k);
                if (!chunk.after()) {
                    continue;
                }
                for (int r = from[n][k]; r < to[n][k]; r += BLOCK) {
                    LuceneReportIndex.checkDeadline();
                    int m = Math.min(BLOCK, to[n][k] - r);
                    chunk.strings().suffixes(r, m, positions, buffer);
                    for (int i = 0; i < m; i++) {
                        int doc = chunk.strings().docAt(positions[i]);
                        if (chunk.kind(doc) != AFTER) {
                            continue;
                        }
                        count++;
                        int y = chunk.year(doc);
                        if (seenIn[y] != stamp) {
                            seenIn[y] = stamp;
                            distinct++;
                            last = Math.max(last, years[y]);
                        }
                    }
                }
            }
            uses[n] = count;
            yearsUsed[n] = distinct;
            lastYear[n] = last;
        }
    }

    /** Suffixes read at once. */
    private static final int BLOCK = 4096;
}
