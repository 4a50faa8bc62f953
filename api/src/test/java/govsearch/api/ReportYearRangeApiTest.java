package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.ReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue #14: a report that names no year of its own is served with no year but the range its
 * vocabulary allows, with that vocabulary as evidence, and the year facet does not count it.
 */
class ReportYearRangeApiTest extends BundledCorpusServer {

    /** Only this text says 同心桥工作室, so a search for it finds just this report. */
    static final String UNDATED = """
            今年以来，我们坚持以新时代中国特色社会主义为指引，增强“四个意识”、做到“两个维护”，认真贯彻2015年颁布的\
            《中国共产党统一战线工作条例》，巩固和发展新时代爱国统一战线。
            一、加强思想政治引领
            依托同心桥工作室组织党外代表人士学习，凝聚共识。
            """;

    @Autowired
    ReportIndex index;

    @Test
    void anUndatedReportIsServedWithItsYearRangeAndTheTermsBehindIt() throws IOException {
        Report undated = ReportReader.read(Source.of("test://undated/tongxinqiao.txt", UNDATED));
        if (!index.contains(undated.id())) {
            index.add(List.of(undated));
            index.commit();
        }

        JsonNode report = get(u -> u.path("/api/reports/{id}").build(undated.id()));

        assertThat(report.get("year").isNull()).isTrue();
        JsonNode u = report.get("understanding");
        assertThat(u.get("yearRange").get("from").asInt()).isEqualTo(2018);
        assertThat(u.get("yearRange").get("to").isNull()).isTrue();
        assertThat(u.get("year").get("value").isNull()).isTrue();
        assertThat(u.get("year").get("confidence").asDouble()).isBetween(0.01, 0.5);
        List<String> quotes = new ArrayList<>();
        u.get("year").get("evidence").forEach(e -> {
            if (e.get("rule").asString().equals("vocabulary")) {
                quotes.add(e.get("quote").asString());
            }
        });
        assertThat(quotes).contains("两个维护", "新时代爱国统一战线");

        JsonNode found = get(b -> b.path("/api/search").queryParam("q", "{q}").build("\"同心桥工作室\""));
        assertThat(found.get("reports").asInt()).isEqualTo(1);
        assertThat(found.get("facets").get("year")).isEmpty();
    }
}
