package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.importer.Import;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.report.Region;
import govsearch.report.Source;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On Elasticsearch, a search and a concordance page cost what they show, not what they match:
 * grouping and facets are aggregations and collapse, concordance lines are read only until the
 * page is full. Measured in bytes the node sends back, through a proxy.
 */
class SearchTrafficTest {

    private static final SearchQuery ONE_REPORT = QuerySyntax.parse("改革", null, null, null, 0, 1);

    @Test
    void aSearchOrAConcordancePageDoesNotGrowWithTheSectionsItMatches() throws Exception {
        int nodePort = URI.create(TestNode.url()).getPort();
        try (CuttingProxy proxy = new CuttingProxy(nodePort, List.of());
             ElasticsearchReportIndex index = ElasticsearchReportIndex.open(
                     new ElasticsearchConfig(proxy.url(), null, null, null, null, "traffic", 2))) {
            Import.run(reports(0, 150).iterator(), index, List.of(), p -> { }, 2);
            Measured small = measure(proxy, index);

            Import.run(reports(150, 600).iterator(), index, List.of(), p -> { }, 2);
            Measured large = measure(proxy, index);

            assertThat(small.search().reports()).isEqualTo(150);
            assertThat(large.search().reports()).isEqualTo(600);
            assertThat(large.search().total()).isEqualTo(4 * small.search().total()).isEqualTo(600 * 4);
            assertThat(large.search().facets().get("year")).hasSize(20)
                    .allSatisfy(v -> assertThat(v.count()).isEqualTo(30));
            assertThat(large.lines().total()).isEqualTo(4 * small.lines().total());
            assertThat(large.lines().lines()).hasSize(5);
            // Four times the matching sections; the answers stay about the size of one page.
            assertThat(large.searchBytes()).as("bytes of a one-report search over 2,400 sections")
                    .isLessThan(small.searchBytes() * 5 / 4).isLessThan(20_000);
            assertThat(large.concordanceBytes()).as("bytes of five concordance lines over 2,400 sections")
                    .isLessThan(small.concordanceBytes() * 5 / 4).isLessThan(20_000);
        }
    }

    private record Measured(SearchResult search, long searchBytes, KwicLines lines, long concordanceBytes) {
    }

    private static Measured measure(CuttingProxy proxy, ElasticsearchReportIndex index) throws IOException {
        long before = proxy.downstream();
        SearchResult search = index.search(ONE_REPORT);
        long searched = proxy.downstream();
        KwicLines lines = index.concordance("改革", QuerySyntax.parse("", null, null, null, 0, 1), 10, 5);
        return new Measured(search, searched - before, lines, proxy.downstream() - searched);
    }

    /** Reports {@code from} … {@code to - 1}: four sections each, every section holding 改革 twice, years 2000–2019. */
    private static List<Source> reports(int from, int to) {
        List<Source> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            StringBuilder text = new StringBuilder("第" + i + "号情况报告\n");
            for (String heading : List.of("一、基本情况", "二、主要做法", "三、存在问题", "四、下一步打算")) {
                text.append(heading).append('\n');
                text.append("深化第").append(i).append("项改革，完善").append(heading.substring(2))
                        .append("的制度安排，以改革促发展。\n");
            }
            out.add(new Source("traffic/" + i + ".txt", text.toString(), null, null, 2000 + i % 20, Region.NATIONWIDE, "情况报告"));
        }
        return out;
    }
}
