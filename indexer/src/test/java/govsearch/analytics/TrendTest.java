package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.analytics.Trend.Mode;
import govsearch.analytics.Trend.Point;
import govsearch.analytics.Trend.Result;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trend's figures on a corpus small enough to work out by hand. The corpus (2021 has no reports):
 *
 * <pre>
 * year  reports  chars     小康: count  reports   per million          doc share
 * 2019  4        200 000         10     2         10·10⁶/200 000 =  50  2/4 = 0.5
 * 2020  2 (thin)  50 000          5     1          5·10⁶/ 50 000 = 100  1/2 = 0.5
 * 2022  5        400 000          0     0                            0  0/5 = 0
 * 2023  3        250 000         30     3         30·10⁶/250 000 = 120  3/3 = 1
 * </pre>
 *
 * Smoothing averages each year with the years present within ±smooth of it, so at the edges and
 * beside the gap fewer years are averaged (the divisor is the number of years present, not 2s+1):
 *
 * <pre>
 * smooth 1: 2019 (50+100)/2 = 75    2020 (50+100)/2 = 75   2022 (0+120)/2 = 60   2023 (0+120)/2 = 60
 * smooth 2: 2019 (50+100)/2 = 75    2020 (50+100+0)/3 = 50 2022 (100+0+120)/3 = 73.33…  2023 (0+120)/2 = 60
 * </pre>
 */
class TrendTest {

    static final SearchQuery ALL = QuerySyntax.parse("", null, null, null, null, null);

    final WrittenCounts corpus = new WrittenCounts()
            .years(new YearTotal(2019, 4, 10, 200_000), new YearTotal(2020, 2, 3, 50_000),
                    new YearTotal(2022, 5, 12, 400_000), new YearTotal(2023, 3, 9, 250_000))
            .terms(Map.of("小康", List.of(new TermYear(2019, 10, 2), new TermYear(2020, 5, 1), new TermYear(2023, 30, 3)),
                    "脱贫攻坚", List.of(new TermYear(2022, 8, 4))));

    Result trend(Mode mode, int smooth) throws IOException {
        return Trend.compute(corpus, List.of("小康"), ALL, null, null, mode, smooth);
    }

    static double[] values(Result r, int series) {
        return r.series().get(series).points().stream().mapToDouble(Point::value).toArray();
    }

    @Test
    void perMillionIsOccurrencesPerMillionCharactersOfThatYear() throws IOException {
        Result r = trend(Mode.perMillion, 0);

        assertThat(r.series().getFirst().points())
                .extracting(Point::year, Point::count, Point::reports, Point::perMillion, Point::value)
                .containsExactly(tuple(2019, 10L, 2L, 50.0, 50.0), tuple(2020, 5L, 1L, 100.0, 100.0),
                        tuple(2022, 0L, 0L, 0.0, 0.0), tuple(2023, 30L, 3L, 120.0, 120.0));
    }

    @Test
    void docShareIsTheShareOfThatYearsReportsHoldingTheTerm() throws IOException {
        Result r = trend(Mode.docShare, 0);

        assertThat(r.series().getFirst().points()).extracting(Point::docShare).containsExactly(0.5, 0.5, 0.0, 1.0);
        assertThat(values(r, 0)).containsExactly(0.5, 0.5, 0.0, 1.0);
    }

    @Test
    void countModeDrawsTheRawOccurrencesButKeepsTheRates() throws IOException {
        Result r = trend(Mode.count, 0);

        assertThat(values(r, 0)).containsExactly(10.0, 5.0, 0.0, 30.0);
        assertThat(r.series().getFirst().points()).extracting(Point::perMillion).containsExactly(50.0, 100.0, 0.0, 120.0);
    }

    @Test
    void yearsWithoutReportsAreAbsentNotZeroAndYearsWithFewerThanThreeReportsAreThin() throws IOException {
        Result r = trend(Mode.perMillion, 0);

        assertThat(r.years()).extracting(Trend.Year::year, Trend.Year::reports, Trend.Year::chars, Trend.Year::thin)
                .containsExactly(tuple(2019, 4L, 200_000L, false), tuple(2020, 2L, 50_000L, true),
                        tuple(2022, 5L, 400_000L, false), tuple(2023, 3L, 250_000L, false));
        assertThat(r.series().getFirst().points()).extracting(Point::year).doesNotContain(2021);
    }

    @Test
    void smoothingOneYearAveragesTheNeighboursPresentAndFewerAtTheEdges() throws IOException {
        Result r = trend(Mode.perMillion, 1);

        assertThat(r.smooth()).isEqualTo(1);
        assertThat(values(r, 0)).containsExactly(75.0, 75.0, 60.0, 60.0);
        // The drawn value is smoothed; the year's own figures stay as counted.
        assertThat(r.series().getFirst().points()).extracting(Point::perMillion, Point::count)
                .containsExactly(tuple(50.0, 10L), tuple(100.0, 5L), tuple(0.0, 0L), tuple(120.0, 30L));
    }

    @Test
    void smoothingTwoYearsDividesByTheYearsPresentInTheWindow() throws IOException {
        double[] v = values(trend(Mode.perMillion, 2), 0);

        assertThat(v[0]).isEqualTo(75.0);
        assertThat(v[1]).isEqualTo(50.0);
        assertThat(v[2]).isCloseTo(220.0 / 3, within(1e-9));
        assertThat(v[3]).isEqualTo(60.0);
    }

    @Test
    void smoothingWindowsAreTakenInYearOrderWhateverOrderThePointsComeIn() {
        // 2019 50, 2020 100, 2022 0, 2023 120 given newest first: the values of the test above, in the points' order.
        List<Point> newestFirst = List.of(new Point(2023, 30, 1, 120, 0, 120), new Point(2022, 0, 0, 0, 0, 0),
                new Point(2020, 5, 1, 100, 0, 100), new Point(2019, 10, 1, 50, 0, 50));

        assertThat(Trend.smoothed(newestFirst, 1)).extracting(Point::year, Point::value)
                .containsExactly(tuple(2023, 60.0), tuple(2022, 60.0), tuple(2020, 75.0), tuple(2019, 75.0));
    }

    @Test
    void smoothingAppliesToDocShareToo() throws IOException {
        // smooth 1 over 0.5, 0.5, 0, 1: (0.5+0.5)/2, (0.5+0.5)/2, (0+1)/2, (0+1)/2
        assertThat(values(trend(Mode.docShare, 1), 0)).containsExactly(0.5, 0.5, 0.5, 0.5);
    }

    @Test
    void fromAndToKeepYearsInRangeInclusiveAndSmoothingDoesNotReachOutsideIt() throws IOException {
        Result r = Trend.compute(corpus, List.of("小康"), ALL, 2020, 2022, Mode.perMillion, 1);

        assertThat(r.years()).extracting(Trend.Year::year).containsExactly(2020, 2022);
        // 2020 alone (2019 is outside, 2021 absent); 2022 alone (2023 is outside).
        assertThat(values(r, 0)).containsExactly(100.0, 0.0);
        assertThat(Trend.compute(corpus, List.of("小康"), ALL, 2023, null, Mode.perMillion, 0).years())
                .extracting(Trend.Year::year).containsExactly(2023);
        assertThat(Trend.compute(corpus, List.of("小康"), ALL, null, 2019, Mode.perMillion, 0).years())
                .extracting(Trend.Year::year).containsExactly(2019);
        assertThat(Trend.compute(corpus, List.of("小康"), ALL, 2022, 2022, Mode.perMillion, 0).years())
                .extracting(Trend.Year::year).containsExactly(2022);
    }

    @Test
    void fromAfterToIsRefused() {
        assertThatThrownBy(() -> Trend.compute(corpus, List.of("小康"), ALL, 2023, 2019, Mode.perMillion, 0))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("from"));
    }

    @Test
    void eachTermIsItsOwnSeriesOverTheSameYears() throws IOException {
        Result r = Trend.compute(corpus, List.of("小康", "脱贫攻坚"), ALL, null, null, Mode.perMillion, 0);

        assertThat(r.series()).extracting(Trend.Series::term).containsExactly("小康", "脱贫攻坚");
        // 脱贫攻坚: 8 in 2022 → 8·10⁶/400 000 = 20 per million, in 4 of 5 reports.
        assertThat(values(r, 1)).containsExactly(0.0, 0.0, 20.0, 0.0);
        assertThat(r.series().get(1).points().get(2).docShare()).isEqualTo(0.8);
    }

    @Test
    void aBackendListingTheYearsOutOfOrderGetsTheSamePointsAsOneListingThemInOrder() throws IOException {
        WrittenCounts shuffled = new WrittenCounts()
                .years(new YearTotal(2022, 5, 12, 400_000), new YearTotal(2019, 4, 10, 200_000),
                        new YearTotal(2023, 3, 9, 250_000), new YearTotal(2020, 2, 3, 50_000))
                .terms(Map.of("小康", List.of(new TermYear(2023, 30, 3), new TermYear(2019, 10, 2), new TermYear(2020, 5, 1))));

        Result inOrder = trend(Mode.perMillion, 0);
        Result outOfOrder = Trend.compute(shuffled, List.of("小康"), ALL, null, null, Mode.perMillion, 0);

        assertThat(outOfOrder.series().getFirst().points())
                .extracting(Point::year, Point::count, Point::reports, Point::value)
                .containsExactlyInAnyOrderElementsOf(inOrder.series().getFirst().points().stream()
                        .map(p -> tuple(p.year(), p.count(), p.reports(), p.value())).toList());
    }

    @Test
    void aYearWithReportsButNoCharactersHasRateZeroNotNaN() throws IOException {
        WrittenCounts empty = new WrittenCounts().years(new YearTotal(2020, 1, 1, 0), new YearTotal(2021, 0, 0, 0));

        Result r = Trend.compute(empty, List.of("小康"), ALL, null, null, Mode.perMillion, 0);

        assertThat(r.series().getFirst().points()).extracting(Point::perMillion, Point::docShare)
                .containsExactly(tuple(0.0, 0.0), tuple(0.0, 0.0));
    }

    @Test
    void theCsvHasOneRowPerTermAndYearWithFourDecimals() throws IOException {
        String csv = Trend.compute(corpus, List.of("小康", "=1+2"), ALL, 2022, null, Mode.docShare, 0).csv();

        assertThat(csv).isEqualTo("""
                term,year,count,reports,perMillion,docShare,value
                小康,2022,0,0,0.0000,0.0000,0.0000
                小康,2023,30,3,120.0000,1.0000,1.0000
                '=1+2,2022,0,0,0.0000,0.0000,0.0000
                '=1+2,2023,0,0,0.0000,0.0000,0.0000
                """);
    }

    @Test
    void aCsvCellWithACommaOrQuoteIsQuoted() throws IOException {
        String csv = Trend.compute(corpus, List.of("a,\"b\""), ALL, 2023, null, Mode.count, 0).csv();

        assertThat(csv.lines().skip(1)).containsExactly("\"a,\"\"b\"\"\",2023,0,0,0.0000,0.0000,0.0000");
    }

    @Test
    void termsLoseTheirQuotesAndMustBeOneToTenOfAtMostAHundredCharacters() {
        assertThat(Trend.terms(List.of(" \"全面小康\" ", "“脱贫攻坚”", "小康"))).containsExactly("全面小康", "脱贫攻坚", "小康");
        assertThat(Trend.terms(List.of("字".repeat(100)))).hasSize(1);
        String[] ten = new String[10];
        Arrays.fill(ten, "小康");
        assertThat(Trend.terms(List.of(ten))).hasSize(10);

        for (List<String> bad : List.of(List.<String>of(), Arrays.asList(ten[0], ten[1], ten[2], ten[3], ten[4], ten[5],
                ten[6], ten[7], ten[8], ten[9], "十一"), List.of("\"\""), Arrays.asList((String) null),
                List.of("字".repeat(101)))) {
            assertThatThrownBy(() -> Trend.terms(bad)).as("%s", bad)
                    .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("term"));
        }
        assertThatThrownBy(() -> Trend.terms(null)).isInstanceOf(BadQuery.class);
    }

    @Test
    void smoothIsZeroToFiveAndAbsentMeansZero() {
        assertThat(Trend.smooth(null)).isZero();
        assertThat(Trend.smooth(0)).isZero();
        assertThat(Trend.smooth(5)).isEqualTo(5);
        assertThatThrownBy(() -> Trend.smooth(-1)).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e.param()).isEqualTo("smooth"));
        assertThatThrownBy(() -> Trend.smooth(6)).isInstanceOf(BadQuery.class);
    }

    @Test
    void modeIsNamedInAnyCaseAndDefaultsToPerMillion() {
        assertThat(Trend.Mode.parse(null)).isEqualTo(Mode.perMillion);
        assertThat(Trend.Mode.parse(" ")).isEqualTo(Mode.perMillion);
        assertThat(Trend.Mode.parse(" DOCSHARE ")).isEqualTo(Mode.docShare);
        assertThat(Trend.Mode.parse("count")).isEqualTo(Mode.count);
        assertThatThrownBy(() -> Trend.Mode.parse("perThousand")).isInstanceOfSatisfying(BadQuery.class,
                e -> assertThat(e.param()).isEqualTo("mode"));
    }
}
