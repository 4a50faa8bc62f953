package govsearch.index.lucene;

import govsearch.index.lucene.LuceneQueries.Token;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * An exact phrase whose last token is one character (2019年): in the index that character is a
 * unigram only where its run of characters ends, and otherwise the start of a bigram (年工 in
 * 2019年工作). Rewritten against the index into a phrase with, at the last position, the character
 * and every bigram it begins.
 */
final class OpenEndedPhrase extends Query {

    /** Bigrams one character can begin in a large corpus are a few thousand; beyond this, give up. */
    static final int MAX_ENDINGS = 20_000;

    private final List<Token> tokens;

    OpenEndedPhrase(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Token last = tokens.getLast();
        BytesRef prefix = new BytesRef(last.term());
        Set<Term> endings = new LinkedHashSet<>();
        endings.add(new Term(Fields.EXACT, last.term()));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.EXACT);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
                if (endings.size() >= MAX_ENDINGS) {
                    throw new govsearch.index.BadQuery("q", "'" + last.term() + "' at the end of a quoted string is too common to match");
                }
                endings.add(new Term(Fields.EXACT, BytesRef.deepCopyOf(t)));
            }
        }
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        for (Token t : tokens.subList(0, tokens.size() - 1)) {
            b.add(new Term[]{new Term(Fields.EXACT, t.term())}, t.position());
        }
        b.add(endings.toArray(Term[]::new), last.position());
        return b.build();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.EXACT)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "exact:\"" + String.join(" ", tokens.stream().map(Token::term).toList()) + "*\"";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && tokens.equals(((OpenEndedPhrase) other).tokens);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + tokens.hashCode();
    }
}
