package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.analysis.Folding;
import govsearch.report.Evidence;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.report.Understanding.YearRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #14, years: a text that names no year of its own is dated by its vocabulary to a range of
 * years (2018–), with the terms as evidence and a low confidence, and is given no year.
 */
class YearRangeTest {

    /**
     * Written like the undated united-front report of the issue, which was read as 2015 from the one
     * year it names — that of the 2015 regulation it cites — though it speaks in 新时代 terms.
     */
    static final String UNDATED = """
            今年以来，在县委的坚强领导下，我们坚持以新时代中国特色社会主义为指引，增强“四个意识”、坚定“四个自信”、\
            做到“两个维护”，认真贯彻2015年颁布的《中国共产党统一战线工作条例》，巩固和发展新时代爱国统一战线，各项工作取得新进展。
            一、加强思想政治引领
            组织党外代表人士学习党的创新理论，开展“同心向党”主题活动，凝聚共识。
            二、做好民族宗教工作
            铸牢中华民族共同体意识，依法管理宗教事务，宗教领域保持和谐稳定。
            """;

    @Test
    void aTextInNewEraTermsThatNamesOnlyAnOlderYearIsOf2018OrLater() {
        YearRule.Reading r = YearRule.extract("统战工作情况报告", UNDATED);

        assertThat(r.year()).isNull();
        assertThat(r.range()).isEqualTo(new YearRange(2018, null));
        assertThat(r.confidence()).isPositive().isLessThan(0.5);
        assertThat(r.earliest()).isEqualTo(2015);
        List<String> terms = r.evidence().stream().filter(e -> e.rule().equals(DatedTerms.RULE.id())).map(Evidence::quote).toList();
        assertThat(terms).contains("新时代中国特色社会主义", "两个维护", "新时代爱国统一战线");
        assertThat(r.evidence()).filteredOn(e -> e.rule().equals(DatedTerms.RULE.id())).first()
                .satisfies(e -> assertThat(e.says()).startsWith("≥2018"));
    }

    @Test
    void theReportReadFromItHasNoYearButTheRange() {
        Report report = ReportReader.read(Source.of("test://undated/united-front.txt", UNDATED));

        assertThat(report.year()).isNull();
        assertThat(report.understanding().yearRange()).isEqualTo(new YearRange(2018, null));
        assertThat(report.understanding().yearEvidence()).extracting(Evidence::rule).contains(DatedTerms.RULE.id());
    }

    @Test
    void aTextThatNamesItsYearGetsTheYearAndNoRange() {
        YearRule.Reading r = YearRule.extract("", "一、2023年工作回顾\n坚持以习近平新时代中国特色社会主义思想为指导，推动高质量发展。");

        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.range()).isNull();
    }

    @Test
    void aFiveYearPlanNamedAheadBoundsTheTextByWhenItsPlanningBegan() {
        YearRule.Reading planning = YearRule.extract("", "抓紧开展“十四五”规划前期研究，谋划一批重大项目。");
        YearRule.Reading since = YearRule.extract("", "“十四五”以来，我们累计完成投资超过千亿元。");

        assertThat(planning.range()).isEqualTo(new YearRange(2019, null));
        assertThat(since.range()).isEqualTo(new YearRange(2021, null));
        assertThat(planning.earliest()).as("a plan named ahead is no event that bounds").isNull();
    }

    @Test
    void theLatestTermDecidesAndNewerTermsMoveTheRange() {
        assertThat(YearRule.extract("", "深刻领悟“两个确立”的决定性意义，构建新发展格局，发展全过程人民民主。").range())
                .isEqualTo(new YearRange(2022, null));
        assertThat(YearRule.extract("", "坚持精准扶贫、精准脱贫，推进“一带一路”建设。").range())
                .isEqualTo(new YearRange(2014, null));
    }

    /**
     * A named event (新质生产力 is one in {@code dated-events.tsv}, 2023) is most often of the text's own
     * year, so it still gives a year, with a low confidence; only a vocabulary later than every event
     * gives a range instead.
     */
    @Test
    void aNamedEventAsLateAsTheVocabularyStillGivesAGuessedYear() {
        YearRule.Reading r = YearRule.extract("", "加快发展新质生产力，构建新发展格局。");

        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.range()).isNull();
        assertThat(r.confidence()).isLessThan(0.5);
    }

    /** 新质生产力 was coined in September 2023 and its reports start that year. */
    @Test
    void aTermKnowsTheYearItWasCoined() {
        DatedTerms.Term term = DatedTerms.terms().stream().filter(t -> t.name().equals("新质生产力")).findFirst().orElseThrow();
        assertThat(term.coinedYear()).isEqualTo(2023);
        assertThat(term.from()).isEqualTo(2023);
        DatedTerms.Term newEra = DatedTerms.terms().stream().filter(t -> t.name().equals("新时代爱国统一战线")).findFirst().orElseThrow();
        assertThat(newEra.coinedYear()).as("coined in 2017, in the reports from 2018").isEqualTo(2017);
    }

    /**
     * The table against texts whose year is known: no labelled text of the bundled corpus uses a term
     * before the year it was coined (the congress reports that coined some, 2012 and 2017, use them in
     * that year, before their reports' `from`; that is what `from` means).
     */
    @Test
    void noLabelledTextUsesATermBeforeItWasCoined() throws IOException {
        Path corpus = Path.of(System.getProperty("corpus.dir", "../corpus"));
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
        List<String> early = new ArrayList<>();
        int uses = 0;
        for (Source s : Evaluation.load(corpus)) {
            if (s.year() == null) {
                continue;
            }
            String text = Folding.fold(s.text());
            for (DatedTerms.Term t : DatedTerms.terms()) {
                if (text.contains(Folding.fold(t.name()))) {
                    uses++;
                    if (s.year() < t.coinedYear()) {
                        early.add(s.url() + " (" + s.year() + "): " + t.name() + " coined " + t.coined());
                    }
                }
            }
        }
        assertThat(uses).isGreaterThan(500);
        assertThat(early).isEmpty();
    }
}
