package govsearch.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SpanQuery;
import govsearch.elasticsearch.Tokens.Token;
import govsearch.index.RegionPath;
import govsearch.index.SearchQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link SearchQuery} as an Elasticsearch query with the semantics of the Lucene backend
 * ({@code LuceneQueries}): a word matches when all its IK smart words occur or it occurs
 * literally; a quoted phrase only literally. Terms are analysed here, in Java, and sent as terms.
 */
final class EsQueries {

    static final String SECTION = "section";
    static final String SENTENCE = "sentence";

    private EsQueries() {
    }

    static Query of(SearchQuery q) {
        List<Query> must = new ArrayList<>();
        for (String word : q.words()) {
            Query c = word(word);
            if (c != null) {
                must.add(c);
            }
        }
        for (String phrase : q.phrases()) {
            Query c = exact(phrase);
            if (c != null) {
                must.add(c);
            }
        }
        if (must.isEmpty()) {
            must.add(Query.of(m -> m.matchAll(a -> a)));
        }
        List<Query> mustNot = new ArrayList<>();
        for (String excluded : q.excluded()) {
            Query c = word(excluded);
            if (c != null) {
                mustNot.add(c);
            }
        }
        Query filters = filters(q, SECTION);
        return Query.of(x -> x.bool(b -> b.must(must).mustNot(mustNot).filter(filters)));
    }

    static Query filters(SearchQuery q, String kind) {
        List<Query> f = new ArrayList<>();
        f.add(term("kind", kind));
        if (q.years() != null) {
            f.add(Query.of(x -> x.range(r -> r.number(n -> n.field("year")
                    .gte((double) q.years().from()).lte((double) q.years().to())))));
        }
        if (q.region() != null) {
            f.add(RegionPath.isPath(q.region()) ? node(RegionPath.parse(q.region())) : term("region", q.region()));
        }
        if (q.docType() != null) {
            f.add(term("docType", q.docType()));
        }
        if (q.domain() != null) {
            f.add(term("domain", q.domain()));
        }
        if (q.level() != null) {
            f.add(term("adminLevel", q.level()));
        }
        return Query.of(x -> x.bool(b -> b.filter(f)));
    }

    /**
     * Reports at or under one node of the region tree, as {@code LuceneQueries.node}: a second name
     * is a city, or a county directly under the province when the report has no city.
     */
    static Query node(RegionPath path) {
        Query province = term("province", path.province());
        if (path.county() != null) {
            return Query.of(x -> x.bool(b -> b.filter(province, term("city", path.second()), term("county", path.county()))));
        }
        Query directCounty = Query.of(x -> x.bool(b -> b.filter(term("county", path.second()))
                .mustNot(m -> m.exists(e -> e.field("city")))));
        Query second = Query.of(x -> x.bool(b -> b.should(term("city", path.second()), directCounty).minimumShouldMatch("1")));
        return Query.of(x -> x.bool(b -> b.filter(province, second)));
    }

    static Query term(String field, String value) {
        return Query.of(x -> x.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    static Query word(String word) {
        List<Token> words = Tokens.smart(word);
        Query literal = exact(word);
        if (words.isEmpty()) {
            return literal;
        }
        Query ik;
        if (words.size() == 1) {
            ik = term("text", words.getFirst().term());
        } else {
            List<Query> all = words.stream().map(t -> term("text", t.term())).toList();
            ik = Query.of(x -> x.bool(b -> b.must(all)));
        }
        if (literal == null) {
            return ik;
        }
        return Query.of(x -> x.bool(b -> b.should(ik, literal).minimumShouldMatch("1")));
    }

    /** The literal string: its query bigrams (and lone characters or latin words) in a row. */
    static Query exact(String phrase) {
        List<Token> tokens = Tokens.exactQuery(phrase);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            Token t = tokens.getFirst();
            return term(field(t), t.term());
        }
        boolean bigrams = tokens.stream().allMatch(Token::bigram);
        boolean singles = tokens.stream().noneMatch(Token::bigram);
        if (bigrams || singles) {
            String field = bigrams ? "exact2" : "exact";
            return Query.of(x -> x.matchPhrase(m -> m.field(field).query(Tokens.joined(tokens))));
        }
        // A mix of characters and words or numbers (2024年工作, 增长6.6): a bigram sits on its first
        // character, so the word after it is two positions on; spell the whole string in single
        // characters and words on the unigram field instead, where positions are consecutive.
        List<Token> singlesOnly = Tokens.exactIndex(phrase).stream().filter(t -> !t.bigram()).toList();
        return Query.of(x -> x.matchPhrase(m -> m.field("exact").query(Tokens.joined(singlesOnly))));
    }

    private static String field(Token t) {
        return t.bigram() ? "exact2" : "exact";
    }
}
