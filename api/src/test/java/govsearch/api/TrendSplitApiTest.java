package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The trend answer's axis, year mix and split, and the descending orders of trends and concordance,
 * over the bundled corpus: national reports 1954–2025, NPC resolutions, party congress reports, and
 * in 2025 the 31 provincial government work reports beside the national one.
 */
class TrendSplitApiTest extends BundledCorpusServer {

    static List<Integer> years(JsonNode points) {
        List<Integer> out = new ArrayList<>();
        points.forEach(p -> out.add(p.get("year").asInt()));
        return out;
    }

    @Test
    void theAxisOfATermFirstUsedIn2024StartsFiveYearsBeforeIt() {
        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "新质生产力").build());

        int firstSeen = 0;
        for (JsonNode p : trend.get("series").get(0).get("points")) {
            if (p.get("count").asLong() > 0) {
                firstSeen = p.get("year").asInt();
                break;
            }
        }
        assertThat(firstSeen).isEqualTo(2024);
        JsonNode years = trend.get("years");
        int lastYear = years.get(years.size() - 1).get("year").asInt(); // 2025, or later where a test added a report
        assertThat(trend.get("axis").get("from").asInt()).isEqualTo(2019);
        assertThat(trend.get("axis").get("to").asInt()).isEqualTo(Math.min(lastYear, 2025 + 5));
        // the years and points stay whole: the table and the CSV have every year
        assertThat(trend.get("years").get(0).get("year").asInt()).isLessThan(1960);

        JsonNode filtered = get(u -> u.path("/api/trend").queryParam("term", "新质生产力").queryParam("year", "2000-2030").build());
        assertThat(filtered.get("axis").get("from").asInt()).isEqualTo(2000);
        assertThat(filtered.get("axis").get("to").asInt()).isEqualTo(lastYear);
    }

    @Test
    void theMixOf2025SaysThirtyOneProvincialReportsJoinTheNationalOne() {
        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "高质量发展").build());

        assertThat(trend.get("mixedLevels").asBoolean()).isTrue();
        JsonNode mix2025 = null;
        JsonNode mix2024 = null;
        for (JsonNode m : trend.get("mix")) {
            if (m.get("year").asInt() == 2025) {
                mix2025 = m;
            } else if (m.get("year").asInt() == 2024) {
                mix2024 = m;
            }
        }
        assertThat(mix2025.get("levels").get("省").asLong()).isEqualTo(31);
        assertThat(mix2025.get("levels").get("国家").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(mix2024.get("levels").has("省")).isFalse();
        assertThat(mix2024.get("levels").get("国家").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void splitByLevelGivesEachLevelItsOwnLineWithRatesWithinItsReports() {
        JsonNode whole = get(u -> u.path("/api/trend").queryParam("term", "高质量发展").build());
        JsonNode split = get(u -> u.path("/api/trend").queryParam("term", "高质量发展").queryParam("split", "level").build());

        assertThat(split.get("split").asString()).isEqualTo("level");
        Map<String, JsonNode> byLevel = new HashMap<>();
        split.get("series").forEach(s -> byLevel.put(s.get("group").asString(), s));
        assertThat(byLevel).containsKeys("国家", "省");
        // the provincial line has the one year its reports are in
        assertThat(years(byLevel.get("省").get("points"))).containsExactly(2025);
        // 2025 unsplit counts both levels' occurrences over both levels' characters: a weighted mean
        // of the two lines' rates, so it lies between them
        double national = rate(byLevel.get("国家"), 2025);
        double provincial = rate(byLevel.get("省"), 2025);
        double mixed = rate(whole.get("series").get(0), 2025);
        assertThat(mixed).isBetween(Math.min(national, provincial), Math.max(national, provincial));
        assertThat(count(byLevel.get("国家"), 2025) + count(byLevel.get("省"), 2025))
                .isEqualTo(count(whole.get("series").get(0), 2025));
    }

    @Test
    void splitByTypeDrawsEachTypesLineAsTheTrendFilteredToThatType() {
        JsonNode split = get(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("split", "type").build());
        JsonNode resolutions = get(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("type", "决议").build());

        JsonNode line = null;
        for (JsonNode s : split.get("series")) {
            if (s.get("group").asString().equals("决议")) {
                line = s;
            }
        }
        assertThat(line).isNotNull();
        assertThat(line.get("points")).isEqualTo(resolutions.get("series").get(0).get("points"));
    }

    @Test
    void perMillionIsTakenWithinTheFilteredSubCorpus() {
        JsonNode all = get(u -> u.path("/api/trend").queryParam("term", "改革").build());
        JsonNode resolutions = get(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("type", "决议").build());

        Map<Integer, Long> allChars = new HashMap<>();
        all.get("years").forEach(y -> allChars.put(y.get("year").asInt(), y.get("chars").asLong()));
        Map<Integer, Long> chars = new HashMap<>();
        resolutions.get("years").forEach(y -> chars.put(y.get("year").asInt(), y.get("chars").asLong()));
        int checked = 0;
        for (JsonNode p : resolutions.get("series").get(0).get("points")) {
            int year = p.get("year").asInt();
            long n = p.get("count").asLong();
            // by hand: occurrences in that year's resolutions per million of those resolutions' characters
            assertThat(p.get("perMillion").asDouble()).as("%d", year).isCloseTo(n * 1e6 / chars.get(year), within(1e-9));
            if (n > 0) {
                assertThat(chars.get(year)).as("%d", year).isLessThan(allChars.get(year));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void theTrendListsItsYearsNewestFirstOnAsking() {
        JsonNode asc = get(u -> u.path("/api/trend").queryParam("term", "改革").build());
        JsonNode desc = get(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("order", "desc").build());

        List<Integer> up = years(asc.get("series").get(0).get("points"));
        List<Integer> down = years(desc.get("series").get(0).get("points"));
        assertThat(down).isEqualTo(up.reversed());
        assertThat(desc.get("years").get(0).get("year").asInt()).isEqualTo(up.getLast());
        String csv = http.get().uri(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("order", "desc")
                .queryParam("format", "csv").build()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("改革," + up.getLast() + ",");
    }

    @Test
    void concordanceSortsByYearNewestFirstAndContextsZToA() {
        JsonNode desc = get(u -> u.path("/api/concordance").queryParam("q", "改革").queryParam("order", "desc").queryParam("size", "100").build());
        JsonNode asc = get(u -> u.path("/api/concordance").queryParam("q", "改革").queryParam("size", "100").build());

        assertThat(desc.get("order").asString()).isEqualTo("desc");
        List<Integer> years = new ArrayList<>();
        desc.get("lines").forEach(l -> years.add(l.get("year").asInt()));
        assertThat(years.getFirst()).isEqualTo(2025);
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(asc.get("lines").get(0).get("year").asInt()).isLessThan(1960);
        // 改革 occurs more than 5000 times: the newest 5000 are read, not the oldest reversed
        assertThat(desc.get("total").asLong()).isGreaterThan(5000);
        assertThat(desc.get("total").asLong()).isEqualTo(asc.get("total").asLong());

        JsonNode right = get(u -> u.path("/api/concordance").queryParam("q", "小康").queryParam("sort", "right")
                .queryParam("order", "desc").queryParam("size", "50").build());
        List<String> contexts = new ArrayList<>();
        right.get("lines").forEach(l -> contexts.add(l.get("right").asString()));
        // Contexts compare folded (，as , and traditional as simplified), on both backends.
        assertThat(contexts).isSortedAccordingTo(java.util.Comparator.comparing(
                (String c) -> govsearch.analysis.Folding.fold(c)).reversed());
    }

    @Test
    void aBadSplitOrOrderIsA400NamingIt() {
        expectBad(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("split", "region").build(), "split");
        expectBad(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("order", "down").build(), "order");
        expectBad(u -> u.path("/api/concordance").queryParam("q", "改革").queryParam("order", "down").build(), "order");
    }

    static double rate(JsonNode series, int year) {
        for (JsonNode p : series.get("points")) {
            if (p.get("year").asInt() == year) {
                return p.get("perMillion").asDouble();
            }
        }
        throw new AssertionError("no " + year + " in " + series.get("term"));
    }

    static long count(JsonNode series, int year) {
        for (JsonNode p : series.get("points")) {
            if (p.get("year").asInt() == year) {
                return p.get("count").asLong();
            }
        }
        return 0;
    }
}
