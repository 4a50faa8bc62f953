package govsearch.understand;

import govsearch.report.EvidenceRule;
import govsearch.analysis.Folding;
import govsearch.report.Evidence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated vocabulary of {@code dated-terms.tsv}: words of political language whose first use is
 * dated (新时代中国特色社会主义 2017, 新发展格局 2020, 新质生产力 2023). A text that names no year of its
 * own is dated by them to a range — written in or after the latest first year of the terms it uses —
 * never to one year: a term says when a text can have been written, not when it was.
 */
final class DatedTerms {

    /** A term of the table, as written there, the year-month it was coined and the first year of its reports. */
    record Term(String name, String coined, int from, String source) {

        int coinedYear() {
            return Integer.parseInt(coined.substring(0, 4));
        }
    }

    /** The lower bound the terms of a text give (0 when it uses none) and the terms that give it, latest first. */
    record Bound(int from, List<Evidence> evidence) {
    }

    static final EvidenceRule RULE = EvidenceRule.VOCABULARY;
    /** How many terms are quoted as evidence: enough to show it is a vocabulary, not one stray word. */
    private static final int QUOTED = 4;
    private static final List<Term> TERMS = read();
    static final NameTrie<Term> TRIE = trie(TERMS);

    private DatedTerms() {
    }

    /** The lower bound of the terms in {@code s} (folded, as YearRule reads it); quotes come from {@code text}. */
    static Bound bound(String s, String text) {
        Map<Term, Integer> first = new LinkedHashMap<>();
        TRIE.scan(s, (start, end, term) -> first.putIfAbsent(term, start));
        if (first.isEmpty()) {
            return new Bound(0, List.of());
        }
        List<Map.Entry<Term, Integer>> latest = new ArrayList<>(first.entrySet());
        latest.sort(Comparator.comparingInt((Map.Entry<Term, Integer> e) -> -e.getKey().from())
                .thenComparingInt(Map.Entry::getValue));
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<Term, Integer> e : latest.subList(0, Math.min(QUOTED, latest.size()))) {
            int at = e.getValue();
            String quote = text.substring(at, Math.min(text.length(), at + e.getKey().name().length()));
            evidence.add(new Evidence(RULE, quote, at, "≥" + e.getKey().from() + "（" + e.getKey().source() + "）", 0));
        }
        return new Bound(latest.getFirst().getKey().from(), evidence);
    }

    /** Every term of the table with its spellings, for tests that check the table against labelled texts. */
    static List<Term> terms() {
        return TERMS;
    }

    private static NameTrie<Term> trie(List<Term> terms) {
        Map<String, Term> names = new HashMap<>();
        for (Term t : terms) {
            names.put(Folding.fold(t.name()), t);
        }
        return NameTrie.of(names);
    }

    private static List<Term> read() {
        List<Term> terms = new ArrayList<>();
        try (InputStream in = DatedTerms.class.getResourceAsStream("dated-terms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dated-terms.tsv missing beside " + DatedTerms.class.getName());
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] spellings = f[0].split("\\|");
                for (String spelling : spellings) {
                    terms.add(new Term(spelling, f[1], Integer.parseInt(f[2]), f[3].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
