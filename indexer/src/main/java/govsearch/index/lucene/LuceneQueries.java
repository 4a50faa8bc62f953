package govsearch.index.lucene;

import govsearch.analysis.ExactAnalyzer;
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
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query over section documents.
 *
 * <p>A word matches a section when all its IK (smart) words occur in the section, or when the
 * word occurs there literally — IK's max-word index can miss a word its smart mode produces, and
 * the bigram field never misses a literal string. A quoted phrase matches only literally.
 */
final class LuceneQueries {

    private static final Analyzer SMART = IkAnalyzer.smart();
    private static final Analyzer EXACT = ExactAnalyzer.forQuery();

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
     * The literal string, as a phrase of its query bigrams at the positions the index gives them.
     * The index holds no unigram inside a run of characters, only at a run's end: a lone last
     * character (the 年 of 2019年, or a one-character query) may begin a bigram there (2019年工作),
     * so it matches every token starting with it.
     */
    static Query exact(String phrase) {
        List<Token> tokens = indexPositions(terms(EXACT, phrase));
        if (tokens.isEmpty()) {
            return null;
        }
        Token last = tokens.getLast();
        if (oneCharacter(last.term())) {
            return tokens.size() == 1 ? new PrefixQuery(new Term(Fields.EXACT, last.term())) : new OpenEndedPhrase(tokens);
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(Fields.EXACT, last.term()));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (Token t : tokens) {
            p.add(new Term(Fields.EXACT, t.term()), t.position());
        }
        return p.build();
    }

    /** A Chinese (or Japanese, Korean) character that the exact field bigrams with its neighbours. */
    static boolean oneCharacter(String term) {
        if (term.codePointCount(0, term.length()) != 1) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(term.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /**
     * Where a match of an exact query ends in the text. A lone last character matched as the
     * bigram it begins (年工 for 2019年) covers one character too many.
     */
    static int matchEnd(Query matched, CharSequence text, int start, int end) {
        String last = null;
        if (matched instanceof PrefixQuery p && p.getField().equals(Fields.EXACT)) {
            last = p.getPrefix().text();
        } else if (matched instanceof MultiPhraseQuery m && m.getTermArrays().length > 0) {
            for (Term t : m.getTermArrays()[m.getTermArrays().length - 1]) {
                if (t.field().equals(Fields.EXACT) && oneCharacter(t.text())) {
                    last = t.text();
                }
            }
        }
        if (last == null || last.length() != 1 || end - start < 2 || end > text.length()) {
            return end;
        }
        return govsearch.analysis.Folding.fold(text.charAt(end - 2)) == last.charAt(0) ? end - 1 : end;
    }

    /**
     * Query bigrams at the positions the index gives them. The index puts each bigram at its first
     * character's position and a run's last character after it, so after a bigram the next bigram
     * starts one position on, but a following word or number (6.5 in 增长6.5) sits two positions on.
     */
    static List<Token> indexPositions(List<Token> queryTokens) {
        List<Token> out = new ArrayList<>(queryTokens.size());
        int pos = 0;
        boolean previousBigram = false;
        for (int i = 0; i < queryTokens.size(); i++) {
            Token t = queryTokens.get(i);
            boolean bigram = isBigram(t.term());
            if (i > 0) {
                pos += previousBigram && !bigram ? 2 : 1;
            }
            out.add(new Token(t.term(), pos));
            previousBigram = bigram;
        }
        return out;
    }

    /** Two CJK characters: what CJKBigramFilter emits as a bigram. */
    private static boolean isBigram(String term) {
        return term.length() == 2 && Character.isIdeographic(term.codePointAt(0)) && Character.isIdeographic(term.codePointAt(1));
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
