package govsearch.index.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import govsearch.analysis.IkAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Each section's IK smart words with their counts, read once from its stored text and kept while
 * memory allows. Segmenting is what a comparison costs, and analysts compare the same sections
 * again and again — one side kept, the other changed, a year range widened. Keyed by segment and
 * document: a new segment holds new sections, and the entries of a merged-away one age out.
 */
final class SectionWords {

    /** A section's distinct words (interned: the vocabulary is shared by all sections) and counts. */
    record Counts(String[] words, int[] counts, int tokens) {
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

    Counts of(LeafReaderContext leaf, int docInLeaf, Text text) throws IOException {
        Object segment = leaf.reader().getCoreCacheHelper() == null ? leaf.reader() : leaf.reader().getCoreCacheHelper().getKey();
        try {
            return cache.get(new Key(segment, docInLeaf), k -> {
                try {
                    return read(text.read());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static Counts read(String text) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        int tokens = 0;
        try (TokenStream ts = SMART.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                counts.computeIfAbsent(term.toString(), w -> new int[1])[0]++;
                tokens++;
            }
            ts.end();
        }
        String[] words = new String[counts.size()];
        int[] n = new int[counts.size()];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            words[i] = e.getKey().intern();
            n[i++] = e.getValue()[0];
        }
        return new Counts(words, n, tokens);
    }
}
