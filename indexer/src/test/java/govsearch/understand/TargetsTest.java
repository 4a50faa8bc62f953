package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Section;
import govsearch.report.SectionTree;
import govsearch.understand.Targets.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static List<Target> read(String text, int year) {
        return Targets.read(SectionTree.parse("r", text), year);
    }

    private static Target only(List<Target> targets, String indicator, String kind) {
        List<Target> of = targets.stream().filter(t -> t.indicator().equals(indicator) && t.kind().equals(kind)).toList();
        assertThat(of).as(indicator + " " + kind + " in " + targets).hasSize(1);
        return of.getFirst();
    }

    @Test
    void arrangedAtIsOnePoint() {
        Target gdp = only(read("各位代表：\n今年地区生产总值按增长5%安排，力争更好结果。", 2025), "gdp_growth", "target");
        assertThat(gdp.low()).isEqualTo(5.0);
        assertThat(gdp.high()).isEqualTo(5.0);
        assertThat(gdp.qualifier()).isEqualTo("按…安排");
        assertThat(gdp.rule()).isEqualTo("arranged");
        assertThat(gdp.year()).isEqualTo(2025);
    }

    @Test
    void anArrangementIsThisYearsTargetAndNoOutcome() {
        assertThat(read("各位代表：\n今年地区生产总值按增长5%安排，力争更好结果。", 2025))
                .extracting(Target::kind, Target::year).containsExactly(org.assertj.core.groups.Tuple.tuple("target", 2025));
        assertThat(readSection("安排今年工作，我们坚持稳中求进，地区生产总值按增长5%左右安排。", 2025))
                .as("安排 at the start of a section and again after 按")
                .extracting(Target::kind, Target::low, Target::qualifier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("target", 5.0, "按…安排"));
    }

    @Test
    void an按ReachesAtMostTwentyCharactersBeforeIts安排() {
        // 按 20 chars before 安排 is still one arrangement; 22 (with 左右) is too far to be read as one.
        String near = "按照增长，力争百分之七点五至百分之八点五安排";
        assertThat(near.indexOf("安排") - near.indexOf('按')).isEqualTo(20);
        Target gdp = only(read("各位代表：\n今年地区生产总值" + near + "。", 2025), "gdp_growth", "target");
        assertThat(gdp.low()).isEqualTo(7.5);
        assertThat(gdp.high()).isEqualTo(8.5);
        assertThat(gdp.qualifier()).isEqualTo("按…安排");
        assertThat(gdp.rule()).isEqualTo("arranged");

        assertThat(read("各位代表：\n今年地区生产总值按照增长，力争百分之七点五至百分之八点五左右安排。", 2025))
                .extracting(Target::rule).doesNotContain("arranged");
    }

    @Test
    void aDashBetweenTwoValuesIsARange() {
        Target gdp = only(read("今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%，城镇调查失业率5.5%左右。", 2025),
                "gdp_growth", "target");
        assertThat(gdp.low()).isEqualTo(4.5);
        assertThat(gdp.high()).isEqualTo(5.0);
        assertThat(gdp.qualifier()).isEqualTo("区间");
        assertThat(gdp.unit()).isEqualTo("%");
        assertThat(gdp.rule()).isEqualTo("target-cue");
        assertThat(gdp.cue()).as("the words that opened the targets").isEqualTo("预期目标是");
    }

    @Test
    void qualifiersSetTheBounds() {
        List<Target> t = read("今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率控制在5.5%以内，"
                + "城镇新增就业1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；粮食产量1.4万亿斤左右；"
                + "单位国内生产总值能耗降低3%左右。", 2025);
        Target gdp = only(t, "gdp_growth", "target");
        assertThat(List.of(gdp.low(), gdp.high(), gdp.qualifier())).containsExactly(5.0, 5.0, "左右");
        Target unemployment = only(t, "unemployment_surveyed", "target");
        assertThat(unemployment.low()).isNull();
        assertThat(List.of(unemployment.high(), unemployment.qualifier())).containsExactly(5.5, "以内");
        Target jobs = only(t, "new_urban_jobs", "target");
        assertThat(jobs.low()).isEqualTo(1200.0);
        assertThat(jobs.high()).isNull();
        assertThat(List.of(jobs.unit(), jobs.qualifier())).containsExactly("万人", "以上");
        assertThat(only(t, "cpi", "target").low()).isEqualTo(2.0);
        Target income = only(t, "income_growth", "target");
        assertThat(income.low()).isNull();
        assertThat(income.qualifier()).isEqualTo("同步");
        Target grain = only(t, "grain_output", "target");
        assertThat(List.of(grain.low(), grain.unit())).as("1.4万亿斤 is 70,000万吨").containsExactly(70000.0, "万吨");
        assertThat(only(t, "energy_intensity", "target").low()).isEqualTo(3.0);
    }

    @Test
    void theReviewGivesLastYearsOutcomes() {
        List<Target> t = read("各位代表：\n一、2024年工作回顾\n过去一年，全年地区生产总值增长5.3%，城镇调查失业率平均为5.1%，"
                + "居民消费价格下降0.3%。\n二、2025年主要目标\n今年主要预期目标是：地区生产总值增长5%以上。", 2025);
        Target outcome = only(t, "gdp_growth", "outcome");
        assertThat(List.of(outcome.low(), outcome.year(), outcome.rule())).containsExactly(5.3, 2024, "review");
        assertThat(only(t, "unemployment_surveyed", "outcome").low()).isEqualTo(5.1);
        assertThat(only(t, "cpi", "outcome").low()).as("下降 is a fall").isEqualTo(-0.3);
        Target target = only(t, "gdp_growth", "target");
        assertThat(target.low()).isEqualTo(5.0);
        assertThat(target.high()).isNull();
        assertThat(target.qualifier()).isEqualTo("以上");
    }

    @Test
    void averagesOverYearsAndQuartersAreNoYearsValue() {
        assertThat(read("“十五”期间年均经济增长速度预期目标为7%左右。今后五年，国内生产总值年均增长5.5%。"
                + "一季度地区生产总值增长5.4%。国内生产总值比2002年增长65.5%。", 2001)).isEmpty();
    }

    @Test
    void chineseNumeralsAndRangesOfThe1990s() {
        Target gdp = only(read("今年经济增长速度的宏观调控目标，定为百分之八至九。", 1995), "gdp_growth", "target");
        assertThat(List.of(gdp.low(), gdp.high(), gdp.qualifier())).containsExactly(8.0, 9.0, "区间");
        assertThat(Targets.chinese("五点四")).isEqualTo(5.4);
        assertThat(Targets.chinese("十二点八")).isEqualTo(12.8);
    }

    @Test
    void oneQualifierForTwoValuesSharedBy分别() {
        List<Target> t = read("主要预期目标是：城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。", 2025);
        assertThat(only(t, "unemployment_surveyed", "target").high()).isEqualTo(5.0);
        assertThat(only(t, "cpi", "target").high()).isEqualTo(3.0);
    }

    @Test
    void aReportWithoutTargetsGivesNone() throws IOException {
        Path resolution = Path.of(System.getProperty("corpus.dir", "../corpus"), "npc-resolutions",
                "national-2025-npc-resolution-on-gwr.txt");
        String text = Files.readString(resolution);
        assertThat(Targets.read(SectionTree.parse("r", text.strip()), 2025)).isEmpty();
        assertThat(read("各位代表：\n我们要坚持稳中求进工作总基调，扎实推进高质量发展，为实现预期目标而努力奋斗！", 2025)).isEmpty();
    }

    @Test
    void theQuoteStandsAtItsOffsetInItsSection() {
        String text = "各位代表：\n一、回顾\n全年国内生产总值增长５．２％。\n二、今年目标\n今年发展主要预期目标是：国内生产总值增长５％左右。";
        List<Section> sections = SectionTree.parse("r", text);
        List<Target> t = Targets.read(sections, 2024);
        assertThat(t).hasSize(2);
        for (Target target : t) {
            Section s = sections.stream().filter(x -> x.id().equals(target.sectionId())).findFirst().orElseThrow();
            assertThat(s.content().substring(target.offset(), target.offset() + target.quote().length())).isEqualTo(target.quote());
        }
        assertThat(t.get(0).low()).as("full-width digits read as digits").isEqualTo(5.2);
    }

    @Test
    void randomTextNeverThrowsAndQuotesStayInTheirSection() {
        String alphabet = "预期目标是：地区生产总值增长按安排左右以上以内区间百分之五点八至—-%％0123456789.，。；\n——城镇调查失业率新增就业万人粮食产量亿斤年均";
        Random random = new Random(19);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (b.toString().isBlank()) {
                continue;
            }
            List<Section> sections = SectionTree.parse("r", b.toString().strip());
            for (Target t : Targets.read(sections, 2025)) {
                Section s = sections.stream().filter(x -> x.id().equals(t.sectionId())).findFirst().orElseThrow();
                assertThat(t.offset()).isBetween(0, s.content().length() - t.quote().length());
                assertThat(t.low() == null && t.high() == null && !"同步".equals(t.qualifier()) && !"高于".equals(t.qualifier()))
                        .as(t.toString()).isFalse();
            }
        }
    }

    private static List<Target> readSection(String content, int year) {
        return Targets.read(List.of(new Section("r-1", "", "", 0, List.of(), content)), year);
    }

    @Test
    void aReviewAndTargetsInOneSentenceAreToldApartAtTheCuesClause() {
        // The cue's clause starts after the comma: the GDP before it is last year's, the one after it this year's.
        List<Target> t = read("2024年全市地区生产总值增长5.3%，2025年经济增长预期目标为5%左右。", 2025);
        Target outcome = only(t, "gdp_growth", "outcome");
        assertThat(List.of(outcome.low(), outcome.year(), outcome.quote())).containsExactly(5.3, 2024, "地区生产总值增长5.3%");
        Target target = only(t, "gdp_growth", "target");
        assertThat(List.of(target.low(), target.year(), target.quote())).containsExactly(5.0, 2025, "经济增长预期目标为5%左右");
    }

    /** The text is read folded, where ；！？ are ASCII: a semicolon ends a clause all the same. */
    @Test
    void aSemicolonEndsTheClauseOfACueAndOfAnAverage() {
        List<Target> t = read("2024年全市地区生产总值增长5.3%；2025年经济增长预期目标为5%左右。", 2025);
        assertThat(only(t, "gdp_growth", "outcome").low()).isEqualTo(5.3);
        assertThat(only(t, "gdp_growth", "target").low()).isEqualTo(5.0);
        List<Target> afterAnAverage = read("过去五年，地区生产总值年均增长6.5%；2024年全市地区生产总值增长5.3%！", 2025);
        assertThat(only(afterAnAverage, "gdp_growth", "outcome").low()).isEqualTo(5.3);
    }

    @Test
    void anAverageInTheSentenceBeforeDoesNotReachPastItsFullStop() {
        List<Target> t = read("过去五年，地区生产总值年均增长6.5%。2024年全市地区生产总值增长5.3%。", 2025);
        assertThat(only(t, "gdp_growth", "outcome").low()).isEqualTo(5.3);
    }

    @Test
    void aReportsTargetsAreForTheYearReadFromIt() {
        govsearch.report.Report report = ReportReader.read(govsearch.report.Source.of("neijiang.txt",
                "2025年内江市政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值增长6%左右。"));
        assertThat(report.year()).isEqualTo(2025);
        assertThat(Targets.of(report)).extracting(Target::indicator, Target::year, Target::low)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gdp_growth", 2025, 6.0));
    }

    @Test
    void aRangeMayNotRunBackwardsButItsEndsMayMeet() {
        assertThat(read("主要预期目标是：地区生产总值增长5%—4.5%。", 2025)).isEmpty();
        Target gdp = only(read("主要预期目标是：地区生产总值增长5%—5%。", 2025), "gdp_growth", "target");
        assertThat(List.of(gdp.low(), gdp.high(), gdp.qualifier())).containsExactly(5.0, 5.0, "区间");
    }

    @Test
    void aValueAtTheVeryStartOfASectionIsRead() {
        Target unemployment = only(readSection("城镇调查失业率平均为5.1%。", 2025), "unemployment_surveyed", "outcome");
        assertThat(unemployment.offset()).isZero();
        assertThat(unemployment.low()).isEqualTo(5.1);
    }

    /** The targets go on over the dash-led lines after the cue, indented or not, and stop at the first other line. */
    @Test
    void aDashLedListAfterTheCueHoldsTargetsAndTheNextParagraphDoesNot() {
        List<Target> t = readSection("今年全市经济社会发展的主要预期目标是：\n——地区生产总值增长5%左右；\n\u3000\u3000——城镇调查失业率5.5%左右；\n"
                + "——城镇新增就业5万人以上。\n城镇登记失业率4%以内，居民消费价格涨幅3%左右。", 2025);
        assertThat(t).extracting(Target::indicator, Target::kind, Target::low).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gdp_growth", "target", 5.0),
                org.assertj.core.groups.Tuple.tuple("unemployment_surveyed", "target", 5.5),
                org.assertj.core.groups.Tuple.tuple("new_urban_jobs", "target", 5.0));
        assertThat(readSection("今年主要预期目标是：地区生产总值增长5%左右。\n", 2025)).as("a section ending in a line break")
                .extracting(Target::indicator).containsExactly("gdp_growth");
    }

    @Test
    void eachCueOpensItsOwnTargets() {
        List<Target> t = readSection("主要预期目标是：地区生产总值增长5%左右。\n城镇调查失业率5.5%左右。\n"
                + "就业方面，今年计划城镇新增就业5万人以上。", 2025);
        assertThat(t).extracting(Target::indicator).containsExactly("gdp_growth", "new_urban_jobs");
    }

    @Test
    void readingsComeInDocumentOrderAcrossSections() {
        List<Target> t = read("一、2024年工作回顾\n过去一年，全省上下团结奋斗，城镇调查失业率平均为5.1%，地区生产总值增长5.3%。\n"
                + "二、2025年主要目标\n主要预期目标是：地区生产总值增长5%左右。", 2025);
        assertThat(t).extracting(Target::indicator, Target::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unemployment_surveyed", "outcome"),
                org.assertj.core.groups.Tuple.tuple("gdp_growth", "outcome"),
                org.assertj.core.groups.Tuple.tuple("gdp_growth", "target"));
    }

    @Test
    void aFallAndAConvertedUnitApplyToBothBounds() {
        List<Target> t = read("过去一年，居民消费价格下降0.3%，粮食产量1.4万亿斤。今年主要预期目标是：粮食产量1.4万亿斤左右。", 2025);
        Target cpi = only(t, "cpi", "outcome");
        assertThat(List.of(cpi.low(), cpi.high())).containsExactly(-0.3, -0.3);
        Target grain = only(t, "grain_output", "target");
        assertThat(List.of(grain.low(), grain.high())).as("1.4万亿斤 is 70,000万吨").containsExactly(70000.0, 70000.0);
    }

    @Test
    void aSharedQualifierOtherThanACapKeepsBothBounds() {
        List<Target> about = read("主要预期目标是：城镇调查失业率、居民消费价格涨幅分别为5.5%和3%左右。", 2025);
        Target unemployment = only(about, "unemployment_surveyed", "target");
        assertThat(List.of(unemployment.low(), unemployment.high(), unemployment.qualifier())).containsExactly(5.5, 5.5, "左右");
        List<Target> below = read("主要预期目标是：城镇调查失业率、居民消费价格涨幅分别控制在5.5%和3%以下。", 2025);
        Target cpi = only(below, "cpi", "target");
        assertThat(cpi.low()).isNull();
        assertThat(List.of(cpi.high(), cpi.qualifier())).containsExactly(3.0, "以下");
    }

    @Test
    void chineseNumeralsWithZerosAndWithoutADigitOnEitherSide() {
        assertThat(Targets.chinese("零点八")).isEqualTo(0.8);
        assertThat(Targets.chinese("五点零")).isEqualTo(5.0);
        assertThat(Targets.chinese("五点零五")).as("a zero after the point is a place").isEqualTo(5.05);
        assertThat(Targets.chinese("七点九")).isEqualTo(7.9);
        assertThat(Targets.chinese("五点十")).as("after the point only digits").isNull();
        assertThat(Targets.chinese("点五")).isNull();
        assertThat(Targets.chinese("五点")).isNull();
    }
}
