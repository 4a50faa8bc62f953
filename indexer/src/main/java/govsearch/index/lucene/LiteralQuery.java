package govsearch.index.lucene;

import govsearch.analysis.Folding;
import govsearch.index.strings.StringChunk;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The sections holding a literal string ({@link Literal}), found in the suffix arrays: the
 * string's range in each chunk is its occurrences, each mapped to its section. It matches without
 * scoring (its callers score the sections it finds by their IK words); its {@link Matches} are the
 * occurrences in the section's text, with offsets, under the field name {@link Fields#EXACT}, where
 * the bigram field's matches were before the suffix arrays made that field redundant.
 *
 * <p>A segment without its file (an index opened with array building switched off, or a searcher
 * made outside {@link LuceneReportIndex}) is answered by reading its texts: slower, the same answer.
 */
final class LiteralQuery extends Query {

    private final String literal;

    /** {@code literal} as {@link Literal#of} gives it: folded, non-empty. */
    LiteralQuery(String literal) {
        this.literal = Objects.requireNonNull(literal);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        StringIndex strings = searcher instanceof StringsSearcher s ? s.strings : null;
        Map<Object, FixedBitSet> found = new ConcurrentHashMap<>();
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
                FixedBitSet docs = found.get(leaf.id());
                if (docs == null) {
                    docs = sections(strings, leaf);
                    found.put(leaf.id(), docs);
                }
                int n = docs.cardinality();
                if (n == 0) {
                    return null;
                }
                FixedBitSet in = docs;
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public org.apache.lucene.search.Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score, scoreMode, new BitSetIterator(in, n));
                    }

                    @Override
                    public long cost() {
                        return n;
                    }
                };
            }

            @Override
            public Matches matches(LeafReaderContext leaf, int doc) throws IOException {
                String text = leaf.reader().storedFields().document(doc, TEXT_ONLY).get(Fields.TEXT);
                int[] at = text == null ? new int[0] : Literal.occurrences(literal, Folding.fold(text));
                if (at.length == 0) {
                    return null;
                }
                return MatchesUtils.forField(Fields.EXACT, () -> new Occurrences(at, literal.length(), LiteralQuery.this));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return true;
            }
        };
    }

    private static final Set<String> TEXT_ONLY = Set.of(Fields.TEXT);

    /** The segment's sections holding the literal, deleted ones included (the collector skips those). */
    private FixedBitSet sections(StringIndex strings, LeafReaderContext leaf) throws IOException {
        FixedBitSet docs = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
        StringIndex.Segment segment = strings == null ? null : strings.of(leaf);
        if (segment == null) {
            StoredFields stored = leaf.reader().storedFields();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                LuceneReportIndex.checkDeadline();
                String text = stored.document(d, TEXT_ONLY).get(Fields.TEXT);
                if (text != null && Literal.occurrences(literal, Folding.fold(text)).length > 0) {
                    docs.set(d);
                }
            }
            return docs;
        }
        char[] pattern = literal.toCharArray();
        for (StringChunk chunk : segment.strings().chunks()) {
            // Occurrences inside a longer Latin word or number are left out there.
            StringCounts.eachOccurrence(chunk, pattern, null, null, (doc, pos) -> docs.set(doc));
        }
        return docs;
    }

    /** A section's occurrences of the literal, with their offsets. */
    private static final class Occurrences implements MatchesIterator {
        private final int[] starts;
        private final int length;
        private final Query query;
        private int i = -1;

        Occurrences(int[] starts, int length, Query query) {
            this.starts = starts;
            this.length = length;
            this.query = query;
        }

        @Override
        public boolean next() {
            return ++i < starts.length;
        }

        @Override
        public int startPosition() {
            return -1;
        }

        @Override
        public int endPosition() {
            return -1;
        }

        @Override
        public int startOffset() {
            return starts[i];
        }

        @Override
        public int endOffset() {
            return starts[i] + length;
        }

        @Override
        public MatchesIterator getSubMatches() {
            return null;
        }

        @Override
        public Query getQuery() {
            return query;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.EXACT)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return Fields.EXACT + ":\"" + literal + "\"";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && literal.equals(((LiteralQuery) other).literal);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + literal.hashCode();
    }
}
