package govsearch.understand;

import govsearch.report.Region;
import java.util.List;

/**
 * The region {@link Gazetteer#resolveWithEvidence(String)} decided for a text, how sure it is
 * (0 to 1) and the place names that led there, heaviest first.
 */
public record Resolution(Region region, double confidence, List<Mention> evidence) {

    public Resolution {
        evidence = List.copyOf(evidence);
    }

    /**
     * A place named in the text: the name as written, the division it was taken to be, how often it
     * occurs and the weight those occurrences carried (mentions near the start and in signature
     * phrases such as 省长 or 在…省第…届人民代表大会 weigh more).
     */
    public record Mention(String name, Region place, int count, double weight) {
    }
}
