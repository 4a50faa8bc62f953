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
    /** Span terms in one query at most: Lucene's default clause limit. */
    static final int MAX_SPAN_TERMS = 1024;

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
        if (q.issuer() != null) {
            f.add(term("issuer", q.issuer()));
        }
        if (q.cites() != null) {
            f.add(Query.of(x -> x.wildcard(w -> w.field("cites").value(q.citesPattern()))));
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

    /**
     * Whether every section of a report matches or none does: no words, phrases or exclusions, and
     * filters on report fields only. A filter on a section field (domain, cites) must be listed here.
     */
    static boolean wholeReports(SearchQuery q) {
        return q.words().isEmpty() && q.phrases().isEmpty() && q.excluded().isEmpty() && q.domain() == null
                && q.cites() == null;
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

    /**
     * The sections holding the literal string (its query bigrams, lone characters or latin words in
     * a row), ranked by the string's IK words in them — as on Lucene, whose suffix arrays decide
     * the match and whose IK field the rank.
     */
    static Query exact(String phrase) {
        Literal literal = literal(phrase);
        if (literal == null) {
            return null;
        }
        List<Query> rank = Tokens.smart(phrase).stream().map(t -> term("text", t.term())).toList();
        if (rank.isEmpty()) {
            return Query.of(x -> x.bool(b -> b.filter(literal.query())));
        }
        return Query.of(x -> x.bool(b -> b.filter(literal.query()).should(s -> s.bool(r -> r.should(rank)))));
    }

    /** The literal string as the index holds it; null when it has no letters or digits. */
    static Literal literal(String phrase) {
        List<Token> tokens = Tokens.exactQuery(phrase);
        if (tokens.isEmpty()) {
            return null;
        }
        boolean bigrams = tokens.stream().allMatch(Token::bigram);
        boolean singles = tokens.stream().noneMatch(Token::bigram);
        if (tokens.size() == 1 || bigrams || singles) {
            return new Literal(field(tokens.getFirst()), tokens.stream().map(Token::term).toList(), false);
        }
        // A mix of characters and words or numbers (2024年工作, 增长6.6): a bigram sits on its first
        // character, so the word after it is two positions on; spell the whole string in single
        // characters and words on the unigram field instead, where positions are consecutive.
        List<String> singlesOnly = Tokens.exactIndex(phrase).stream().filter(t -> !t.bigram()).map(Token::term).toList();
        return new Literal("exact", singlesOnly, true);
    }

    /**
     * A literal string as consecutive tokens of one field: {@code exact2} (its bigrams, or a lone
     * bigram), {@code exact} (lone characters and latin words), or, when {@code mixed}, the string
     * re-spelt in single characters and words on {@code exact}.
     */
    record Literal(String field, List<String> terms, boolean mixed) {

        Query query() {
            if (terms.size() == 1) {
                return term(field, terms.getFirst());
            }
            return Query.of(x -> x.matchPhrase(m -> m.field(field).query(String.join(" ", terms))));
        }

        /**
         * Whether two occurrences can overlap: some proper prefix of the tokens is also a suffix
         * (哈哈 twice in 哈哈哈). Otherwise occurrences in a section are disjoint, one after another.
         */
        boolean selfOverlapping() {
            for (int shift = 1; shift < terms.size(); shift++) {
                if (terms.subList(shift, terms.size()).equals(terms.subList(0, terms.size() - shift))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@link #atLeast} up to {@code copies} counts it exactly and within Lucene's 1024
         * clauses per query: occurrences that cannot overlap, on one field, few enough tokens.
         */
        boolean countableBySpans(int copies) {
            return !mixed && !selfOverlapping() && (long) terms.size() * copies <= MAX_SPAN_TERMS;
        }

        /**
         * Sections holding the literal at least {@code k} times: k copies of it in order, each
         * starting where the one before ended or later, any distance apart. Counts exactly for a
         * literal whose occurrences cannot overlap (see {@link #selfOverlapping()}).
         */
        Query atLeast(int k) {
            if (k == 1) {
                return query();
            }
            SpanQuery once;
            if (terms.size() == 1) {
                once = SpanQuery.of(s -> s.spanTerm(t -> t.field(field).value(terms.getFirst())));
            } else {
                List<SpanQuery> row = terms.stream()
                        .map(term -> SpanQuery.of(s -> s.spanTerm(t -> t.field(field).value(term)))).toList();
                once = SpanQuery.of(s -> s.spanNear(n -> n.clauses(row).slop(0).inOrder(true)));
            }
            List<SpanQuery> copies = java.util.Collections.nCopies(k, once);
            return Query.of(x -> x.spanNear(n -> n.clauses(copies).slop(Integer.MAX_VALUE).inOrder(true)));
        }
    }

    private static String field(Token t) {
        return t.bigram() ? "exact2" : "exact";
    }
}
