package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Evidence;
import govsearch.report.EvidenceRule;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import org.junit.jupiter.api.Test;

/**
 * How {@link ReportReader} puts a source's labels and the rules' readings together: a label wins and
 * the rules' reading stays beside it as evidence; a page's title is read as the first line would be.
 */
class ReportReaderTest {

    static final String HEBEI = """
            2025年河北省政府工作报告
            各位代表：
            过去一年，河北省经济持续回升向好，石家庄、唐山加快发展。
            """;

    @Test
    void aRegionLabelWinsAndThePlacesTheTextNamesStayAsEvidence() {
        Region luohe = new Region("河南省", "漯河市", null);
        Report r = ReportReader.read(new Source("corpus/a.txt", HEBEI, null, null, null, luohe, null));

        assertThat(r.region()).isEqualTo(luohe);
        assertThat(r.understanding().regionConfidence()).isEqualTo(1.0);
        assertThat(r.understanding().regionEvidence().get(0))
                .isEqualTo(new Evidence(EvidenceRule.LABEL, "", -1, "河南省 漯河市", 1));
        assertThat(r.understanding().regionEvidence())
                .anySatisfy(e -> assertThat(e).extracting(Evidence::rule, Evidence::says)
                        .containsExactly(EvidenceRule.MENTION.id(), "河北省"));
    }

    @Test
    void anUnknownRegionLabelLeavesTheRegionToTheText() {
        Report r = ReportReader.read(new Source("corpus/a.txt", HEBEI, null, null, null, Region.UNKNOWN, null));

        assertThat(r.region()).isEqualTo(Region.province("河北省"));
        assertThat(r.understanding().regionEvidence()).noneMatch(e -> e.rule().equals(EvidenceRule.LABEL.id()));
    }

    @Test
    void aPageTitleIsReadByTheRulesAsTheFirstLineWouldBe() {
        String body = "各位代表：\n过去一年，我们坚持稳中求进，经济社会发展取得新成效。";
        Report r = ReportReader.read(new Source("p.html", body, "漯河市2024年政府工作报告", null, null, null, null));

        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.region()).isEqualTo(new Region("河南省", "漯河市", null));
    }

    @Test
    void aFirstLineIsQuotedWholeUpToAHundredCharactersAndCutAfter() {
        String hundred = "漯河市2024年政府工作报告（" + "经".repeat(84) + "）";
        assertThat(hundred).hasSize(100);
        String rest = "\n各位代表：\n过去一年，经济稳步增长。";

        assertThat(titleYearQuote(hundred + rest)).isEqualTo(hundred);
        assertThat(titleYearQuote(hundred + "。" + rest)).isEqualTo(hundred + "…");
    }

    @Test
    void onlySectionsWithDomainsAreListedWithTheirDomains() {
        String text = """
                关于2024年统一战线工作情况的报告
                一、主要工作
                做好党外代表人士队伍建设，加强党外知识分子和新的社会阶层人士统战工作，巩固和发展最广泛的爱国统一战线。
                二、下一步打算
                认真总结经验，持续改进。
                """;
        Report r = ReportReader.read(Source.of("u.txt", text));

        assertThat(r.understanding().sectionDomains()).isNotEmpty().hasSizeLessThan(r.sections().size())
                .allSatisfy((section, domains) -> assertThat(domains).isNotEmpty());
    }

    @Test
    void aPlaceIsItsLevelsSpaceSeparated() {
        assertThat(ReportReader.place(new Region("河南省", "漯河市", "舞阳县"))).isEqualTo("河南省 漯河市 舞阳县");
        assertThat(ReportReader.place(new Region("北京市", null, "海淀区"))).isEqualTo("北京市 海淀区");
        assertThat(ReportReader.place(Region.province("河北省"))).isEqualTo("河北省");
        assertThat(ReportReader.place(Region.UNKNOWN)).isEmpty();
    }

    private static String titleYearQuote(String text) {
        return ReportReader.read(Source.of("t.txt", text)).understanding().yearEvidence().stream()
                .filter(e -> e.rule().equals(EvidenceRule.TITLE_YEAR.id()))
                .map(Evidence::quote).findFirst().orElseThrow();
    }
}
