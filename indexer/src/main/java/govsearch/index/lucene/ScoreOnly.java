package govsearch.index.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query that scores as the query it wraps but reports no matches: the IK words that rank the
 * sections of a literal string are not what the reader asked to see highlighted (the string is).
 */
final class ScoreOnly extends Query {

    private final Query in;

    ScoreOnly(Query in) {
        this.in = in;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new FilterWeight(this, in.createWeight(searcher, scoreMode, boost)) {
            @Override
            public Matches matches(LeafReaderContext context, int doc) {
                return null;
            }
        };
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new ScoreOnly(rewritten);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(Occur.SHOULD, this));
    }

    @Override
    public String toString(String field) {
        return "scoreOnly(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((ScoreOnly) other).in);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}
