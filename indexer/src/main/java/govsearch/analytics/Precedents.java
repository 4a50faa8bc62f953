package govsearch.analytics;

import govsearch.analysis.Folding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Precedent sentences for a draft, picked from candidate sections (those sharing most of the
 * draft's character bigrams, best first, as a backend's index ranks them): every sentence of
 * those sections ranked by how many of the draft's bigrams it holds. A sentence index would find
 * them directly but doubled the index and halved the import; a section holding a near-identical
 * sentence holds all of the draft's bigrams and ranks high.
 */
public final class Precedents {

    /** Sections read for their sentences. */
    public static final int CANDIDATE_SECTIONS = 50;

    /** A sentence and the section it comes from. */
    public record Found<S>(String sentence, S section) {
    }

    private record Scored<S>(String sentence, S section, int shared) {
    }

    private Precedents() {
    }

    /**
     * The {@code limit} sentences sharing most of {@code grams} (folded query bigrams and words),
     * ties in the order of the sections, then of the sentences within each.
     */
    public static <S> List<Found<S>> rank(Collection<String> grams, List<S> sections, Function<S, String> text, int limit) {
        List<Scored<S>> scored = new ArrayList<>();
        for (S section : sections) {
            String content = text.apply(section);
            for (int[] span : Sentences.spans(content)) {
                String sentence = content.substring(span[0], span[1]);
                String folded = Folding.fold(sentence);
                int shared = 0;
                for (String g : grams) {
                    if (folded.contains(g)) {
                        shared++;
                    }
                }
                if (shared > 0) {
                    scored.add(new Scored<>(sentence, section, shared));
                }
            }
        }
        scored.sort(Comparator.comparingInt((Scored<S> s) -> s.shared()).reversed());
        return scored.subList(0, Math.min(limit, scored.size())).stream()
                .map(s -> new Found<>(s.sentence(), s.section())).toList();
    }
}
