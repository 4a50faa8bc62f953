package govsearch.index.strings;

import govsearch.analysis.Folding;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.RandomAccessInput;

/**
 * The suffix-array chunks of one index segment, in one file beside the segment's own files. A
 * segment never changes once written, so neither does its file; deletions are the segment's live
 * docs, checked when counting. The file is written under a temporary name and renamed when whole,
 * so a file that exists is complete.
 */
public final class SegmentStrings implements Closeable {

    private static final int MAGIC = 0x47535341; // GSSA
    private static final int VERSION = 2;
    /**
     * Characters per chunk: building one takes about nine bytes of heap per character (the SA-IS
     * arrays), so 8 M characters cost some 80 MB while building whatever the segment's size.
     */
    public static final int CHUNK_CHARS = 8 << 20;

    /** A segment document's text, or null when it has none. */
    public interface Texts {
        String text(int doc) throws IOException;
    }

    private final IndexInput input;
    private final List<StringChunk> chunks;

    private SegmentStrings(IndexInput input, List<StringChunk> chunks) {
        this.input = input;
        this.chunks = chunks;
    }

    public List<StringChunk> chunks() {
        return chunks;
    }

    /** Writes the file {@code name} for the {@code maxDoc} documents of a segment. */
    public static void write(Directory dir, String name, int maxDoc, Texts texts, int chunkChars) throws IOException {
        String temporary = name + ".tmp";
        List<Long> at = new ArrayList<>();
        try (IndexOutput out = dir.createOutput(temporary, IOContext.DEFAULT)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            char[] text = new char[Math.min(chunkChars, 1 << 16)];
            int[] starts = new int[1024];
            int length = 0;
            int first = 0;
            int docs = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                String t = texts.text(doc);
                int n = t == null ? 0 : t.length();
                if (docs > 0 && length + n + 1 > chunkChars) {
                    starts[docs] = length;
                    at.add(StringChunk.write(out, first, starts, docs, text, length));
                    first = doc;
                    docs = 0;
                    length = 0;
                }
                if (length + n + 1 > text.length) {
                    text = java.util.Arrays.copyOf(text, Math.max(length + n + 1, Math.min(2 * text.length, chunkChars)));
                }
                if (docs + 2 > starts.length) {
                    starts = java.util.Arrays.copyOf(starts, 2 * starts.length);
                }
                starts[docs++] = length;
                if (n > 0) {
                    t.getChars(0, n, text, length);
                }
                for (int i = length; i < length + n; i++) {
                    char c = Folding.fold(text[i]);
                    text[i] = c == 0 ? ' ' : c;
                }
                length += n;
                text[length++] = 0;
            }
            starts[docs] = length;
            if (docs > 0) {
                at.add(StringChunk.write(out, first, starts, docs, text, length));
            }
            long footer = out.getFilePointer();
            out.writeInt(at.size());
            for (long a : at) {
                out.writeLong(a);
            }
            out.writeLong(footer);
        }
        dir.sync(List.of(temporary));
        dir.rename(temporary, name);
        dir.syncMetaData();
    }

    /** Whether the file is one this version reads (a file of an older version is built again). */
    public static boolean current(Directory dir, String name) throws IOException {
        try (IndexInput input = dir.openInput(name, IOContext.READONCE)) {
            return input.length() >= 16 && input.readInt() == MAGIC && input.readInt() == VERSION;
        }
    }

    public static SegmentStrings open(Directory dir, String name) throws IOException {
        IndexInput input = dir.openInput(name, IOContext.DEFAULT);
        try {
            RandomAccessInput in = input.randomAccessSlice(0, input.length());
            if (input.length() < 16 || in.readInt(0) != MAGIC || in.readInt(4) != VERSION) {
                throw new IOException(name + " is not a strings file of version " + VERSION);
            }
            long footer = in.readLong(input.length() - 8);
            int count = in.readInt(footer);
            List<StringChunk> chunks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                chunks.add(StringChunk.read(in, in.readLong(footer + 4 + 8L * i)));
            }
            return new SegmentStrings(input, List.copyOf(chunks));
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
