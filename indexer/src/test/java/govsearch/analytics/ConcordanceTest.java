package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.analytics.Concordance.Result;
import govsearch.analytics.Concordance.Sort;
import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyword-in-context lines as a concordancer sorts and pages them. */
class ConcordanceTest {

    /** Four lines of 小康 in index (year) order; the backend counted 9 occurrences in all. */
    final WrittenCounts corpus = new WrittenCounts().kwic(new KwicLines(9, List.of(
            line("决胜全面建成", "社会", 2017),
            line("实现全面", "目标", 2018),
            line("建成", "村", 2020),
            line("全面建成", "社会", 2021))));

    static KwicLine line(String left, String right, int year) {
        return new KwicLine(left, "小康", right, "r" + year, "s1", year, null, "政府工作报告");
    }

    static SearchQuery page(int page, int size) {
        return QuerySyntax.parse("", null, null, null, page, size);
    }

    static List<Integer> years(Result r) {
        return r.lines().stream().map(KwicLine::year).toList();
    }

    @Test
    void byYearKeepsTheBackendsOrderAndTotalCountsEveryOccurrence() throws IOException {
        Result r = Concordance.compute(corpus, "小康", page(0, 10), 20, Sort.year);

        assertThat(years(r)).containsExactly(2017, 2018, 2020, 2021);
        assertThat(r.total()).isEqualTo(9);
        assertThat(r.sort()).isEqualTo("year");
    }

    @Test
    void sortingByLeftContextReadsItBackwardsFromTheKeyword() throws IOException {
        // Read backwards: 建成 → 成建, 全面建成 → 成建面全, 决胜全面建成 → 成建面全胜决, 实现全面 → 面全现实;
        // 成建 < 成建面全 < 成建面全胜决 < 面全现实, so lines ending in 建成 group together.
        Result r = Concordance.compute(corpus, "小康", page(0, 10), 20, Sort.left);

        assertThat(r.lines()).extracting(KwicLine::left).containsExactly("建成", "全面建成", "决胜全面建成", "实现全面");
        assertThat(r.sort()).isEqualTo("left");
    }

    @Test
    void sortingByRightContextReadsItForwards() throws IOException {
        Result r = Concordance.compute(corpus, "小康", page(0, 10), 20, Sort.right);

        // 村 (U+6751) < 目标 (U+76EE) < 社会 (U+793E); equal contexts keep their order.
        assertThat(years(r)).containsExactly(2020, 2018, 2017, 2021);
    }

    @Test
    void pagesCutTheSortedLines() throws IOException {
        assertThat(years(Concordance.compute(corpus, "小康", page(1, 3), 20, Sort.year))).containsExactly(2021);
        assertThat(years(Concordance.compute(corpus, "小康", page(0, 3), 20, Sort.year))).containsExactly(2017, 2018, 2020);
        assertThat(years(Concordance.compute(corpus, "小康", page(1, 2), 20, Sort.right))).containsExactly(2017, 2021);
        Result beyond = Concordance.compute(corpus, "小康", page(2, 2), 20, Sort.year);
        assertThat(beyond.lines()).isEmpty();
        assertThat(beyond.total()).isEqualTo(9);
        assertThat(beyond.page()).isEqualTo(2);
        assertThat(beyond.size()).isEqualTo(2);
    }

    @Test
    void theStringIsLookedUpWithoutItsQuotes() throws IOException {
        Concordance.compute(corpus, " “全面小康” ", page(0, 10), 20, Sort.year);
        Concordance.compute(corpus, "\"小康\"", page(0, 10), 20, Sort.year);

        assertThat(corpus.asked).containsExactly("全面小康", "小康");
    }

    @Test
    void anEmptyOrOverlongStringIsRefusedAsQ() throws IOException {
        for (String q : new String[]{null, "", "  ", "字".repeat(101)}) {
            assertThatThrownBy(() -> Concordance.compute(corpus, q, page(0, 10), 20, Sort.year)).as("%s", q)
                    .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("q"));
        }
        assertThat(Concordance.compute(corpus, "字".repeat(100), page(0, 10), 20, Sort.year).total()).isEqualTo(9);
    }

    @Test
    void widthIsOneToAHundredCharactersTwentyByDefault() {
        assertThat(Concordance.width(null)).isEqualTo(20);
        assertThat(Concordance.width(1)).isEqualTo(1);
        assertThat(Concordance.width(100)).isEqualTo(100);
        for (int bad : new int[]{0, 101}) {
            assertThatThrownBy(() -> Concordance.width(bad))
                    .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("width"));
        }
    }

    @Test
    void sortIsYearLeftOrRightYearByDefault() {
        assertThat(Concordance.sort(null)).isEqualTo(Sort.year);
        assertThat(Concordance.sort(" ")).isEqualTo(Sort.year);
        assertThat(Concordance.sort(" left ")).isEqualTo(Sort.left);
        assertThatThrownBy(() -> Concordance.sort("middle"))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("sort"));
    }

    @Test
    void byYearDescendingPutsTheNewestYearFirstKeepingCorpusOrderWithinAYearAndUndatedLinesLast() throws IOException {
        WrittenCounts withUndated = new WrittenCounts().kwic(new KwicLines(6, List.of(
                line("决胜全面建成", "社会", 2017),
                new KwicLine("甲", "小康", "一", "r2020a", "s1", 2020, null, "甲"),
                new KwicLine("乙", "小康", "二", "r2020b", "s1", 2020, null, "乙"),
                line("全面建成", "社会", 2021),
                new KwicLine("丙", "小康", "三", "r-undated", "s1", null, null, "丙"),
                line("实现全面", "目标", 2018))));

        Result r = Concordance.compute(withUndated, "小康", page(0, 10), 20, Sort.year, Concordance.Order.desc);

        assertThat(r.lines()).extracting(KwicLine::year).containsExactly(2021, 2020, 2020, 2018, 2017, null);
        assertThat(r.lines().subList(1, 3)).extracting(KwicLine::reportId).containsExactly("r2020a", "r2020b");
        assertThat(r.order()).isEqualTo("desc");
    }

    @Test
    void descendingContextsSortZToA() throws IOException {
        assertThat(Concordance.compute(corpus, "小康", page(0, 10), 20, Sort.left, Concordance.Order.desc).lines())
                .extracting(KwicLine::left).containsExactly("实现全面", "决胜全面建成", "全面建成", "建成");
        // 社会 > 目标 > 村
        assertThat(years(Concordance.compute(corpus, "小康", page(0, 10), 20, Sort.right, Concordance.Order.desc)))
                .containsExactly(2017, 2021, 2018, 2020);
    }

    @Test
    void pastTheLinesReadNewestFirstComesFromTheNewestYearsHoldingThatMany() throws IOException {
        // 9 000 occurrences: 4 000 in 2019, 3 000 in 2020, 2 000 in 2021. The backend reads oldest
        // first, so its first 5 000 lines would be 2019's and 2020's; newest first, the first 5 000
        // are 2021's 2 000 and 2020's 3 000: the lines are read again from 2020-2021 only.
        WrittenCounts big = new WrittenCounts()
                .kwic(new KwicLines(9000, List.of(line("甲", "一", 2019), line("乙", "二", 2020), line("丙", "三", 2021))))
                .terms(java.util.Map.of("小康", List.of(new CorpusStats.TermYear(2019, 4000, 10),
                        new CorpusStats.TermYear(2020, 3000, 10), new CorpusStats.TermYear(2021, 2000, 10))));

        Result r = Concordance.compute(big, "小康", page(0, 10), 20, Sort.year, Concordance.Order.desc);

        assertThat(big.askedFilters.getLast().years()).isEqualTo(new govsearch.index.YearRange(2020, 2021));
        assertThat(years(r)).containsExactly(2021, 2020);
        assertThat(r.total()).isEqualTo(9000);
        // Within a year filter, the newest years stay inside it.
        SearchQuery upTo2020 = QuerySyntax.parse("", "2015-2020", null, null, 0, 10);
        assertThat(Concordance.newest(big, "小康", upTo2020)).isEqualTo(new govsearch.index.YearRange(2020, 2020));
    }

    @Test
    void orderIsAscOrDescAscByDefault() {
        assertThat(Concordance.order(null)).isEqualTo(Concordance.Order.asc);
        assertThat(Concordance.order(" desc ")).isEqualTo(Concordance.Order.desc);
        assertThatThrownBy(() -> Concordance.order("down"))
                .isInstanceOfSatisfying(BadQuery.class, e -> assertThat(e.param()).isEqualTo("order"));
    }
}
