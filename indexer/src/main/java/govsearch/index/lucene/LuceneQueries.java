package govsearch.index.lucene;

import govsearch.analysis.IkAnalyzer;
import govsearch.index.RegionPath;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query over section documents.
 *
 * <p>A word matches a section when all its IK (smart) words occur in the section, or when the
 * word occurs there literally — IK's max-word index can miss a word its smart mode produces, and
 * the suffix arrays never miss a literal string. A quoted phrase matches only literally.
 */
final class LuceneQueries {

    private static final Analyzer SMART = IkAnalyzer.smart();

    private LuceneQueries() {
    }

    static Query of(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (String word : q.words()) {
            Query clause = word(word);
            if (clause != null) {
                b.add(clause, Occur.MUST);
                positive = true;
            }
        }
        for (String phrase : q.phrases()) {
            Query clause = exact(phrase);
            if (clause != null) {
                b.add(clause, Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String excluded : q.excluded()) {
            Query clause = word(excluded);
            if (clause != null) {
                b.add(clause, Occur.MUST_NOT);
            }
        }
        b.add(filters(q, Fields.SECTION), Occur.FILTER);
        return b.build();
    }

    /** Only the filters (year, region, type, section domain, cited document) over one kind of document. */
    static Query filters(SearchQuery q, String kind) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.KIND, kind)), Occur.MUST);
        if (q.years() != null) {
            b.add(IntPoint.newRangeQuery(Fields.YEAR, q.years().from(), q.years().to()), Occur.FILTER);
        }
        if (q.region() != null) {
            b.add(RegionPath.isPath(q.region()) ? node(RegionPath.parse(q.region()))
                    : new TermQuery(new Term(Fields.REGION, q.region())), Occur.FILTER);
        }
        if (q.docType() != null) {
            b.add(new TermQuery(new Term(Fields.DOC_TYPE, q.docType())), Occur.FILTER);
        }
        if (q.domain() != null) {
            b.add(new TermQuery(new Term(Fields.DOMAIN, q.domain())), Occur.FILTER);
        }
        if (q.level() != null) {
            b.add(new TermQuery(new Term(Fields.ADMIN_LEVEL, q.level())), Occur.FILTER);
        }
        if (q.issuer() != null) {
            b.add(new TermQuery(new Term(Fields.ISSUER, q.issuer())), Occur.FILTER);
        }
        if (q.cites() != null) {
            b.add(new org.apache.lucene.search.WildcardQuery(new Term(Fields.CITES, q.citesPattern())),
                    Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Reports at or under one node of the region tree. The province, city and county fields pin it
     * down where the names alone cannot (鼓楼区 ×4); a second name is a city, or a county directly
     * under the province when the report has no city.
     */
    static Query node(RegionPath path) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PROVINCE, path.province())), Occur.FILTER);
        if (path.county() != null) {
            b.add(new TermQuery(new Term(Fields.CITY, path.second())), Occur.FILTER);
            b.add(new TermQuery(new Term(Fields.COUNTY, path.county())), Occur.FILTER);
            return b.build();
        }
        Query directCounty = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.COUNTY, path.second())), Occur.FILTER)
                .add(new FieldExistsQuery(Fields.CITY), Occur.MUST_NOT)
                .build();
        b.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.CITY, path.second())), Occur.SHOULD)
                .add(directCounty, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
        return b.build();
    }

    static Query word(String word) {
        List<String> words = terms(SMART, word).stream().map(Token::term).toList();
        Query literal = exact(word);
        if (words.isEmpty()) {
            return literal;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            all.add(new TermQuery(new Term(Fields.TEXT, w)), Occur.MUST);
        }
        Query ik = words.size() == 1 ? new TermQuery(new Term(Fields.TEXT, words.getFirst())) : all.build();
        if (literal == null) {
            return ik;
        }
        return new BooleanQuery.Builder().add(ik, Occur.SHOULD).add(literal, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    /**
     * The sections holding the literal string ({@link LiteralQuery}, from the suffix arrays), ranked
     * by the string's IK words in them (BM25 over the IK field, as Elasticsearch ranks them too):
     * the literal decides which sections match, its words how well. Null when the string has no
     * letters or digits.
     */
    static Query exact(String phrase) {
        String literal = Literal.of(phrase);
        if (literal == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new LiteralQuery(literal), Occur.FILTER);
        List<Token> words = terms(SMART, phrase);
        if (!words.isEmpty()) {
            BooleanQuery.Builder rank = new BooleanQuery.Builder();
            for (Token w : words) {
                rank.add(new TermQuery(new Term(Fields.TEXT, w.term())), Occur.SHOULD);
            }
            b.add(new ScoreOnly(rank.build()), Occur.SHOULD);
        }
        return b.build();
    }

    record Token(String term, int position) {
    }

    static List<Token> terms(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
