package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.analytics.Trend.Axis;
import govsearch.analytics.Trend.Mode;
import govsearch.analytics.Trend.Point;
import govsearch.analytics.Trend.Result;
import govsearch.analytics.Trend.Series;
import govsearch.analytics.Trend.Split;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a trend's years are made of, on a corpus worked out by hand — the 2025 case of the bundled
 * corpus in small: one national report a year, and in 2025 three provincial ones beside it.
 *
 * <pre>
 * year  level  reports  chars     新质生产力  per million                     doc share
 * 2019  国家   1        100 000    0          0                               0
 * 2023  国家   1        100 000    0          0                               0
 * 2024  国家   1        100 000   20          20·10⁶/100 000 = 200            1/1
 * 2025  国家   1        100 000   30          30·10⁶/100 000 = 300            1/1
 * 2025  省     3        500 000   50          50·10⁶/500 000 = 100            2/3
 * 2025  all    4        600 000   80          80·10⁶/600 000 = 133.33…        3/4
 * </pre>
 *
 * Unsplit, 2025 "falls" to 133 from 200; split by level, the national line rises to 300 and the
 * provincial line starts at 100. All reports are 政府工作报告 except one 2025 provincial report
 * without a type (200 000 characters, 20 occurrences), so the 政府工作报告 of 2025 are 3 reports,
 * 400 000 characters, 60 occurrences: 60·10⁶/400 000 = 150 per million.
 */
class TrendMixTest {

    static final SearchQuery ALL = QuerySyntax.parse("", null, null, null, null, null);
    static final String TERM = "新质生产力";

    final WrittenCounts corpus = new WrittenCounts()
            .years(new YearTotal(2019, 1, 5, 100_000), new YearTotal(2023, 1, 5, 100_000),
                    new YearTotal(2024, 1, 5, 100_000), new YearTotal(2025, 4, 20, 600_000))
            .terms(Map.of(TERM, List.of(new TermYear(2024, 20, 1), new TermYear(2025, 80, 3))))
            .kinds(List.of("政府工作报告"), List.of("国家", "省"))
            .group("国家", List.of(new YearTotal(2019, 1, 5, 100_000), new YearTotal(2023, 1, 5, 100_000),
                            new YearTotal(2024, 1, 5, 100_000), new YearTotal(2025, 1, 5, 100_000)),
                    Map.of(TERM, List.of(new TermYear(2024, 20, 1), new TermYear(2025, 30, 1))))
            .group("省", List.of(new YearTotal(2025, 3, 15, 500_000)),
                    Map.of(TERM, List.of(new TermYear(2025, 50, 2))))
            .group("政府工作报告", List.of(new YearTotal(2019, 1, 5, 100_000), new YearTotal(2023, 1, 5, 100_000),
                            new YearTotal(2024, 1, 5, 100_000), new YearTotal(2025, 3, 15, 400_000)),
                    Map.of(TERM, List.of(new TermYear(2024, 20, 1), new TermYear(2025, 60, 2))));

    Result trend(Split split) throws IOException {
        return Trend.compute(corpus, List.of(TERM), ALL, null, null, Mode.perMillion, 0, split);
    }

    @Test
    void unsplitTheRateIsTakenOverEveryReportOfTheYear() throws IOException {
        Result r = trend(Split.none);

        assertThat(r.series()).singleElement().extracting(Series::group).isNull();
        double[] perMillion = r.series().getFirst().points().stream().mapToDouble(Point::perMillion).toArray();
        assertThat(perMillion[2]).isEqualTo(200.0);
        assertThat(perMillion[3]).isCloseTo(80e6 / 600_000, within(1e-9));
    }

    @Test
    void splitByLevelGivesOneLinePerLevelWithRatesWithinThatLevelsReports() throws IOException {
        Result r = trend(Split.level);

        assertThat(r.split()).isEqualTo(Split.level);
        assertThat(r.series()).extracting(Series::term, Series::group).containsExactly(tuple(TERM, "国家"), tuple(TERM, "省"));
        assertThat(r.series().get(0).points()).extracting(Point::year, Point::count, Point::perMillion, Point::docShare)
                .containsExactly(tuple(2019, 0L, 0.0, 0.0), tuple(2023, 0L, 0.0, 0.0), tuple(2024, 20L, 200.0, 1.0),
                        tuple(2025, 30L, 300.0, 1.0));
        // The provincial line has only the year its reports are in: absent, not zero, before.
        assertThat(r.series().get(1).points()).extracting(Point::year, Point::count, Point::perMillion)
                .containsExactly(tuple(2025, 50L, 100.0));
        assertThat(r.series().get(1).points().getFirst().docShare()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void splitByTypeLeavesOutReportsWithoutAType() throws IOException {
        Result r = trend(Split.type);

        // 政府工作报告 in 2025: 3 reports, 400 000 characters, 60 occurrences → 150 per million.
        assertThat(r.series()).singleElement().extracting(Series::group).isEqualTo("政府工作报告");
        assertThat(r.series().getFirst().points()).extracting(Point::year, Point::perMillion)
                .containsExactly(tuple(2019, 0.0), tuple(2023, 0.0), tuple(2024, 200.0), tuple(2025, 150.0));
    }

    @Test
    void eachYearsMixCountsItsReportsByTypeAndLevelWithTheUnaccountedAsUnknown() throws IOException {
        Result r = trend(Split.none);

        assertThat(r.mix()).extracting(TrendMix.YearMix::year, TrendMix.YearMix::types, TrendMix.YearMix::levels)
                .containsExactly(
                        tuple(2019, Map.of("政府工作报告", 1L), Map.of("国家", 1L)),
                        tuple(2023, Map.of("政府工作报告", 1L), Map.of("国家", 1L)),
                        tuple(2024, Map.of("政府工作报告", 1L), Map.of("国家", 1L)),
                        tuple(2025, Map.of("政府工作报告", 3L, TrendMix.UNKNOWN, 1L), Map.of("省", 3L, "国家", 1L)));
        // Most reports first.
        assertThat(r.mix().getLast().levels().keySet()).containsExactly("省", "国家");
    }

    @Test
    void yearsHoldingDifferentLevelsOrTypesAreMixedYearsHoldingTheSameAreNot() throws IOException {
        Result r = trend(Split.none);
        assertThat(r.mixedLevels()).isTrue();
        assertThat(r.mixedTypes()).isTrue(); // 2025 holds a report without a type

        Result before2025 = Trend.compute(corpus, List.of(TERM), ALL, null, 2024, Mode.perMillion, 0, Split.none);
        assertThat(before2025.mixedLevels()).isFalse();
        assertThat(before2025.mixedTypes()).isFalse();
    }

    @Test
    void yearsHoldingTheSameKindsInOtherNumbersAreAlike() {
        List<TrendMix.YearMix> mix = List.of(
                new TrendMix.YearMix(2020, Map.of("政府工作报告", 1L, "决议", 1L), Map.of("国家", 2L)),
                new TrendMix.YearMix(2021, Map.of("政府工作报告", 3L, "决议", 1L), Map.of("国家", 4L)),
                new TrendMix.YearMix(2022, Map.of("政府工作报告", 1L), Map.of("国家", 1L)));

        assertThat(TrendMix.mixed(mix, new Axis(2020, 2021), TrendMix.YearMix::types)).isFalse();
        assertThat(TrendMix.mixed(mix, new Axis(2020, 2022), TrendMix.YearMix::types)).isTrue();
        assertThat(TrendMix.mixed(mix, new Axis(2020, 2022), TrendMix.YearMix::levels)).isFalse();
        assertThat(TrendMix.mixed(mix, null, TrendMix.YearMix::types)).isFalse();
    }

    @Test
    void theAxisStartsFiveYearsBeforeTheFirstOccurrenceWithinTheYearsThatHaveReports() throws IOException {
        // First occurrence 2024: 2024 − 5 = 2019; last 2025 + 5 is past the last year, 2025.
        assertThat(trend(Split.none).axis()).isEqualTo(new Axis(2019, 2025));

        WrittenCounts longer = new WrittenCounts()
                .years(new YearTotal(1954, 1, 1, 1000), new YearTotal(2000, 1, 1, 1000), new YearTotal(2012, 1, 1, 1000),
                        new YearTotal(2016, 1, 1, 1000), new YearTotal(2025, 1, 1, 1000))
                .terms(Map.of("小康", List.of(new TermYear(2012, 3, 1), new TermYear(2016, 2, 1))));
        assertThat(Trend.compute(longer, List.of("小康"), ALL, null, null, Mode.count, 0).axis())
                .isEqualTo(new Axis(2007, 2021));
        // A term found nowhere: every year.
        assertThat(Trend.compute(longer, List.of("无此词"), ALL, null, null, Mode.count, 0).axis())
                .isEqualTo(new Axis(1954, 2025));
    }

    @Test
    void withAYearFilterTheAxisIsTheFiltersYearsWithinTheYearsThatHaveReports() throws IOException {
        SearchQuery since2020 = QuerySyntax.parse("", "2020-2030", null, null, null, null);
        assertThat(Trend.compute(corpus, List.of(TERM), since2020, null, null, Mode.perMillion, 0).axis())
                .isEqualTo(new Axis(2020, 2025));
        // 2010-2023 asked, the first year with reports is 2019.
        assertThat(Trend.compute(corpus, List.of(TERM), ALL, 2010, 2023, Mode.perMillion, 0).axis())
                .isEqualTo(new Axis(2019, 2023));
        // from 2022 within 2020-2030: 2022 on, and the first year with reports from 2022 is 2023.
        assertThat(Trend.compute(corpus, List.of(TERM), since2020, 2022, null, Mode.perMillion, 0).axis())
                .isEqualTo(new Axis(2023, 2025));
    }

    @Test
    void noYearsNoAxisAndNoMix() throws IOException {
        Result r = Trend.compute(new WrittenCounts(), List.of(TERM), ALL, null, null, Mode.perMillion, 0, Split.level);

        assertThat(r.axis()).isNull();
        assertThat(r.mix()).isEmpty();
        assertThat(r.series()).isEmpty();
        assertThat(r.mixedLevels()).isFalse();
    }

    @Test
    void descendingListsYearsMixAndPointsNewestFirst() throws IOException {
        Result r = trend(Split.level).descending();

        assertThat(r.years()).extracting(Trend.Year::year).containsExactly(2025, 2024, 2023, 2019);
        assertThat(r.mix()).extracting(TrendMix.YearMix::year).containsExactly(2025, 2024, 2023, 2019);
        assertThat(r.series().getFirst().points()).extracting(Point::year).containsExactly(2025, 2024, 2023, 2019);
        assertThat(r.axis()).isEqualTo(new Axis(2019, 2025));
    }

    @Test
    void theSplitCsvNamesEachLinesGroup() throws IOException {
        assertThat(trend(Split.level).csv().lines()).startsWith("term,group,year,count,reports,perMillion,docShare,value",
                "新质生产力,国家,2019,0,0,0.0000,0.0000,0.0000").contains("新质生产力,省,2025,50,2,100.0000,0.6667,100.0000");
    }

    @Test
    void splitIsNoneTypeOrLevel() {
        assertThat(Split.parse(null)).isEqualTo(Split.none);
        assertThat(Split.parse(" Type ")).isEqualTo(Split.type);
        assertThat(Split.parse("level")).isEqualTo(Split.level);
        assertThatThrownBy(() -> Split.parse("region"))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("split"));
    }
}
