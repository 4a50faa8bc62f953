package govsearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.analytics.Changes;
import govsearch.analytics.Diffusion;
import govsearch.report.Region;
import govsearch.report.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated corpus whose first years are known, and what {@link Diffusion} and {@link Changes}
 * must say of it on every backend (issue 19). Provinces report every year 2018–2023; each takes up
 * 数字乡村示范 in its year (浙江 never), and cites 《数字乡村发展战略纲要》 from the year after. A
 * national report says it first (2016), which a province-level question must not count. Three
 * cities of 河南 and one of 江苏 do the same at city level.
 */
final class AdoptionCorpus {

    static final String TERM = "数字乡村示范";
    static final String CITED = "数字乡村发展战略纲要";
    static final Map<String, Integer> PROVINCES = new LinkedHashMap<>();
    static final Map<String, Integer> HENAN_CITIES = new LinkedHashMap<>();

    static {
        PROVINCES.put("河南省", 2019);
        PROVINCES.put("江苏省", 2019);
        PROVINCES.put("福建省", 2021);
        PROVINCES.put("广东省", 2022);
        PROVINCES.put("四川省", 2023);
        PROVINCES.put("浙江省", null);
        HENAN_CITIES.put("郑州市", 2020);
        HENAN_CITIES.put("洛阳市", 2022);
        HENAN_CITIES.put("开封市", null);
    }

    private AdoptionCorpus() {
    }

    static List<Report> reports() {
        List<Report> out = new ArrayList<>();
        out.add(ReportIndexContract.report("spread/national-2016.txt", 2016, Region.NATIONWIDE, "政府工作报告",
                "各位代表：\n一、今年的工作\n全国开展" + TERM + "建设。\n"));
        PROVINCES.forEach((province, first) -> {
            for (int year = 2018; year <= 2023; year++) {
                out.add(ReportIndexContract.report("spread/" + province + "-" + year + ".txt", year,
                        Region.province(province), "政府工作报告", text("全省", year, first)));
            }
        });
        HENAN_CITIES.forEach((city, first) -> {
            for (int year = 2019; year <= 2023; year++) {
                out.add(ReportIndexContract.report("spread/" + city + "-" + year + ".txt", year,
                        new Region("河南省", city, null), "政府工作报告", text("全市", year, first)));
            }
        });
        out.add(ReportIndexContract.report("spread/南京市-2018.txt", 2018, new Region("江苏省", "南京市", null),
                "政府工作报告", text("全市", 2018, 2018)));
        return out;
    }

    private static String text(String whole, int year, Integer first) {
        StringBuilder b = new StringBuilder("各位代表：\n一、过去一年的工作\n" + whole + "经济运行总体平稳，民生保障持续加强。\n"
                + "二、今年的工作\n" + whole + "推进乡村振兴，巩固拓展脱贫攻坚成果。\n");
        if (first != null && year >= first) {
            b.append("大力推进").append(TERM).append("建设，打造").append(TERM).append("县。\n");
        }
        if (first != null && year > first) {
            b.append("落实《").append(CITED).append("》要求。\n");
        }
        return b.toString();
    }

    static String id(String url) {
        return reports().stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow().id();
    }

    /** Each province's first year, exactly; the first report and sentence; the curve; the national report not counted. */
    static void provincesAdoptInTheirYears(ReportIndex index) throws IOException {
        Diffusion.Result r = Diffusion.compute(index, TERM, null, Diffusion.Level.PROVINCE, null);
        assertThat(r.rows()).extracting(Diffusion.Adoption::region, Diffusion.Adoption::year).containsExactly(
                tuple("江苏省", 2019), tuple("河南省", 2019), tuple("福建省", 2021), tuple("广东省", 2022), tuple("四川省", 2023));
        Diffusion.Adoption fujian = r.rows().get(2);
        assertThat(fujian.reportId()).isEqualTo(id("spread/福建省-2021.txt"));
        assertThat(fujian.sentence()).isEqualTo("大力推进数字乡村示范建设，打造数字乡村示范县。");
        assertThat(fujian.sectionId()).startsWith(fujian.reportId() + "-");
        assertThat(r.curve()).extracting(Diffusion.YearPoint::year, Diffusion.YearPoint::adopted, Diffusion.YearPoint::cumulative)
                .containsExactly(tuple(2019, 2, 2), tuple(2021, 1, 3), tuple(2022, 1, 4), tuple(2023, 1, 5));
        assertThat(r.regions()).as("the six and the contract's own 广西").isEqualTo(PROVINCES.size() + 1);
    }

    /** A cited document spreads a year behind the term; cities of one province follow theirs. */
    static void citationsAndCitiesAdoptInTheirYears(ReportIndex index) throws IOException {
        Diffusion.Result cites = Diffusion.compute(index, null, CITED, Diffusion.Level.PROVINCE, null);
        assertThat(cites.rows()).extracting(Diffusion.Adoption::region, Diffusion.Adoption::year).containsExactly(
                tuple("江苏省", 2020), tuple("河南省", 2020), tuple("福建省", 2022), tuple("广东省", 2023));
        assertThat(cites.rows().getFirst().sentence()).contains("《数字乡村发展战略纲要》");

        Diffusion.Result cities = Diffusion.compute(index, TERM, null, Diffusion.Level.CITY, "河南省");
        assertThat(cities.rows()).extracting(Diffusion.Adoption::region, Diffusion.Adoption::year).containsExactly(
                tuple("河南省/郑州市", 2020), tuple("河南省/洛阳市", 2022));
        assertThat(cities.regions()).isEqualTo(HENAN_CITIES.size());
        Diffusion.Result everywhere = Diffusion.compute(index, TERM, null, Diffusion.Level.CITY, null);
        assertThat(everywhere.rows().getFirst()).extracting(Diffusion.Adoption::region, Diffusion.Adoption::year)
                .containsExactly("江苏省/南京市", 2018);

        assertThat(Diffusion.compute(index, "从未出现的提法", null, Diffusion.Level.PROVINCE, null).rows()).isEmpty();
    }

    /** 福建 2021 against 福建 2020: the term is new to the author but not to the corpus (河南 and 江苏 said it in 2019). */
    static void changesFindTheAuthorsReportOfTheYearBefore(ReportIndex index) throws IOException {
        Report fujian2021 = index.report(id("spread/福建省-2021.txt")).orElseThrow();
        Changes.Result r = Changes.of(index, fujian2021);
        assertThat(r.previous().id()).isEqualTo(id("spread/福建省-2020.txt"));
        assertThat(r.added()).filteredOn(f -> f.text().equals(TERM)).singleElement().satisfies(f -> {
            assertThat(f.firstForAuthor()).isTrue();
            assertThat(f.firstInCorpus()).isFalse();
            assertThat(f.count()).isEqualTo(2);
        });
        assertThat(r.outline().current()).extracting(h -> h.mark()).containsOnly("same");

        Changes.Result fujian2022 = Changes.of(index, index.report(id("spread/福建省-2022.txt")).orElseThrow());
        assertThat(fujian2022.continued()).filteredOn(f -> f.text().equals(TERM)).singleElement()
                .satisfies(f -> assertThat(f.newLastYear()).isTrue());

        Changes.Result first = Changes.of(index, index.report(id("spread/福建省-2018.txt")).orElseThrow());
        assertThat(first.previous()).isNull();
        assertThat(first.note()).contains("2017");
    }
}
