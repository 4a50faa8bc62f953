package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Strings with one *: their fillers, and a trend line per filler, over the bundled corpus. */
class WildcardApiTest extends BundledCorpusServer {

    private static List<String> fillers(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.get("fillers").forEach(f -> out.add(f.get("filler").asString()));
        return out;
    }

    @Test
    void theGapOfAClosedPatternIsFilledByWhatTheReportsWriteThereNeverAcrossPunctuation() {
        JsonNode result = get(u -> u.path("/api/wildcard").queryParam("term", "建设*强国").build());

        List<String> fillers = fillers(result);
        // 建设海洋强国 9 times, 建设社会主义现代化强国 7 (by grep -o over the corpus files).
        assertThat(fillers.subList(0, 2)).containsExactly("海洋", "社会主义现代化");
        assertThat(result.get("fillers").get(0).get("count").asLong()).isEqualTo(9);
        assertThat(result.get("fillers").get(0).get("string").asString()).isEqualTo("建设海洋强国");
        // 建设。加强国… has a full stop in the gap: not a filler.
        assertThat(fillers).noneMatch(f -> f.contains("。") || f.contains("加"));
        assertThat(fillers).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void anOpenPatternIsFilledByTheDictionaryWordBeforeIt() {
        JsonNode result = get(u -> u.path("/api/wildcard").queryParam("term", "*攻坚战").build());

        // 防治攻坚战 28, 三大攻坚战 14, 脱贫攻坚战 12 (grep -o): 污染防治 is the dictionary word before the first.
        assertThat(fillers(result)).contains("污染防治", "三大", "脱贫").doesNotContain("大", "的");
        result.get("fillers").forEach(f -> assertThat(f.get("string").asString()).endsWith("攻坚战"));
    }

    @Test
    void aTrendOfAWildcardDrawsOneLinePerFillerMostFrequentFirst() {
        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "建设*强国").queryParam("mode", "count").build());

        List<String> terms = new ArrayList<>();
        trend.get("series").forEach(s -> terms.add(s.get("term").asString()));
        assertThat(terms.subList(0, 2)).containsExactly("建设海洋强国", "建设社会主义现代化强国");
        long total = 0;
        for (JsonNode p : trend.get("series").get(0).get("points")) {
            total += p.get("count").asLong();
        }
        assertThat(total).isEqualTo(9);
    }

    @Test
    void theConcordanceOfAWildcardHoldsTheLinesOfEveryFillerInYearOrder() {
        JsonNode result = get(u -> u.path("/api/concordance").queryParam("q", "建设*强国").queryParam("size", 100).build());

        List<String> matches = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        result.get("lines").forEach(l -> {
            matches.add(l.get("match").asString());
            years.add(l.get("year").asInt());
        });
        assertThat(matches).isNotEmpty().allMatch(m -> m.matches("建设[^，。；：、！？]{1,8}强国"));
        // 建设海洋强国 9 times, 建设社会主义现代化强国 7 (grep -o over the corpus files), every one a line.
        assertThat(matches).filteredOn("建设海洋强国"::equals).hasSize(9);
        assertThat(matches).filteredOn("建设社会主义现代化强国"::equals).hasSize(7);
        assertThat(result.get("total").asLong()).isEqualTo(matches.size());
        assertThat(years).isSorted();

        JsonNode byRight = get(u -> u.path("/api/concordance").queryParam("q", "建设*强国").queryParam("sort", "right")
                .queryParam("size", 100).build());
        assertThat(byRight.get("total").asLong()).isEqualTo(matches.size());
    }

    @Test
    void aConcordanceOfABadPatternIsRefusedNamingQ() {
        expectBad(u -> u.path("/api/concordance").queryParam("q", "建设**强国").build(), "q");
    }

    @Test
    void aPatternWithoutOneStarOrWithPunctuationIsRefusedNamingTerm() {
        for (String bad : List.of("建设**强国", "*", "建设，*强国")) {
            expectBad(u -> u.path("/api/wildcard").queryParam("term", bad).build(), "term");
            expectBad(u -> u.path("/api/trend").queryParam("term", bad).build(), "term");
        }
    }
}
