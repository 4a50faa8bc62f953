package govsearch.index.strings;

import java.io.IOException;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * The folded texts of a run of consecutive documents, each followed by a NUL, and their suffix
 * array: where every occurrence of any string lies, found by two binary searches. The text and the
 * suffix array stay on disk (memory-mapped); only where each document starts is on the heap.
 */
public final class StringChunk {

    /** Characters per block of {@link #blockDoc}: a position finds its document in one or two steps. */
    private static final int BLOCK_SHIFT = 6;

    private final RandomAccessInput in;
    private final long textAt;
    private final long suffixesAt;
    private final int length;
    /** Bytes per suffix-array entry: 3 while positions fit in 24 bits (every chunk of at most 16 M chars), else 4. */
    private final int width;
    private final int firstDoc;
    /** Where each document's text starts, and after the last, the chunk's length. */
    private final int[] starts;
    /** The document holding the first char of each block of 64. */
    private final int[] blockDoc;

    private StringChunk(RandomAccessInput in, long textAt, long suffixesAt, int length, int width, int firstDoc, int[] starts) {
        this.in = in;
        this.width = width;
        this.textAt = textAt;
        this.suffixesAt = suffixesAt;
        this.length = length;
        this.firstDoc = firstDoc;
        this.starts = starts;
        this.blockDoc = new int[(length >>> BLOCK_SHIFT) + 1];
        int doc = 0;
        for (int b = 0; b < blockDoc.length; b++) {
            int pos = b << BLOCK_SHIFT;
            while (doc + 1 < starts.length - 1 && starts[doc + 1] <= pos) {
                doc++;
            }
            blockDoc[b] = doc;
        }
    }

    /**
     * Writes a chunk: {@code text[0, length)} is the documents' folded texts, document {@code i}
     * starting at {@code starts[i]}, each followed by a NUL. Returns where the chunk begins.
     */
    static long write(IndexOutput out, int firstDoc, int[] starts, int docs, char[] text, int length) throws IOException {
        long at = out.getFilePointer();
        int[] suffixes = SuffixArray.of(text, length);
        out.writeInt(firstDoc);
        out.writeInt(docs);
        out.writeInt(length);
        for (int i = 0; i <= docs; i++) {
            out.writeInt(starts[i]);
        }
        // Little-endian, as DataOutput writes shorts and ints, in blocks: a call per char and per
        // suffix was most of the writing's time.
        byte[] block = new byte[1 << 15];
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (n + 2 > block.length) {
                out.writeBytes(block, 0, n);
                n = 0;
            }
            char c = text[i];
            block[n++] = (byte) c;
            block[n++] = (byte) (c >>> 8);
        }
        int width = packed(length) ? 3 : 4;
        for (int i = 0; i < length; i++) {
            if (n + width > block.length) {
                out.writeBytes(block, 0, n);
                n = 0;
            }
            int v = suffixes[i];
            block[n++] = (byte) v;
            block[n++] = (byte) (v >>> 8);
            block[n++] = (byte) (v >>> 16);
            if (width == 4) {
                block[n++] = (byte) (v >>> 24);
            }
        }
        out.writeBytes(block, 0, n);
        return at;
    }

    static StringChunk read(RandomAccessInput in, long at) throws IOException {
        int firstDoc = in.readInt(at);
        int docs = in.readInt(at + 4);
        int length = in.readInt(at + 8);
        int[] starts = new int[docs + 1];
        long p = at + 12;
        for (int i = 0; i <= docs; i++, p += 4) {
            starts[i] = in.readInt(p);
        }
        return new StringChunk(in, p, p + 2L * length, length, packed(length) ? 3 : 4, firstDoc, starts);
    }

    private static boolean packed(int length) {
        return length <= 1 << 24;
    }

    public int firstDoc() {
        return firstDoc;
    }

    public int docs() {
        return starts.length - 1;
    }

    public int length() {
        return length;
    }

    public char charAt(int pos) throws IOException {
        return (char) in.readShort(textAt + 2L * pos);
    }

    /**
     * The chars {@code [from, from + n)} into {@code into[0, n)} in one bulk read: reading a
     * wildcard's context char by char was most of a wildcard's time. {@code buffer} must hold
     * {@code 2 * n} bytes.
     */
    public void chars(int from, int n, char[] into, byte[] buffer) throws IOException {
        in.readBytes(textAt + 2L * from, buffer, 0, 2 * n);
        for (int i = 0, b = 0; i < n; i++, b += 2) {
            into[i] = (char) ((buffer[b] & 0xFF) | (buffer[b + 1] & 0xFF) << 8);
        }
    }

    /** The start of the {@code rank}-th suffix in sorted order. */
    public int suffix(int rank) throws IOException {
        // A 3-byte entry is read as an int and masked: whatever follows the array (another chunk, the
        // file's footer) gives the fourth byte.
        return width == 3 ? in.readInt(suffixesAt + 3L * rank) & 0xFFFFFF : in.readInt(suffixesAt + 4L * rank);
    }

    /**
     * The starts of the suffixes of ranks {@code [from, from + n)} into {@code out[0, n)}: one bulk
     * read of the array instead of a bounds-checked read per rank, which a range of a million
     * occurrences made the cost of counting. {@code buffer} must hold {@code 4 * n} bytes.
     */
    public void suffixes(int from, int n, int[] out, byte[] buffer) throws IOException {
        in.readBytes(suffixesAt + (long) width * from, buffer, 0, width * n);
        if (width == 3) {
            for (int i = 0, b = 0; i < n; i++, b += 3) {
                out[i] = (buffer[b] & 0xFF) | (buffer[b + 1] & 0xFF) << 8 | (buffer[b + 2] & 0xFF) << 16;
            }
        } else {
            for (int i = 0, b = 0; i < n; i++, b += 4) {
                out[i] = (buffer[b] & 0xFF) | (buffer[b + 1] & 0xFF) << 8 | (buffer[b + 2] & 0xFF) << 16 | (buffer[b + 3] & 0xFF) << 24;
            }
        }
    }

    /** The document (a segment doc id) whose text holds {@code pos}. */
    public int docAt(int pos) {
        int d = blockDoc[pos >>> BLOCK_SHIFT];
        while (starts[d + 1] <= pos) {
            d++;
        }
        return firstDoc + d;
    }

    /**
     * The documents of {@code positions[0, n)} into {@code docs[0, n)}: {@link #docAt} for each, in
     * two passes so that the table reads of different positions do not wait for one another (a
     * gigabyte's tables are far larger than the caches: each read is a miss, and one at a time they
     * were a quarter of a trend's time).
     */
    public void docsAt(int[] positions, int n, int[] docs) {
        for (int i = 0; i < n; i++) {
            docs[i] = blockDoc[positions[i] >>> BLOCK_SHIFT];
        }
        for (int i = 0; i < n; i++) {
            int d = docs[i];
            int pos = positions[i];
            while (starts[d + 1] <= pos) {
                d++;
            }
            docs[i] = firstDoc + d;
        }
    }

    /** The length of the text of {@code doc} (a segment doc id), without the NUL that ends it. */
    public int textLength(int doc) {
        return starts[doc - firstDoc + 1] - starts[doc - firstDoc] - 1;
    }

    /** Where the text of {@code doc} (a segment doc id) starts in the chunk. */
    public int start(int doc) {
        return starts[doc - firstDoc];
    }

    /** Ranks between two samples: every 256th suffix's first four chars are kept on the heap. */
    private static final int SAMPLE_SHIFT = 8;
    private static final int KEY_CHARS = 4;
    private volatile long[] sample;

    /**
     * The first four chars of every 256th suffix, packed in a long, made at the first search: a
     * search starts inside the 256 ranks the samples leave for its string's first four chars
     * instead of the whole chunk, some 15 fewer reads of the memory-mapped file — at a gigabyte each
     * a cache miss, and first appearances make a search per new string per chunk. 256 KB per 8 M chars.
     */
    private long[] sample() throws IOException {
        long[] s = sample;
        if (s == null) {
            synchronized (this) {
                s = sample;
                if (s == null) {
                    s = new long[((length - 1) >>> SAMPLE_SHIFT) + 1];
                    for (int k = 0; k < s.length; k++) {
                        int pos = suffix(k << SAMPLE_SHIFT);
                        long key = 0;
                        for (int i = 0; i < KEY_CHARS; i++) {
                            key = key << 16 | (pos + i < length ? charAt(pos + i) : 0);
                        }
                        s[k] = key;
                    }
                    sample = s;
                }
            }
        }
        return s;
    }

    /**
     * Ranks {@code [lo, hi)} that hold every suffix starting with {@code pattern} (its first chars
     * at least), as {@code lo << 32 | hi}: the samples below its least key and above its greatest
     * bound it. Keys order as the suffixes do (a suffix's end reads as the least char).
     */
    public long window(CharSequence pattern) throws IOException {
        if (length == 0 || pattern.isEmpty()) {
            return length;
        }
        long[] s = sample();
        long least = 0;
        long most = 0;
        for (int i = 0; i < KEY_CHARS; i++) {
            char c = i < pattern.length() ? pattern.charAt(i) : 0;
            least = least << 16 | c;
            most = most << 16 | (i < pattern.length() ? c : 0xFFFF);
        }
        // The last sample below least: the ranks up to it are before the pattern.
        int a = 0;
        int b = s.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (Long.compareUnsigned(s[mid], least) < 0) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        int lo = a == 0 ? 0 : ((a - 1) << SAMPLE_SHIFT) + 1;
        // The first sample above most: its rank and all after are past the pattern.
        b = s.length;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (Long.compareUnsigned(s[mid], most) <= 0) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        int hi = a == s.length ? length : a << SAMPLE_SHIFT;
        return ((long) lo << 32) | Math.max(lo, hi);
    }

    /** The ranks {@code [from, to)} of the suffixes starting with {@code pattern}, as {@code from << 32 | to}. */
    public long range(char[] pattern) throws IOException {
        long window = window(java.nio.CharBuffer.wrap(pattern));
        int lo = (int) (window >>> 32);
        int limit = (int) window;
        int hi = limit;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(suffix(mid), pattern) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = lo;
        hi = limit;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(suffix(mid), pattern) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return ((long) from << 32) | lo;
    }

    /** The suffix at {@code pos} against the pattern, looking only at its first pattern-length chars. */
    private int compare(int pos, char[] pattern) throws IOException {
        for (int d = 0; d < pattern.length; d++) {
            if (pos + d >= length) {
                return -1;
            }
            char c = charAt(pos + d);
            if (c != pattern[d]) {
                return c < pattern[d] ? -1 : 1;
            }
        }
        return 0;
    }
}
