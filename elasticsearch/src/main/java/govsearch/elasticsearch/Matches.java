package govsearch.elasticsearch;

import govsearch.elasticsearch.Tokens.Token;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.Snippets.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a query matches in a section's stored text, found in Java by analysing the text with the
 * same analyzers the index used — what Lucene's {@code Weight.matches} reports on the embedded
 * backend: every occurrence of the IK words of a word whose words all occur, and every literal
 * occurrence of a word or phrase. Elasticsearch cannot give these offsets, because the text it
 * indexed is the whitespace-joined tokens, not the section.
 */
final class Matches {

    private final String text;
    private List<Token> ik;
    private Token[] primary;
    private Token[] stacked;

    Matches(String text) {
        this.text = text;
    }

    /** The spans a search highlights: its words (IK or literal) and its phrases, not its exclusions. */
    List<Span> of(SearchQuery q) {
        List<Span> spans = new ArrayList<>();
        if (q.matchesEverything()) {
            return spans;
        }
        for (String word : q.words()) {
            List<Token> words = Tokens.smart(word);
            if (!words.isEmpty()) {
                spans.addAll(allWords(words));
            }
            spans.addAll(literal(word));
        }
        for (String phrase : q.phrases()) {
            spans.addAll(literal(phrase));
        }
        return spans;
    }

    /** Occurrences of each IK word when all of them occur; none otherwise (the clause did not match). */
    private List<Span> allWords(List<Token> words) {
        if (ik == null) {
            ik = Tokens.maxWord(text);
        }
        Map<String, List<Span>> found = new HashMap<>();
        for (Token w : words) {
            found.putIfAbsent(w.term(), new ArrayList<>());
        }
        for (Token t : ik) {
            List<Span> l = found.get(t.term());
            if (l != null) {
                l.add(new Span(t.start(), t.end()));
            }
        }
        List<Span> out = new ArrayList<>();
        for (List<Span> l : found.values()) {
            if (l.isEmpty()) {
                return List.of();
            }
            out.addAll(l);
        }
        return out;
    }

    /** Literal occurrences, as a phrase of the query's bigrams over the exact field matches them. */
    List<Span> literal(String phrase) {
        List<Token> query = Tokens.exactQuery(phrase);
        if (query.isEmpty()) {
            return List.of();
        }
        if (primary == null) {
            List<Token> tokens = Tokens.exactIndex(text);
            int positions = tokens.isEmpty() ? 0 : tokens.getLast().position() + 1;
            primary = new Token[positions];
            stacked = new Token[positions];
            for (Token t : tokens) {
                (t.bigram() ? stacked : primary)[t.position()] = t;
            }
        }
        // Where each query token sits in the index: a bigram is stacked on its first character, so
        // a word or number after a bigram is two positions on (增长6.6: 增长 at 0, 6.6 at 2).
        int[] offset = new int[query.size()];
        for (int i = 1; i < query.size(); i++) {
            offset[i] = offset[i - 1] + (query.get(i - 1).bigram() && !query.get(i).bigram() ? 2 : 1);
        }
        List<Span> out = new ArrayList<>();
        for (int p = 0; p < primary.length; p++) {
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean all = true;
            for (int i = 0; i < query.size(); i++) {
                Token q = query.get(i);
                int at = p + offset[i];
                Token t = at < primary.length ? (q.bigram() ? stacked : primary)[at] : null;
                if (t == null || !t.term().equals(q.term())) {
                    all = false;
                    break;
                }
                start = Math.min(start, t.start());
                end = Math.max(end, t.end());
            }
            if (all) {
                out.add(new Span(start, end));
            }
        }
        return out;
    }
}
