package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 16's precedent and variant cases over the bundled corpus, through the API. */
class PhrasingApiTest extends BundledCorpusServer {

    static final String DRAFT = "坚持以人民为中心的发展思想，扎实推进共同富裕";

    static List<Boolean> covered(JsonNode match) {
        List<Boolean> out = new ArrayList<>();
        match.get("clauses").forEach(c -> out.add(c.get("covered").asBoolean()));
        return out;
    }

    /**
     * Ranked by similarity alone, 坚持以人民为中心的发展思想。 (75 %) came first, above the sentences holding
     * both clauses (Qinghai 2025, 69 %; the national report of 2022, 62 %).
     */
    @Test
    void aPrecedentHoldingBothClausesOfTheDraftRanksFirstAndSaysSo() {
        JsonNode r = get(u -> u.path("/api/phrasing").queryParam("text", DRAFT).build());

        assertThat(r.get("clauses").toString()).isEqualTo("[\"坚持以人民为中心的发展思想\",\"扎实推进共同富裕\"]");
        JsonNode first = r.get("matches").get(0);
        assertThat(first.get("sentence").asString()).contains("坚持以人民为中心的发展思想").contains("扎实推进共同富裕");
        assertThat(first.get("coverage").asDouble()).isEqualTo(1.0);
        assertThat(covered(first)).containsExactly(true, true);
        assertThat(first.get("clauses").get(1).get("text").asString()).isEqualTo("扎实推进共同富裕");

        List<String> sentences = new ArrayList<>();
        r.get("matches").forEach(m -> sentences.add(m.get("sentence").asString()));
        int halfMatch = sentences.indexOf("坚持以人民为中心的发展思想。");
        assertThat(halfMatch).isPositive();
        JsonNode half = r.get("matches").get(halfMatch);
        assertThat(covered(half)).containsExactly(true, false);
        assertThat(half.get("score").asDouble()).isGreaterThan(first.get("score").asDouble());
        // every sentence covering both clauses ranks above every one covering fewer
        List<Double> coverage = new ArrayList<>();
        r.get("matches").forEach(m -> coverage.add(m.get("coverage").asDouble()));
        assertThat(coverage).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void stableProgressHasTheVariantsTheCorpusUses() {
        JsonNode r = get(u -> u.path("/api/phrasing/variants").queryParam("phrase", "稳中求进").build());

        List<String> texts = new ArrayList<>();
        r.get("variants").forEach(v -> {
            texts.add(v.get("text").asString());
            assertThat(v.get("total").asLong()).isPositive();
            assertThat(v.get("years").size()).isPositive();
        });
        assertThat(texts).contains("稳中求进", "稳中有进", "稳中向好", "稳中提质");
        assertThat(texts).allSatisfy(t -> assertThat(t.chars().allMatch(Character::isLetterOrDigit)).as(t).isTrue());
    }

    /** The fragments of the issue: 为中心向以人民 for 以人民为中心, 放管服”改革 with a stray quote mark. */
    @Test
    void variantsAreNoFragments() {
        for (String phrase : List.of("以人民为中心", "放管服", "稳中求进")) {
            JsonNode r = get(u -> u.path("/api/phrasing/variants").queryParam("phrase", phrase).build());
            r.get("variants").forEach(v -> {
                String t = v.get("text").asString();
                assertThat(t.chars().allMatch(Character::isLetterOrDigit)).as(t).isTrue();
                assertThat(t).isNotIn("为中心向以人民", "稳中有", "放管服”改革");
            });
        }
    }
}
