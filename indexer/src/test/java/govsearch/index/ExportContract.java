package govsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exports every backend must make alike: every matching section ({@link ReportIndex#eachMatch})
 * and every concordance line ({@link ReportIndex#eachLine}), the same rows in the same order
 * (corpus order), whatever the number of matches. Part of {@link ReportIndexContract}.
 */
public interface ExportContract {

    /** The index under test, holding {@link ReportIndexContract#NATIONAL}, GUANGXI and COUNTY. */
    ReportIndex index();

    SearchQuery ALL = QuerySyntax.parse("", null, null, null, null, null);

    @Test
    default void anExportHandsOnEveryMatchingSectionInCorpusOrderWithItsSourceAndSentence() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        index().eachMatch(QuerySyntax.parse("\"小康\"", null, null, null, null, null),
                (hit, level, sentence) -> rows.add(ExportRows.section(hit, level, sentence)));

        assertThat(rows).extracting(r -> r.get(2), r -> r.get(6), r -> r.get(7)).containsExactly(
                tuple("2017", "一、过去五年的工作", "决胜全面建成小康社会取得决定性进展，脱贫攻坚成效显著。"),
                tuple("2017", "今年的工作 > （一）打好脱贫攻坚战", "坚持精准扶贫，确保小康路上不落一人。"),
                tuple("2021", "一、基本情况", "统战部牵头，建成小康示范村。"),
                tuple("2025", "一、2024年工作回顾", "全区小康水平持续提高，<b>边境</b>贸易增长。"));
        assertThat(rows.getFirst()).containsExactly(ReportIndexContract.NATIONAL.id(), ReportIndexContract.NATIONAL.title(),
                "2017", "全国", "政府工作报告", ReportIndexContract.NATIONAL.understanding().adminLevel(), "一、过去五年的工作",
                "决胜全面建成小康社会取得决定性进展，脱贫攻坚成效显著。", "a.txt");
        assertThat(rows.get(2)).element(3).isEqualTo("河南省/漯河市/舞阳县");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(ExportRows.SECTION_COLUMNS.size()));

        List<String> filtered = new ArrayList<>();
        index().eachMatch(QuerySyntax.parse("小康", "2021", null, null, null, null), (hit, level, sentence) -> filtered.add(hit.reportId()));
        assertThat(filtered).containsExactly(ReportIndexContract.COUNTY.id());
    }

    @Test
    default void aLineExportHoldsTheConcordanceLinesInItsOrderAndAsManyAsItsTotal() throws IOException {
        KwicLines concordance = index().concordance("小康", ALL, 4, 100);
        List<KwicLine> lines = new ArrayList<>();
        index().eachLine("小康", ALL, 4, (s, level, left, match, right) -> lines.add(new KwicLine(left, match, right,
                s.reportId(), s.sectionId(), s.year(), s.region(), s.reportTitle())));

        assertThat(lines).isEqualTo(concordance.lines()).hasSize((int) concordance.total());
        List<List<String>> rows = new ArrayList<>();
        index().eachLine("小康", QuerySyntax.parse("", null, "广西", null, null, null), 4,
                (s, level, left, match, right) -> rows.add(ExportRows.line(s, level, left, match, right)));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.subList(2, 11)).containsExactly("2025", "广西壮族自治区",
                "政府工作报告", ReportIndexContract.GUANGXI.understanding().adminLevel(), "一、2024年工作回顾", "全区", "小康",
                "水平持续", "b.txt"));
    }

    /**
     * Issue #16: the whole of a search with 2,000 matching sections, and the whole of its
     * concordance, read back by Python's csv module — more rows than an export reads in one page.
     */
    @Test
    default void twoThousandMatchingSectionsAreAllExportedAndEveryConcordanceLineWithThem() throws Exception {
        Report many = ReportReader.read(Source.of("test://export/many-sections.txt", manySections()));
        index().add(List.of(many));
        index().commit();
        SearchQuery query = QuerySyntax.parse("导出样例词", null, null, null, null, null);
        long total = index().search(query).total();
        assertThat(total).isEqualTo(2000);

        Path sections = Files.createTempFile("sections", ".csv");
        Path lines = Files.createTempFile("lines", ".csv");
        try {
            try (Writer out = Files.newBufferedWriter(sections, StandardCharsets.UTF_8)) {
                out.write(ExportRows.csv(ExportRows.SECTION_COLUMNS));
                index().eachMatch(query, (hit, level, sentence) -> out.write(ExportRows.csv(ExportRows.section(hit, level, sentence))));
            }
            try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
                out.write(ExportRows.csv(ExportRows.LINE_COLUMNS));
                index().eachLine("导出样例词", ALL, 10, (s, level, left, match, right) ->
                        out.write(ExportRows.csv(ExportRows.line(s, level, left, match, right))));
            }
            // rows, widths, the first and last sentence: every section, in the report's order, quoted and guarded
            assertThat(python("rows=list(csv.reader(open(sys.argv[1],encoding='utf-8',newline='')))\n"
                    + "print(len(rows)-1, sorted(set(len(r) for r in rows)), rows[1][7], rows[-1][7])", sections))
                    .isEqualTo("2000 [9] '=导出样例词0-0-1，\"样例\",样例。 '=导出样例词19-9-10，\"样例\",样例。");
            assertThat(python("rows=list(csv.reader(open(sys.argv[1],encoding='utf-8',newline='')))\n"
                    + "print(len(rows)-1, sorted(set(len(r) for r in rows)), rows[1][8], rows[-1][9])", lines))
                    .isEqualTo(index().concordance("导出样例词", ALL, 10, 1).total() + " [11] 导出样例词 19-9-10，\"样");
        } finally {
            Files.deleteIfExists(sections);
            Files.deleteIfExists(lines);
        }
    }

    @Test
    default void aSinkThatFailsStopsTheExportAtThatRow() {
        int[] rows = {0};
        assertThatThrownBy(() -> index().eachMatch(ALL, (hit, level, sentence) -> {
            rows[0]++;
            throw new IOException("the client left");
        })).isInstanceOf(IOException.class).hasMessage("the client left");
        assertThat(rows[0]).as("rows handed on before the failure").isEqualTo(1);
    }

    /**
     * 20 parts × 10 points × 10 items, each item a section saying 导出样例词 once; every sentence
     * starts with = and holds a quote and a comma, to be quoted and guarded.
     */
    static String manySections() {
        String[] cn = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
                "十六", "十七", "十八", "十九", "二十"};
        StringBuilder text = new StringBuilder("导出样例报告\n");
        for (int part = 0; part < 20; part++) {
            text.append(cn[part]).append("、甲部分\n");
            for (int point = 0; point < 10; point++) {
                text.append("（").append(cn[point]).append("）乙要点\n");
                for (int item = 1; item <= 10; item++) {
                    text.append(item).append(".丙条目\n")
                            .append("=导出样例词").append(part).append('-').append(point).append('-').append(item)
                            .append("，\"样例\",样例。\n");
                }
            }
        }
        return text.toString();
    }

    private static String python(String program, Path csv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", "import csv,sys\n" + program, csv.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
