package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** /api/targets over the bundled corpus: the national and provincial targets, CSV, and bad parameters. */
class TargetsApiTest extends BundledCorpusServer {

    @Test
    void nationalGdpTargetsAreRowsOfTheTableYearByYear() {
        JsonNode r = get(u -> u.path("/api/targets").queryParam("indicator", "gdp_growth").queryParam("region", "全国")
                .queryParam("kind", "target").build());

        List<Integer> years = new ArrayList<>();
        r.get("rows").forEach(row -> {
            years.add(row.get("year").asInt());
            assertThat(row.get("region").asString()).isEqualTo("全国");
            assertThat(row.get("kind").asString()).isEqualTo("target");
            assertThat(row.get("indicator").asString()).isEqualTo("gdp_growth");
            assertThat(row.get("quote").asString()).isNotBlank();
            assertThat(row.get("sectionId").asString()).startsWith(row.get("reportId").asString());
        });
        assertThat(years).isSorted().contains(1990, 2016, 2025).doesNotContain(2020);
        JsonNode y2025 = row(r, 2025);
        assertThat(y2025.get("low").asDouble()).isEqualTo(5.0);
        assertThat(y2025.get("high").asDouble()).isEqualTo(5.0);
        assertThat(y2025.get("qualifier").asString()).isEqualTo("左右");
        assertThat(y2025.get("unit").asString()).isEqualTo("%");
        assertThat(y2025.get("reportTitle").asString()).contains("2025");
        JsonNode y2016 = row(r, 2016);
        assertThat(List.of(y2016.get("low").asDouble(), y2016.get("high").asDouble())).containsExactly(6.5, 7.0);
    }

    @Test
    void aProvincesTargetAndLastYearsOutcomeComeFromIts2025Report() {
        JsonNode r = get(u -> u.path("/api/targets").queryParam("region", "安徽").queryParam("indicator", "gdp_growth").build());

        assertThat(r.get("rows")).hasSize(2);
        JsonNode outcome = r.get("rows").get(0);
        JsonNode target = r.get("rows").get(1);
        assertThat(outcome.get("kind").asString()).isEqualTo("outcome");
        assertThat(outcome.get("year").asInt()).isEqualTo(2024);
        assertThat(outcome.get("low").asDouble()).isEqualTo(5.8);
        assertThat(target.get("kind").asString()).isEqualTo("target");
        assertThat(target.get("year").asInt()).isEqualTo(2025);
        assertThat(target.get("low").asDouble()).isEqualTo(5.5);
        assertThat(target.get("high").isNull()).isTrue();
        assertThat(target.get("qualifier").asString()).isEqualTo("以上");
        assertThat(target.get("region").asString()).isEqualTo("安徽省");

        JsonNode unemployment2025 = get(u -> u.path("/api/targets").queryParam("indicator", "unemployment_surveyed")
                .queryParam("year", "2025").queryParam("kind", "target").queryParam("type", "政府工作报告").build());
        assertThat(unemployment2025.get("rows").size()).as("28 provinces and the nation set one").isEqualTo(29);
    }

    @Test
    void theTableExportsAsCsv() {
        String csv = http.get().uri(u -> u.path("/api/targets").queryParam("indicator", "gdp_growth").queryParam("region", "全国")
                        .queryParam("year", "2025").queryParam("format", "csv").build())
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(csv).startsWith("reportId,reportTitle,year,region,indicator,kind,low,high,unit,qualifier,quote,sectionId\n")
                .contains(",2025,全国,gdp_growth,target,5,5,%,左右,国内生产总值增长5%左右,");
    }

    @Test
    void badParametersAreNamed() {
        expectBad(u -> u.path("/api/targets").queryParam("indicator", "happiness").build(), "indicator");
        expectBad(u -> u.path("/api/targets").queryParam("kind", "wish").build(), "kind");
        expectBad(u -> u.path("/api/targets").queryParam("year", "soon").build(), "year");
        expectBad(u -> u.path("/api/targets").queryParam("region", "广东//").build(), "region");
        expectBad(u -> u.path("/api/targets").queryParam("format", "xml").build(), "format");
    }

    private static JsonNode row(JsonNode r, int year) {
        for (JsonNode row : r.get("rows")) {
            if (row.get("year").asInt() == year) {
                return row;
            }
        }
        throw new AssertionError("no row for " + year);
    }
}
