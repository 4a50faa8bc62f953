package govsearch.index.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import govsearch.analysis.IkAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Each section's IK smart words with their counts. Segmenting is what a comparison costs, so the
 * import stores them with the section ({@link #encode}); an index written before that has them
 * read from the stored text. Either way they are kept while memory allows, since analysts compare
 * the same sections again and again — one side kept, the other changed, a year range widened.
 * Keyed by segment and document: a new segment holds new sections, and the entries of a
 * merged-away one age out. The Elasticsearch backend stores them the same way ({@link #encode}).
 */
public final class SectionWords {

    /** A section's distinct words (interned: the vocabulary is shared by all sections) and counts. */
    public record Counts(String[] words, int[] counts, int tokens) {
    }

    private record Key(Object segment, int doc) {
    }

    private static final Analyzer SMART = IkAnalyzer.smart();

    private final Cache<Key, Counts> cache;

    /** @param maxWords how many (section, word) entries to keep: about 12 bytes of heap each */
    SectionWords(long maxWords) {
        cache = Caffeine.newBuilder()
                .maximumWeight(maxWords)
                .weigher((Key k, Counts c) -> c.words().length + 8)
                .build();
    }

    void clear() {
        cache.invalidateAll();
    }

    interface Text {
        String read() throws IOException;
    }

    interface Loader {
        Counts load() throws IOException;
    }

    Counts of(LeafReaderContext leaf, int docInLeaf, Text text) throws IOException {
        return load(leaf, docInLeaf, () -> interned(read(text.read())));
    }

    Counts load(LeafReaderContext leaf, int docInLeaf, Loader loader) throws IOException {
        Object segment = leaf.reader().getCoreCacheHelper() == null ? leaf.reader() : leaf.reader().getCoreCacheHelper().getKey();
        try {
            return cache.get(new Key(segment, docInLeaf), k -> {
                try {
                    return loader.load();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The counts as a section document stores them: a word, a tab, its count, a newline; IK words hold no whitespace. */
    public static String encode(Counts c) {
        StringBuilder b = new StringBuilder(c.words().length * 8);
        for (int i = 0; i < c.words().length; i++) {
            b.append(c.words()[i]).append('\t').append(c.counts()[i]).append('\n');
        }
        return b.toString();
    }

    public static Counts decode(String stored) {
        int lines = 0;
        for (int i = 0; i < stored.length(); i++) {
            if (stored.charAt(i) == '\n') {
                lines++;
            }
        }
        String[] words = new String[lines];
        int[] counts = new int[lines];
        int tokens = 0;
        int at = 0;
        for (int k = 0; k < lines; k++) {
            int tab = stored.indexOf('\t', at);
            int nl = stored.indexOf('\n', tab);
            words[k] = stored.substring(at, tab).intern();
            counts[k] = Integer.parseInt(stored, tab + 1, nl, 10);
            tokens += counts[k];
            at = nl + 1;
        }
        return new Counts(words, counts, tokens);
    }

    /** The first byte of {@link #located}'s form, so that another form can follow. */
    private static final byte LOCATED = 1;

    /**
     * The counts as the embedded index stores them: a word found in the section's folded text (IK
     * segments the folded text) is where it first occurs there and its length — a few bytes against
     * the word itself, which took 0.59 x the text on disk (docs/design/string-index.md); a word that
     * is not found is kept as it is. {@link #decodeLocated} needs the same folded text.
     */
    static byte[] located(List<String> smartWords, String folded) {
        return located(smartWords, null, folded);
    }

    /**
     * {@link #located(List, String)} told where IK found each word ({@code starts}, may be null): a
     * word that stands there in the folded text is not looked for (a word lower-cased by the
     * analyzer may not stand there, and is).
     */
    static byte[] located(List<String> smartWords, int[] starts, String folded) {
        // Distinct words in the order first met, in an open-addressed table of their indexes: a
        // linked hash map's entry per word and its lookups were 2 % of the import.
        int size = smartWords.size();
        String[] words = new String[size];
        int[] counts = new int[size];
        int[] start = new int[size];
        int[] table = new int[Integer.highestOneBit(Math.max(4, size * 2)) << 1];
        java.util.Arrays.fill(table, -1);
        int mask = table.length - 1;
        int n = 0;
        // The words come in text order: each is looked for from where the one before was found, so
        // locating them all is one walk over the text (the first try, indexOf per word, cost IK's 6 %).
        int cursor = 0;
        for (int i = 0; i < size; i++) {
            String w = smartWords.get(i);
            int at = w.isEmpty() ? -1
                    : starts != null && starts[i] >= cursor && folded.startsWith(w, starts[i]) ? starts[i]
                    : folded.indexOf(w, cursor);
            if (at >= 0) {
                cursor = at;
            }
            int slot = w.hashCode() & mask;
            while (table[slot] >= 0 && !words[table[slot]].equals(w)) {
                slot = (slot + 1) & mask;
            }
            int k = table[slot];
            if (k < 0) {
                k = n++;
                table[slot] = k;
                words[k] = w;
                start[k] = at >= 0 || w.isEmpty() ? at : folded.indexOf(w);
            }
            counts[k]++;
        }
        long[] byStart = new long[n];
        int found = 0;
        for (int k = 0; k < n; k++) {
            if (start[k] >= 0) {
                byStart[found++] = (long) start[k] << 32 | k;
            }
        }
        // By where they start, so that each start is a small step from the one before.
        java.util.Arrays.sort(byStart, 0, found);
        var out = new org.apache.lucene.store.ByteBuffersDataOutput(16 + 4 * n);
        try {
            out.writeByte(LOCATED);
            out.writeVInt(smartWords.size());
            out.writeVInt(found);
            int previous = 0;
            for (int j = 0; j < found; j++) {
                int i = (int) byStart[j];
                out.writeVInt(start[i] - previous);
                out.writeVInt(words[i].length());
                out.writeVInt(counts[i]);
                previous = start[i];
            }
            out.writeVInt(n - found);
            for (int i = 0; i < n; i++) {
                if (start[i] < 0) {
                    out.writeString(words[i]);
                    out.writeVInt(counts[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArrayCopy();
    }

    /** The counts {@link #located} wrote against the folded text, words interned. */
    static Counts decodeLocated(org.apache.lucene.util.BytesRef stored, String folded) throws IOException {
        String text = folded;
        var in = new org.apache.lucene.store.ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
        if (in.readByte() != LOCATED) {
            throw new IllegalStateException("section words in an unknown form");
        }
        int tokens = in.readVInt();
        int found = in.readVInt();
        List<String> words = new ArrayList<>(found);
        List<Integer> counts = new ArrayList<>(found);
        int start = 0;
        for (int i = 0; i < found; i++) {
            start += in.readVInt();
            int length = in.readVInt();
            words.add(text.substring(start, start + length).intern());
            counts.add(in.readVInt());
        }
        int literal = in.readVInt();
        for (int i = 0; i < literal; i++) {
            words.add(in.readString().intern());
            counts.add(in.readVInt());
        }
        return new Counts(words.toArray(String[]::new), counts.stream().mapToInt(Integer::intValue).toArray(), tokens);
    }

    /** The same counts with the words interned, as the cache keeps them. */
    public static Counts interned(Counts c) {
        String[] words = new String[c.words().length];
        for (int i = 0; i < words.length; i++) {
            words[i] = c.words()[i].intern();
        }
        return new Counts(words, c.counts(), c.tokens());
    }

    static Counts read(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = SMART.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        }
        return count(words);
    }

    /** The counts of a section's smart words, in the order IK gives them. */
    public static Counts count(List<String> smartWords) {
        Map<String, int[]> counts = new HashMap<>();
        int tokens = 0;
        for (String w : smartWords) {
            counts.computeIfAbsent(w, k -> new int[1])[0]++;
            tokens++;
        }
        String[] words = new String[counts.size()];
        int[] n = new int[counts.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            words[i] = e.getKey();
            n[i++] = e.getValue()[0];
        }
        return new Counts(words, n, tokens);
    }
}
