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
 * range still agrees with the last one (their common prefix is kept), a search in the range
 * otherwise. Where no chunk's range changed, the string occurs exactly where its prefix does and its
 * answer is the prefix's. "Used before" is upward closed: an extension of a new string is new, so
 * only a string whose prefix was used before is looked up in the sections before, and the look-up
 * stops at the first occurrence there. A new string that is not used after has no extension that
 * is, and its subtree is skipped. The result is the text scan's ({@link FirstUses#byScan}), which
 * {@code StringFirstUsesTest} checks over the bundled corpus.
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

    /**
     * A chunk with sections of the sub-corpus before or after the year, what each of its documents
     * is, and how many of its characters are before.
     */
    private record Chunk(StringChunk strings, byte[] kindOf, int[] yearOf, int[] globalYear, long charsBefore, boolean after) {

        boolean before() {
            return charsBefore > 0;
        }

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
        // Strings with different first chars share no trie node: groups of them are walked side by
        // side on the machine's cores, each by a walk of its own.
        String[] sorted = strings.toArray(String[]::new);
        Arrays.sort(sorted);
        List<List<String>> groups = new ArrayList<>();
        int target = Math.max(1, sorted.length / GROUPS);
        for (int start = 0; start < sorted.length; ) {
            int end = Math.min(sorted.length, start + target);
            while (end < sorted.length && sorted[end].charAt(0) == sorted[end - 1].charAt(0)) {
                end++;
            }
            groups.add(Arrays.asList(sorted).subList(start, end));
            start = end;
        }
        FirstUses.LaterUse shared = (string, uses, yearsUsed, last) -> {
            synchronized (sink) {
                sink.accept(string, uses, yearsUsed, last);
            }
        };
        ChunkTasks.pieces(groups.size(), g -> {
            new Walk(chunks, years).run(groups.get(g), shared);
            return null;
        });
    }

    /** Groups of strings walked apart: more than the cores, so that a long group does not leave a core idle. */
    private static final int GROUPS = 8;

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
                long charsBefore = 0;
                boolean hasAfter = false;
                for (int doc = chunk.firstDoc(); doc < chunk.firstDoc() + chunk.docs(); doc++) {
                    charsBefore += kind[doc] == BEFORE ? chunk.textLength(doc) + 1 : 0;
                    hasAfter |= kind[doc] == AFTER;
                }
                if (charsBefore > 0 || hasAfter) {
                    out.add(new Chunk(chunk, kind, yearOf, global, charsBefore, hasAfter));
                }
            }
        }
        return out;
    }

    /**
     * The trie walk: per depth (a string's length), its range in every chunk and its answer. The
     * chunks with sections before come first ({@code [0, early)}); a string's ranges in the others
     * are found only when it is new (to count its uses after), and for its prefixes on the way: at a
     * gigabyte most chunks hold no section before, and most strings are old.
     */
    private static final class Walk {
        private static final int DEPTHS = FirstUses.MAX_LENGTH + 1;

        private final List<Chunk> chunks;
        private final int early;
        private final int[] years;
        /** Per depth and chunk: the string's range of ranks, the first suffix's start, and how long its first and last suffixes agree. */
        private final int[][] from;
        private final int[][] to;
        private final int[][] first;
        private final int[][] common;
        private final String[] path = new String[DEPTHS];
        /** Whether the string at a depth extends the one above it (then all above are its prefixes). */
        private final boolean[] linked = new boolean[DEPTHS];
        /** Whether the string's ranges in the chunks without sections before are found. */
        private final boolean[] late = new boolean[DEPTHS];
        private final int[] answer = new int[DEPTHS];
        private final long[] uses = new long[DEPTHS];
        private final int[] yearsUsed = new int[DEPTHS];
        private final int[] lastYear = new int[DEPTHS];
        /** The count each year was last seen in, to count a string's distinct years in one pass. */
        private final int[] seenIn;
        private int counting;
        /** Per chunk, where the last string searched for starts: no later string starts before. */
        private final int[] cursor;
        private final int[] positions = new int[BLOCK];
        private final byte[] buffer = new byte[4 * BLOCK];

        Walk(List<Chunk> chunks, int[] years) {
            // Where sections before are densest first: a string used before is found there in a few steps.
            List<Chunk> ordered = new ArrayList<>(chunks.stream().filter(Chunk::before).sorted(java.util.Comparator.comparingDouble(
                    (Chunk c) -> (double) c.charsBefore() / c.strings().length()).reversed()).toList());
            this.early = ordered.size();
            ordered.addAll(chunks.stream().filter(c -> !c.before()).toList());
            this.chunks = ordered;
            this.years = years;
            int k = chunks.size();
            from = new int[DEPTHS][k];
            to = new int[DEPTHS][k];
            first = new int[DEPTHS][k];
            common = new int[DEPTHS][k];
            seenIn = new int[years.length];
            cursor = new int[k];
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
                linked[n] = hasParent;
                late[n] = false;
                if (hasParent && answer[parent] == DONE) {
                    answer[n] = DONE;
                    continue;
                }
                boolean same;
                if (hasParent) {
                    same = narrow(n, string.charAt(n - 1), 0, early);
                } else if (n == FirstUses.MIN_LENGTH) {
                    // Inside the range of its first char, found once for all the strings starting with it.
                    if (path[1] == null || path[1].charAt(0) != string.charAt(0)) {
                        path[1] = string.substring(0, 1);
                        late[1] = false;
                        search(1, path[1], 0, early);
                    }
                    narrow(n, string.charAt(n - 1), 0, early);
                    same = false;
                } else {
                    search(n, string, 0, early);
                    same = false;
                }
                int above = hasParent ? answer[parent] : ROOT;
                boolean before = above == USED_BEFORE && same || above != NEW && usedBefore(n);
                if (before) {
                    answer[n] = USED_BEFORE;
                    continue;
                }
                // New: its ranges everywhere, to count its uses after.
                if (above == NEW) {
                    same &= narrow(n, string.charAt(n - 1), early, chunks.size());
                    late[n] = true;
                } else {
                    findLate(n);
                }
                if (above == NEW && same) {
                    uses[n] = uses[parent];
                    yearsUsed[n] = yearsUsed[parent];
                    lastYear[n] = lastYear[parent];
                } else {
                    countAfter(n);
                }
                if (uses[n] == 0) {
                    // Neither before nor after: no extension is either.
                    answer[n] = DONE;
                    continue;
                }
                answer[n] = NEW;
                sink.accept(string, uses[n], yearsUsed[n], lastYear[n]);
            }
        }

        /**
         * The string's ranges in the chunks without sections before: searched for inside the ranges
         * of its longest prefix that has them (one search, not one per char of the prefixes between).
         */
        private void findLate(int n) throws IOException {
            String string = path[n];
            int head = n;
            while (head > FirstUses.MIN_LENGTH && linked[head]) {
                head--;
            }
            int known = 0;
            for (int m = n - 1; m >= head && known == 0; m--) {
                known = late[m] ? m : 0;
            }
            if (known == 0 && head == FirstUses.MIN_LENGTH && late[1] && path[1].charAt(0) == string.charAt(0)) {
                known = 1;
            }
            for (int k = early; k < chunks.size(); k++) {
                StringChunk chunk = chunks.get(k).strings();
                int lo = known == 0 ? 0 : from[known][k];
                int hi = known == 0 ? chunk.length() : to[known][k];
                within(n, k, lo, hi, string, known);
            }
            late[n] = true;
        }

        /** The string's ranges in chunks {@code [ks, ke)} by two binary searches each. */
        private void search(int n, String string, int ks, int ke) throws IOException {
            for (int k = ks; k < ke; k++) {
                within(n, k, 0, chunks.get(k).strings().length(), string, 0);
            }
        }

        /**
         * The string's ranges in chunks {@code [ks, ke)} inside its prefix's (depth {@code n - 1}), its
         * last char {@code c}; true when none of them changed.
         */
        private boolean narrow(int n, char c, int ks, int ke) throws IOException {
            int d = n - 1;
            boolean same = true;
            for (int k = ks; k < ke; k++) {
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
                within(n, k, lo, hi, path[n], d);
                same &= from[n][k] == lo && to[n][k] == hi;
            }
            return same;
        }

        /**
         * The ranks of the string's occurrences in chunk {@code k}, inside {@code [lo, hi)} where every
         * suffix starts with its first {@code d} chars. The strings come in sorted order, so none starts
         * before the last one found in the chunk: the search gallops from there (ranks +1, +2, +4 …)
         * to the first, and from the first to the last — steps in the logarithm of the gaps, not of
         * the chunk.
         */
        private void within(int n, int k, int lo, int hi, String string, int d) throws IOException {
            StringChunk chunk = chunks.get(k).strings();
            if (d < 4) {
                // The chunk's samples of four chars narrow a range its known prefix leaves wide.
                long window = chunk.window(string);
                lo = Math.max(lo, (int) (window >>> 32));
                hi = Math.max(lo, Math.min(hi, (int) window));
            }
            // Galloping takes twice the steps of a binary search over the same span: only where the span is long.
            int start = cursor[k] > lo && hi - lo > GALLOP ? gallop(chunk, Math.min(cursor[k], hi), hi, string, d, 0)
                    : bisect(chunk, lo, hi, string, d, 0);
            int end = start == hi || compare(chunk, start, string, d) != 0 ? start
                    : hi - start > GALLOP ? gallop(chunk, start + 1, hi, string, d, 1) : bisect(chunk, start + 1, hi, string, d, 1);
            cursor[k] = start;
            set(n, k, start, end);
        }

        /**
         * The first rank in {@code [base, hi)} whose suffix compares at least {@code least} with the
         * string (0: not before it; 1: after it), or hi; every rank before base compares less.
         */
        private static int gallop(StringChunk chunk, int base, int hi, String string, int d, int least) throws IOException {
            int below = base - 1;
            int step = 1;
            int above = hi;
            while (below + step < hi) {
                if (compare(chunk, below + step, string, d) >= least) {
                    above = below + step;
                    break;
                }
                below += step;
                step <<= 1;
            }
            return bisect(chunk, below + 1, above, string, d, least);
        }

        /** The first rank in {@code [l, h)} whose suffix compares at least {@code least} with the string, or h. */
        private static int bisect(StringChunk chunk, int l, int h, String string, int d, int least) throws IOException {
            while (l < h) {
                int mid = (l + h) >>> 1;
                if (compare(chunk, mid, string, d) >= least) {
                    h = mid;
                } else {
                    l = mid + 1;
                }
            }
            return l;
        }

        /** The suffix of rank {@code r} against the string, from char {@code d} on (the chars before are the same). */
        private static int compare(StringChunk chunk, int r, String string, int d) throws IOException {
            int pos = chunk.suffix(r);
            for (int i = d; i < string.length(); i++) {
                char c = chunk.charAt(pos + i);
                char p = string.charAt(i);
                if (c != p) {
                    return c < p ? -1 : 1;
                }
            }
            return 0;
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

        /** Whether a section before holds the string: its occurrences read until the first there. */
        private boolean usedBefore(int n) throws IOException {
            for (int k = 0; k < early; k++) {
                Chunk chunk = chunks.get(k);
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

    /** Ranks beyond which a search gallops from where it knows to start rather than bisecting. */
    private static final int GALLOP = 1 << 12;

    /** Suffixes read at once. */
    private static final int BLOCK = 4096;
}
