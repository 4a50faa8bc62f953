package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What changed since last year and how a formulation spread, over the bundled corpus (issue 19). */
class ChangesApiTest extends BundledCorpusServer {

    /** The national government work report of a year, found as a visitor would: by search. */
    String national(int year) {
        JsonNode r = get(u -> u.path("/api/search").queryParam("year", year).queryParam("region", "全国")
                .queryParam("type", "政府工作报告").queryParam("size", "10").build());
        for (JsonNode h : r.get("hits")) {
            if (h.get("reportTitle").asString().contains("政府工作报告")) {
                return h.get("reportId").asString();
            }
        }
        throw new AssertionError("no national report of " + year);
    }

    static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(f -> out.add(f.get("text").asString()));
        return out;
    }

    @Test
    void theNationalReportOf2025ContinuesNewQualityProductiveForcesAndSaysNewThings() {
        String id = national(2025);
        JsonNode c = get(u -> u.path("/api/reports/{id}/changes").build(id));

        assertThat(c.get("report").get("id").asString()).isEqualTo(id);
        assertThat(c.get("previous").get("id").asString()).isEqualTo(national(2024));
        assertThat(texts(c.get("continued"))).contains("新质生产力");
        assertThat(texts(c.get("added"))).contains("房地产市场止跌回稳").doesNotContain("新质生产力");
        JsonNode first = c.get("added").get(0);
        assertThat(first.get("sentence").asString()).contains(first.get("text").asString());
        assertThat(c.get("outline").get("current").size()).isPositive();
        // 2024: 国内生产总值增长5%左右, 居民消费价格涨幅3%左右; 2025: 5%左右 and 2%左右 (the two texts).
        java.util.Map<String, String> changes = new java.util.HashMap<>();
        c.get("targets").forEach(t -> changes.put(t.get("indicator").asString(), t.get("change").asString()));
        assertThat(changes).containsEntry("gdp_growth", "same").containsEntry("cpi", "lowered");
        c.get("targets").forEach(t -> {
            if (t.get("change").asString().equals("lowered")) {
                assertThat(t.get("now").get("high").asDouble()).isLessThan(t.get("before").get("high").asDouble());
            }
        });
    }

    @Test
    void aReportWithNoPredecessorSaysSo() {
        JsonNode r = get(u -> u.path("/api/search").queryParam("region", "广西").queryParam("year", "2025").build());
        String id = r.get("hits").get(0).get("reportId").asString();
        JsonNode c = get(u -> u.path("/api/reports/{id}/changes").build(id));

        assertThat(c.get("previous").isNull()).isTrue();
        assertThat(c.get("note").asString()).contains("no report of 2024 by the same author");
        assertThat(c.get("added")).isEmpty();
    }

    @Test
    void anUnknownReportIs404NamingTheId() {
        http.get().uri("/api/reports/{id}/changes", "no-such-report").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.param").isEqualTo("id")
                .jsonPath("$.error").value(String.class, m -> assertThat(m).contains("no-such-report"));
    }

    @Test
    void diffusionOfAFormulationListsEachProvinceOnceWithItsFirstSentence() {
        JsonNode d = get(u -> u.path("/api/diffusion").queryParam("term", "新质生产力").build());

        assertThat(d.get("level").asString()).isEqualTo("province");
        assertThat(d.get("rows").size()).isGreaterThan(10);
        List<String> regions = new ArrayList<>();
        for (JsonNode row : d.get("rows")) {
            regions.add(row.get("region").asString());
            assertThat(row.get("year").asInt()).isEqualTo(2025); // the bundled provincial reports are all of 2025
            assertThat(row.get("sentence").asString()).contains("新质生产力");
            assertThat(row.get("sectionId").asString()).startsWith(row.get("reportId").asString() + "-");
        }
        assertThat(regions).doesNotHaveDuplicates().doesNotContain("全国");
        JsonNode last = d.get("curve").get(d.get("curve").size() - 1);
        assertThat(last.get("cumulative").asInt()).isEqualTo(d.get("rows").size());
        assertThat(d.get("regions").asInt()).isGreaterThanOrEqualTo(d.get("rows").size());
    }

    @Test
    void badDiffusionRequestsAre400NamingTheParameter() {
        expectBad(u -> u.path("/api/diffusion").build(), "term");
        expectBad(u -> u.path("/api/diffusion").queryParam("term", "小康").queryParam("cites", "纲要").build(), "term");
        expectBad(u -> u.path("/api/diffusion").queryParam("term", "小".repeat(101)).build(), "term");
        expectBad(u -> u.path("/api/diffusion").queryParam("term", "小康").queryParam("level", "county").build(), "level");
        expectBad(u -> u.path("/api/diffusion").queryParam("cites", "《》").build(), "cites");
        expectBad(u -> u.path("/api/diffusion").queryParam("cites", "纲".repeat(101)).build(), "cites");
    }
}
