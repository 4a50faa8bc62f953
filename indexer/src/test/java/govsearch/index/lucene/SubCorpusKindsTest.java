package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.CorpusStats;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The types and levels of a sub-corpus (what a trend reports as its mix and splits by) are read from
 * the suffix arrays' per-document tables; they must be what the search facets say, in their order.
 */
class SubCorpusKindsTest {

    @TempDir
    Path dir;

    private static Source report(int n, String type, Region region, int year) {
        String text = "关于" + year + "年工作的报告\n一、过去一年的工作\n我们坚持改革开放，推动高质量发展。第" + n + "项工作稳步推进。\n"
                + (n % 2 == 0 ? "二、今年的安排\n加快建设农业强国，打好污染防治攻坚战。\n" : "");
        return new Source("https://example.gov.cn/r" + n + ".html", text, year + "年" + type + n, null, year, region, type);
    }

    private static List<Report> corpus() {
        List<Report> out = new ArrayList<>();
        Region henan = new Region("河南省", null, null);
        Region zhengzhou = new Region("河南省", "郑州市", null);
        Region hubei = new Region("湖北省", null, null);
        for (int n = 0; n < 12; n++) {
            String type = n < 6 ? "政府工作报告" : n < 9 ? "工作总结" : "调研报告";
            Region region = n % 3 == 0 ? henan : n % 3 == 1 ? zhengzhou : hubei;
            out.add(ReportReader.read(report(n, type, region, 2018 + n % 4)));
        }
        return out;
    }

    /** What the search facets say: the default answer every backend gives. */
    private static CorpusStats.Kinds byFacets(LuceneReportIndex index, SearchQuery filters) throws Exception {
        SearchResult r = index.search(new SearchQuery(filters.words(), filters.phrases(), filters.excluded(), filters.years(),
                filters.region(), filters.docType(), 0, 1, filters.domain(), filters.level(), filters.cites()));
        return new CorpusStats.Kinds(r.facets().get("type").stream().map(SearchResult.FacetValue::value).toList(),
                r.facets().get("level").stream().map(SearchResult.FacetValue::value).toList());
    }

    @Test
    void theKindsOfEverySubCorpusAreTheFacetsInTheirOrder() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(corpus());
            index.commit();
            List<SearchQuery> subCorpora = List.of(
                    QuerySyntax.parse(null, null, null, null, 0, 10),
                    QuerySyntax.parse(null, null, "河南", null, 0, 10),
                    QuerySyntax.parse(null, "2019-2020", null, null, 0, 10),
                    QuerySyntax.parse("攻坚战", null, null, null, 0, 10),
                    QuerySyntax.parse(null, null, null, "工作总结", 0, 10),
                    QuerySyntax.parse("不在任何报告里的词语", null, null, null, 0, 10));
            for (SearchQuery q : subCorpora) {
                assertThat(index.kinds(q)).as("%s", q).isEqualTo(byFacets(index, q));
            }
            assertThat(index.kinds(subCorpora.get(0)).types()).containsExactly("政府工作报告", "工作总结", "调研报告");
            assertThat(index.kinds(subCorpora.get(5)).types()).isEmpty();
        }
    }

    @Test
    void aReportImportedAgainUnderAnotherTypeCountsOnlyUnderItsNewType() throws Exception {
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(corpus());
            index.commit();
            // The three 调研报告 come again as 工作总结: their old sections stay in the old segment, deleted.
            List<Report> again = new ArrayList<>();
            for (int n = 9; n < 12; n++) {
                Region region = n % 3 == 0 ? new Region("河南省", null, null) : n % 3 == 1
                        ? new Region("河南省", "郑州市", null) : new Region("湖北省", null, null);
                again.add(ReportReader.read(report(n, "工作总结", region, 2018 + n % 4)));
            }
            index.add(again);
            index.commit();
            SearchQuery all = QuerySyntax.parse(null, null, null, null, 0, 10);

            assertThat(index.kinds(all).types()).containsExactly("工作总结", "政府工作报告");
            assertThat(index.kinds(all)).isEqualTo(byFacets(index, all));
        }
    }
}
