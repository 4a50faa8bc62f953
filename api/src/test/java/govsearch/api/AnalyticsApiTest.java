package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import govsearch.report.Region;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import govsearch.testing.CorpusFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Trends, comparisons, concordance and phrasing over the bundled corpus. */
class AnalyticsApiTest extends BundledCorpusServer {

    @Autowired
    ReportIndex index;

    Map<Integer, Long> counts(JsonNode trend, int series) {
        Map<Integer, Long> counts = new TreeMap<>();
        trend.get("series").get(series).get("points").forEach(p -> counts.put(p.get("year").asInt(), p.get("count").asLong()));
        return counts;
    }

    @Test
    void povertyAlleviationInNationalDocumentsIsAbsentBefore2013AndPeaksBetween2015And2021() {
        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "脱贫攻坚").queryParam("region", "全国").build());

        Map<Integer, Long> counts = counts(trend, 0);
        assertThat(counts.keySet()).contains(1954, 2000, 2012, 2016, 2020);
        counts.forEach((year, n) -> {
            if (year < 2013) {
                assertThat(n).as("%d", year).isZero();
            }
        });
        double peak = 0;
        int peakYear = 0;
        for (JsonNode p : trend.get("series").get(0).get("points")) {
            if (p.get("perMillion").asDouble() > peak) {
                peak = p.get("perMillion").asDouble();
                peakYear = p.get("year").asInt();
            }
        }
        assertThat(peakYear).isBetween(2015, 2021);
    }

    @Test
    void reformAndOpeningNeverOccursBefore1978() {
        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "改革开放").queryParam("term", "\"社会主义\"").build());

        counts(trend, 0).forEach((year, n) -> {
            if (year < 1978) {
                assertThat(n).as("%d", year).isZero();
            }
        });
        assertThat(counts(trend, 0).values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(trend.get("series").get(1).get("term").asString()).isEqualTo("社会主义");
    }

    @Test
    void yearsWithoutDocumentsAreAbsentAndThinYearsFlagged() {
        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "人民").queryParam("from", "1960").queryParam("to", "1980")
                .queryParam("smooth", "2").queryParam("mode", "docShare").build());

        List<Integer> years = new ArrayList<>();
        trend.get("years").forEach(y -> {
            years.add(y.get("year").asInt());
            assertThat(y.get("thin").asBoolean()).isEqualTo(y.get("reports").asInt() < 3);
        });
        assertThat(years).isSorted().allSatisfy(y -> assertThat(y).isBetween(1960, 1980)).doesNotContain(1966);
    }

    @Test
    void trendExportsCsv() {
        String csv = http.get().uri(u -> u.path("/api/trend").queryParam("term", "小康").queryParam("format", "csv").build())
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(csv).startsWith("term,year,count,reports,perMillion,docShare,value\n").contains("\n小康,2017,");

        // issue 15: a bare CR ended the cell unquoted, and "=cmd" began a formula cell in Excel and LibreOffice
        String injected = http.get().uri(u -> u.path("/api/trend").queryParam("term", "{t}").queryParam("format", "csv").build("a\r=cmd"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(injected).contains("\n\"a\r=cmd\",").doesNotContain("\na\r=cmd,");
    }

    @Test
    void earlyAndRecentNationalReportsDifferInTheirKeywords() {
        JsonNode r = get(u -> u.path("/api/compare")
                .queryParam("left.year", "1954-1965").queryParam("left.region", "全国")
                .queryParam("right.year", "2010-2025").queryParam("right.region", "全国")
                .queryParam("term", "合作社").build());

        List<String> left = terms(r.get("left"));
        List<String> right = terms(r.get("right"));
        // IK reads 农业生产合作社 as one word where the text has it; any word holding 合作社 counts.
        assertThat(left).contains("社会主义改造", "第一个五年计划").anyMatch(t -> t.contains("合作社"));
        assertThat(right).contains("创新", "高质量发展", "互联网");
        assertThat(left).doesNotContainAnyElementsOf(right);
        assertThat(left).noneMatch(t -> t.matches(".*\\d.*"));
        assertThat(r.get("left").get("termPerMillion").asDouble()).isGreaterThan(r.get("right").get("termPerMillion").asDouble());
        assertThat(r.get("shared")).isNotEmpty();
        assertThat(r.get("keyness").asString()).contains("simple maths (N=1)", "log-likelihood");
    }

    @Test
    void compareRanksContentWordsUnlessAllWordsAreAskedFor() {
        java.util.function.Function<String, JsonNode> compare = words -> get(u -> u.path("/api/compare")
                .queryParam("left.year", "1978-1999").queryParam("left.region", "全国")
                .queryParam("right.year", "2010-2025").queryParam("right.region", "全国")
                .queryParamIfPresent("words", java.util.Optional.ofNullable(words)).build());
        JsonNode content = compare.apply(null);
        JsonNode all = compare.apply("all");

        assertThat(content.get("words").asString()).isEqualTo("content");
        assertThat(terms(content.get("left"))).contains("四人帮", "治理整顿").doesNotContain("整个", "面的", "某些", "因此", "进行了");
        assertThat(all.get("words").asString()).isEqualTo("all");
        assertThat(terms(all.get("left"))).contains("整个", "某些", "因此");
    }

    static List<String> terms(JsonNode side) {
        List<String> terms = new ArrayList<>();
        side.get("terms").forEach(t -> terms.add(t.get("term").asString()));
        return terms;
    }

    @Test
    void theDomainFilterNarrowsTrendConcordanceAndComparison() {
        String domain = "生态环境";
        long all = get(u -> u.path("/api/concordance").queryParam("q", "改革").build()).get("total").asLong();
        long inDomain = get(u -> u.path("/api/concordance").queryParam("q", "改革").queryParam("domain", domain).build())
                .get("total").asLong();
        assertThat(inDomain).isPositive().isLessThan(all);

        JsonNode trend = get(u -> u.path("/api/trend").queryParam("term", "改革").queryParam("mode", "count")
                .queryParam("domain", domain).build());
        long counted = 0;
        for (JsonNode p : trend.get("series").get(0).get("points")) {
            counted += p.get("count").asLong();
        }
        assertThat(counted).isEqualTo(inDomain);

        JsonNode compare = get(u -> u.path("/api/compare").queryParam("left.domain", domain)
                .queryParam("right.year", "2015-2025").build());
        assertThat(compare.get("left").get("chars").asLong()).isLessThan(compare.get("right").get("chars").asLong());
    }

    @Test
    void concordanceFindsEveryOccurrenceWithItsContext() {
        long expected = CorpusFiles.count("小康社会");
        JsonNode first = get(u -> u.path("/api/concordance").queryParam("q", "小康社会").queryParam("size", "100").build());

        assertThat(first.get("total").asLong()).isEqualTo(expected);
        for (JsonNode line : first.get("lines")) {
            assertThat(line.get("match").asString()).isEqualTo("小康社会");
            assertThat(line.get("left").asString().length()).isLessThanOrEqualTo(20);
            assertThat(line.get("right").asString().length()).isLessThanOrEqualTo(20);
            assertThat(line.get("left").asString()).doesNotContain("。", "\n");
            assertThat(line.get("right").asString().replaceAll("[。！？；]$", "")).doesNotContain("。", "\n");
            String sentence = line.get("left").asString() + "小康社会" + line.get("right").asString();
            assertThat(CorpusFiles.all()).contains(sentence);
        }
        List<Integer> years = new ArrayList<>();
        first.get("lines").forEach(l -> years.add(l.get("year").asInt()));
        assertThat(years).isSorted();
    }

    @Test
    void aDraftWithTwoCharactersChangedFindsTheOriginalFirst() {
        String original = "坚持农业农村优先发展，加强脱贫攻坚与乡村振兴统筹衔接，确保如期实现脱贫攻坚目标、农民生活达到全面小康水平。";
        assertThat(CorpusFiles.text("national/national-2019.txt")).contains(original);
        String draft = original.replace("加强", "推动");

        JsonNode r = get(u -> u.path("/api/phrasing").queryParam("text", draft).build());

        JsonNode best = r.get("matches").get(0);
        assertThat(best.get("sentence").asString()).isEqualTo(original);
        assertThat(best.get("year").asInt()).isEqualTo(2019);
        assertThat(best.get("score").asDouble()).isGreaterThan(0.9);
        StringBuilder differing = new StringBuilder();
        best.get("diff").forEach(seg -> {
            if (!seg.get("same").asBoolean()) {
                differing.append(seg.get("text").asString());
            }
        });
        assertThat(differing.toString()).isEqualTo("加强");

        JsonNode unrelated = get(u -> u.path("/api/phrasing").queryParam("text", "猫咪喜欢在阳光下睡觉和玩毛线球").build());
        unrelated.get("matches").forEach(m -> assertThat(m.get("score").asDouble()).isLessThan(0.3));
    }

    @Test
    void variantsShowHowAFixedPhraseChangedOverTheYears() {
        JsonNode r = get(u -> u.path("/api/phrasing/variants").queryParam("phrase", "全面建成小康社会").build());

        Map<String, Integer> firstYear = new TreeMap<>();
        r.get("variants").forEach(v -> firstYear.put(v.get("text").asString(), v.get("firstYear").asInt()));
        assertThat(firstYear).containsKeys("全面建成小康社会", "全面建设小康社会");
        assertThat(firstYear.get("全面建设小康社会")).isLessThan(firstYear.get("全面建成小康社会"));
    }

    @Test
    void aRepeatedTrendIsServedFromTheCacheUntilTheIndexChanges() throws Exception {
        String term = "钢铁";
        get(u -> u.path("/api/trend").queryParam("term", term).build());
        double hits = cacheGets("hit");
        double misses = cacheGets("miss");

        get(u -> u.path("/api/trend").queryParam("term", term).build());
        assertThat(cacheGets("hit")).isEqualTo(hits + 1);
        assertThat(cacheGets("miss")).isEqualTo(misses);

        index.add(List.of(ReportReader.read(new Source("test://cache-invalidation.txt", "钢铁产量稳步增长。\n", "钢铁报告",
                null, 2030, Region.NATIONWIDE, "情况报告"))));
        index.commit();
        JsonNode after = get(u -> u.path("/api/trend").queryParam("term", term).build());
        assertThat(cacheGets("miss")).isEqualTo(misses + 1);
        assertThat(counts(after, 0)).containsEntry(2030, 1L);
    }

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** What /actuator/metrics/cache.gets shows an operator with the admin token (ExposureTest: not the public). */
    double cacheGets(String result) {
        return meters.get("cache.gets").tag("cache", "trend").tag("result", result).functionCounter().count();
    }

    @Test
    void badAnalyticsInputIsA400NamingTheParameter() {
        expectBad(u -> u.path("/api/trend").build(), "term");
        expectBad(u -> {
            var b = u.path("/api/trend");
            for (int i = 0; i < 11; i++) {
                b = b.queryParam("term", "词" + i);
            }
            return b.build();
        }, "term");
        expectBad(u -> u.path("/api/trend").queryParam("term", "小康").queryParam("mode", "weird").build(), "mode");
        expectBad(u -> u.path("/api/trend").queryParam("term", "小康").queryParam("from", "2020").queryParam("to", "2010").build(), "from");
        expectBad(u -> u.path("/api/trend").queryParam("term", "小康").queryParam("smooth", "6").build(), "smooth");
        expectBad(u -> u.path("/api/trend").queryParam("term", "小康").queryParam("smooth", "-1").build(), "smooth");
        expectBad(u -> u.path("/api/phrasing").queryParam("text", " ").build(), "text");
        expectBad(u -> u.path("/api/phrasing/variants").build(), "phrase");
        expectBad(u -> u.path("/api/concordance").build(), "q");
        expectBad(u -> u.path("/api/concordance").queryParam("q", "小康").queryParam("sort", "middle").build(), "sort");
        expectBad(u -> u.path("/api/compare").queryParam("left.year", "1954-1965").build(), "right");
        expectBad(u -> u.path("/api/compare").queryParam("left.year", "19x4").queryParam("right.year", "2010").build(), "left.year");
        expectBad(u -> u.path("/api/compare").queryParam("left.year", "1954").queryParam("right.year", "2010")
                .queryParam("words", "some").build(), "words");
        expectBad(u -> u.path("/api/compare").queryParam("left.yr", "1954").queryParam("right.year", "2010").build(), "left.yr");
    }
}
