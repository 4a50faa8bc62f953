package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report model: ids, lengths and the defaults a report gets when a label is missing. */
class ReportTest {

    static final Section PREAMBLE = new Section("r-0", "", "", 0, List.of(), "各位代表：");
    static final Section FIRST = new Section("r-1", "一、", "过去一年的工作", 1, List.of(), "经济平稳。");
    static final Section EMPTY = new Section("r-12", "二、", "今年的工作", 1, List.of(), "");

    @Test
    void aReportsLengthIsTheCharactersOfItsSectionsContents() {
        // 各位代表： (5) + 一、过去一年的工作\n经济平稳。 (2 + 7 + 1 + 5) + 二、今年的工作 (2 + 5)
        Report r = new Report("r", "a.txt", "政府工作报告", null, 2024, null, "政府工作报告", List.of(PREAMBLE, FIRST, EMPTY));

        assertThat(r.chars()).isEqualTo(5 + 15 + 7);
        assertThat(r.region()).isEqualTo(Region.UNKNOWN);
        assertThat(r.understanding()).isNull();
    }

    @Test
    void aReportKeepsItsOwnCopyOfTheSections() {
        List<Section> sections = new ArrayList<>(List.of(PREAMBLE));
        Report r = new Report("r", "a.txt", "t", null, null, Region.NATIONWIDE, null, sections);
        sections.add(FIRST);

        assertThat(r.sections()).containsExactly(PREAMBLE);
        assertThatThrownBy(() -> r.sections().add(FIRST)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSectionsContentIsItsHeadingThenItsBodyAndItsOrdinalComesFromItsId() {
        assertThat(PREAMBLE.content()).isEqualTo("各位代表：");
        assertThat(FIRST.content()).isEqualTo("一、过去一年的工作\n经济平稳。");
        assertThat(EMPTY.content()).isEqualTo("二、今年的工作");
        assertThat(FIRST.ordinal()).isEqualTo(1);
        assertThat(EMPTY.ordinal()).isEqualTo(12);
        assertThat(new Section("a-b-7", "", "", 0, List.of(), "x").ordinal()).isEqualTo(7);
        assertThatThrownBy(() -> Section.body("一、", "过去一年的工作", "二、今年的工作"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIdIsTheFirstEightBytesOfSha1OfSourceZeroByteAndText() {
        // printf 'a.txt\0text' | sha1sum → ac713c34f65cc0a8…; the same file gives the same id, another
        // source or text another, and the zero byte keeps "a.tx" + "ttext" apart from "a.txt" + "text".
        assertThat(ReportId.of("a.txt", "text")).isEqualTo("ac713c34f65cc0a8");
        assertThat(ReportId.of("a.txt", "text")).hasSize(16).isEqualTo(ReportId.of("a.txt", "text"))
                .isNotEqualTo(ReportId.of("b.txt", "text")).isNotEqualTo(ReportId.of("a.txt", "text2"))
                .isNotEqualTo(ReportId.of("a.tx", "ttext"));
    }

    @Test
    void aRegionIsKnownByItsProvinceAndNamedByItsMostSpecificLevel() {
        assertThat(Region.UNKNOWN.known()).isFalse();
        assertThat(Region.UNKNOWN.mostSpecific()).isNull();
        assertThat(Region.NATIONWIDE.known()).isTrue();
        assertThat(Region.NATIONWIDE.mostSpecific()).isEqualTo("全国");
        assertThat(Region.province("河南省")).isEqualTo(new Region("河南省", null, null));
        assertThat(new Region("河南省", "漯河市", null).mostSpecific()).isEqualTo("漯河市");
        assertThat(new Region("河南省", "漯河市", "舞阳县").mostSpecific()).isEqualTo("舞阳县");
        assertThat(new Region("河南省", null, "济源市").mostSpecific()).isEqualTo("济源市");
    }

    @Test
    void evidenceWithoutAQuoteOrReadingHasEmptyStrings() {
        Evidence e = new Evidence("title-year", null, -1, null, 1.0);

        assertThat(e.quote()).isEmpty();
        assertThat(e.says()).isEmpty();
        assertThat(new Evidence("r", "二〇一九年", 3, "2019", 2.0)).extracting(Evidence::quote, Evidence::says)
                .containsExactly("二〇一九年", "2019");
    }

    @Test
    void aSourceOfJustATextLeavesEveryLabelToTheRules() {
        assertThat(Source.of("a.txt", "正文")).isEqualTo(new Source("a.txt", "正文", null, null, null, null, null));
    }
}
