package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The search API over the bundled corpus, indexed on first start into an empty data directory. */
class SearchApiTest extends BundledCorpusServer {

    @Autowired
    ReportIndex index;

    JsonNode search(String q) {
        return get(u -> u.path("/api/search").queryParam("q", "{q}").queryParam("size", 20).build(q));
    }

    @Test
    void povertyAlleviationFindsReportsOf2016AndLaterFirst() {
        JsonNode r = search("脱贫攻坚");

        assertThat(r.get("reports").asInt()).isGreaterThan(10);
        List<Integer> firstYears = new ArrayList<>();
        r.get("hits").forEach(h -> firstYears.add(h.get("year").asInt()));
        assertThat(firstYears).isNotEmpty().allSatisfy(y -> assertThat(y).isGreaterThanOrEqualTo(2016));
    }

    @Test
    void facetCountsAreReportsAndSumToReports() {
        JsonNode r = search("脱贫攻坚");

        for (String facet : List.of("year", "province", "type")) {
            long sum = 0;
            for (JsonNode v : r.get("facets").get(facet)) {
                sum += v.get("count").asLong();
            }
            assertThat(sum).as(facet).isEqualTo(r.get("reports").asLong());
        }
        assertThat(r.get("total").asLong()).isGreaterThan(r.get("reports").asLong());
    }

    @Test
    void aQuotedStringReturnsOnlySectionsContainingItExactly() {
        JsonNode exact = search("\"全面建成小康社会\"");
        JsonNode word = search("小康");

        assertThat(exact.get("total").asInt()).isPositive();
        for (JsonNode hit : exact.get("hits")) {
            assertThat(sectionText(hit.get("reportId").asString(), hit.get("sectionId").asString())).contains("全面建成小康社会");
        }
        assertThat(word.get("total").asInt()).isGreaterThan(exact.get("total").asInt());
    }

    /** Issue 16: a stray quote is no error; the phrase runs to the end of q, and notes says so. */
    @Test
    void aQuoteLeftOpenIsSearchedAsIfClosedAndTheAnswerSaysSo() {
        JsonNode open = search("\"全面建成小康社会");
        JsonNode closed = search("\"全面建成小康社会\"");

        assertThat(open.get("total").asInt()).isPositive().isEqualTo(closed.get("total").asInt());
        assertThat(open.get("hits")).isEqualTo(closed.get("hits"));
        assertThat(closed.get("notes")).isEmpty();
        JsonNode note = open.get("notes").get(0);
        assertThat(note.get("code").asString()).isEqualTo("unclosed-quote");
        assertThat(note.get("quote").asString()).isEqualTo("\"");
        assertThat(note.get("message").asString()).contains("没有配对", "补上").doesNotContainPattern("[A-Za-z]");

        JsonNode title = search("《政府工作报告");
        assertThat(title.get("total").asInt()).isPositive();
        assertThat(title.get("notes").get(0).get("message").asString()).contains("《", "》");
    }

    @Test
    void aQuotedStringIsFoundWhereIkNeverYieldsThatToken() {
        JsonNode r = search("\"成小康\"");

        assertThat(r.get("total").asInt()).isPositive();
        r.get("hits").forEach(h -> assertThat(h.get("snippet").asString()).contains("<em>成小康</em>"));
    }

    @Test
    void the2019NationalReportHasThreePartsAndTenPointsUnderTheThird() {
        JsonNode found = get(u -> u.path("/api/search").queryParam("year", "2019").queryParam("region", "全国")
                .queryParam("type", "政府工作报告").build());
        assertThat(found.get("reports").asInt()).isEqualTo(1);
        String id = found.get("hits").get(0).get("reportId").asString();

        JsonNode report = get(u -> u.path("/api/reports/{id}").build(id));

        List<String> top = new ArrayList<>();
        JsonNode third = null;
        for (JsonNode s : report.get("sections")) {
            if (s.get("level").asInt() == 1) {
                top.add(s.get("number").asString());
                third = s;
            }
        }
        assertThat(top).containsExactly("一、", "二、", "三、");
        List<String> points = new ArrayList<>();
        third.get("children").forEach(c -> points.add(c.get("number").asString()));
        assertThat(points).containsExactly("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）");
    }

    @Test
    void reportsAreListedNewestFirst() {
        JsonNode list = get(u -> u.path("/api/reports").queryParam("size", 5).build());

        assertThat(list.get("total").asInt()).isGreaterThanOrEqualTo(123);
        assertThat(list.get("reports")).hasSize(5);
        List<Integer> years = new ArrayList<>();
        list.get("reports").forEach(r -> years.add(r.get("year").asInt()));
        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theLevelFilterKeepsTheProvincialReports() {
        JsonNode r = get(u -> u.path("/api/search").queryParam("level", "省").queryParam("year", "2025").queryParam("size", 50).build());

        assertThat(r.get("reports").asInt()).isEqualTo(31);
        r.get("hits").forEach(h -> assertThat(h.get("region").get("province").asString()).isNotEqualTo("全国"));
        expectBad(u -> u.path("/api/search").queryParam("level", "村").build(), "level");
    }

    /** Issue #20: who issued a report (发布机构 of a portal page's table) is a facet and a filter; the corpus files carry none. */
    @Test
    void theIssuerFacetIsAlwaysThereAndItsFilterKeepsOnlyThatIssuersReports() {
        JsonNode all = get(u -> u.path("/api/search").queryParam("q", "小康").build());
        assertThat(all.get("facets").has("issuer")).isTrue();

        JsonNode none = get(u -> u.path("/api/search").queryParam("q", "小康").queryParam("issuer", "内江市人民政府").build());
        assertThat(none.get("reports").asInt()).isZero();
        expectBad("/api/search", "issuer", "机".repeat(101));
    }

    /** Issue #4: cited documents are searchable (cites=…), every hit a section that cites it. */
    @Test
    void theCitesFilterFindsTheSectionsCitingADocument() {
        JsonNode r = get(u -> u.path("/api/search").queryParam("cites", "民族区域自治法").queryParam("size", 50).build());

        assertThat(r.get("total").asInt()).isPositive();
        r.get("hits").forEach(h -> {
            JsonNode report = get(u -> u.path("/api/reports/" + h.get("reportId").asString()).build());
            assertThat(sectionText(report.get("sections"), h.get("sectionId").asString())).containsPattern("《[^》]*民族区域自治法[^》]*》");
        });
        expectBad(u -> u.path("/api/search").queryParam("cites", "《》").build(), "cites");
    }

    /** Issue #14: Guangdong 2025 names the musical 《雄狮少年》; it is a work the report names, not a document it cites. */
    @Test
    void aFilmOrPlayIsListedAsAWorkAndTheCitesFilterDoesNotFindIt() {
        JsonNode r = get(u -> u.path("/api/search").queryParam("cites", "雄狮少年").build());
        assertThat(r.get("total").asInt()).isZero();

        JsonNode found = get(u -> u.path("/api/search").queryParam("q", "{q}").build("雄狮少年"));
        assertThat(found.get("total").asInt()).isPositive();
        JsonNode report = get(u -> u.path("/api/reports/" + found.get("hits").get(0).get("reportId").asString()).build());
        List<String> works = new ArrayList<>();
        report.get("understanding").get("works").forEach(w -> works.add(w.get("title").asString()));
        List<String> cites = new ArrayList<>();
        report.get("understanding").get("cites").forEach(c -> {
            if (c.hasNonNull("title")) {
                cites.add(c.get("title").asString());
            }
        });
        assertThat(works).contains("雄狮少年", "咏春");
        assertThat(cites).doesNotContain("雄狮少年", "咏春").isNotEmpty();
    }

    private static String sectionText(JsonNode sections, String id) {
        for (JsonNode s : sections) {
            if (s.get("id").asString().equals(id)) {
                return s.get("text").asString();
            }
            String inner = sectionText(s.get("children"), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Issue #4: a domain facet value said 6 reports and filtering by it found none. */
    @Test
    void everyDomainFacetValueFiltersToItsCount() {
        for (String q : List.of("", "统一战线", "脱贫攻坚 year=2015-2025")) {
            JsonNode r = get(u -> u.path("/api/search").queryParam("q", "{q}").queryParam("type", "政府工作报告").build(q));
            assertThat(r.get("facets").get("domain")).as(q).isNotEmpty();
            for (JsonNode v : r.get("facets").get("domain")) {
                String domain = v.get("value").asString();
                JsonNode filtered = get(u -> u.path("/api/search").queryParam("q", "{q}").queryParam("type", "政府工作报告")
                        .queryParam("domain", "{d}").build(q, domain));
                assertThat(filtered.get("reports").asLong()).as("%s, domain=%s", q, domain).isEqualTo(v.get("count").asLong());
            }
        }
    }

    @Test
    void cityAndCountyFacetsArePathsAndARegionPathSelectsThatNodeOnly() throws IOException {
        LocalReports.addTo(index);
        JsonNode r = get(u -> u.path("/api/search").queryParam("q", "{q}").build(LocalReports.QUERY));

        assertThat(r.get("reports").asInt()).isEqualTo(LocalReports.ALL.size());
        assertThat(values(r, "province")).containsExactly("河南省", "江苏省", "福建省");
        assertThat(values(r, "city")).containsExactly("河南省/漯河市", "江苏省/南京市", "福建省/福州市");
        assertThat(values(r, "county")).containsExactlyInAnyOrder("河南省/漯河市/舞阳县", "河南省/济源市",
                "福建省/福州市/鼓楼区", "江苏省/南京市/鼓楼区");

        assertThat(reportsIn("福建省/福州市/鼓楼区")).containsExactly(LocalReports.GULOU_FUZHOU.id());
        assertThat(reportsIn("鼓楼区")).containsExactlyInAnyOrder(LocalReports.GULOU_FUZHOU.id(), LocalReports.GULOU_NANJING.id());
        assertThat(reportsIn("河南省/漯河市")).containsExactlyInAnyOrder(LocalReports.LUOHE.id(), LocalReports.WUYANG.id());
        assertThat(reportsIn(" 河南省 / 济源市 ")).containsExactly(LocalReports.JIYUAN.id());
        assertThat(reportsIn("漯河")).containsExactlyInAnyOrder(LocalReports.LUOHE.id(), LocalReports.WUYANG.id());
        expectBad("/api/search", "region", "河南省//舞阳县");
        expectBad("/api/search", "region", "a/b/c/d");
    }

    static List<String> values(JsonNode r, String facet) {
        List<String> values = new ArrayList<>();
        r.get("facets").get(facet).forEach(v -> values.add(v.get("value").asString()));
        return values;
    }

    List<String> reportsIn(String region) {
        JsonNode r = get(u -> u.path("/api/search").queryParam("q", "{q}").queryParam("region", "{r}")
                .build(LocalReports.QUERY, region));
        List<String> ids = new ArrayList<>();
        r.get("hits").forEach(h -> {
            if (!ids.contains(h.get("reportId").asString())) {
                ids.add(h.get("reportId").asString());
            }
        });
        return ids;
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        expectBad("/api/search", "size", "101");
        expectBad("/api/search", "size", "0");
        expectBad("/api/search", "page", "-1");
        expectBad("/api/search", "page", "abc");
        expectBad("/api/search", "q", "字".repeat(501));
        expectBad("/api/search", "year", "twenty");
        expectBad("/api/search", "year", "2020-2010");
        expectBad("/api/reports", "size", "1000");
    }

    @Test
    void anUnknownReportIsA404WithAMessage() {
        http.get().uri("/api/reports/{id}", "no-such-report").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").value(String.class, m -> assertThat(m).contains("no-such-report"));
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/search']").exists()
                .jsonPath("$.paths['/api/reports/{id}']").exists();
    }

    void expectBad(String path, String param, String value) {
        http.get().uri(u -> u.path(path).queryParam(param, "{v}").build(value)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.param").isEqualTo(param)
                .jsonPath("$.error").value(String.class, m -> assertThat(m).isNotBlank().doesNotContain("Exception"));
    }

    String sectionText(String reportId, String sectionId) {
        JsonNode report = get(u -> u.path("/api/reports/{id}").build(reportId));
        StringBuilder found = new StringBuilder();
        walk(report.get("sections"), sectionId, found);
        return found.toString();
    }

    static void walk(JsonNode sections, String id, StringBuilder found) {
        for (JsonNode s : sections) {
            if (s.get("id").asString().equals(id)) {
                found.append(s.get("number").asString()).append(s.get("title").asString()).append('\n').append(s.get("text").asString());
            }
            walk(s.get("children"), id, found);
        }
    }
}
