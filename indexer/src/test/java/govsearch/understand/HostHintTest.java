package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import org.junit.jupiter.api.Test;

/** A portal's host as weak evidence for a report's region: taken when the text names no place, never over it. */
class HostHintTest {

    static final String NO_PLACE = """
            关于2024年政务公开工作情况的报告
            一、主要工作
            全面落实政务公开各项要求，主动公开政府信息1260条，办理依申请公开42件，均在法定期限内答复。
            二、下一步打算
            持续深化政务公开标准化规范化建设，提升政策解读质量。
            """;

    @Test
    void aPortalHostNamesItsPlaceByTheLabelBeforeGovCn() {
        assertThat(HostHint.of("http://www.neijiang.gov.cn/zwgk/a.html").region()).isEqualTo(new Region("四川省", "内江市", null));
        assertThat(HostHint.of("https://www.sc.gov.cn/10462/c1.shtml").region()).isEqualTo(Region.province("四川省"));
        assertThat(HostHint.of("http://zfxxgk.sc.gov.cn/a.html").label()).isEqualTo("sc");
        assertThat(HostHint.of("http://sc.gov.cn/a.html").region()).as("a host with no www").isEqualTo(Region.province("四川省"));
        assertThat(HostHint.of("https://neijiang.gov.cn/").region()).isEqualTo(new Region("四川省", "内江市", null));
        assertThat(HostHint.of("http://www.example.com/a.html")).as("not a government portal").isNull();
        assertThat(HostHint.of("http://www.unknownplace.gov.cn/a.html")).isNull();
        assertThat(HostHint.of("corpus/a.txt")).isNull();
        assertThat(HostHint.of("not a url ::")).isNull();
    }

    @Test
    void aTextThatNamesNoPlaceTakesItsHostsPlaceWeaklyWithTheHostAsEvidence() {
        Report r = ReportReader.read(Source.of("http://www.neijiang.gov.cn/zwgk/2025/a.html", NO_PLACE));

        assertThat(r.region()).isEqualTo(new Region("四川省", "内江市", null));
        assertThat(r.understanding().regionConfidence()).isEqualTo(HostHint.CONFIDENCE);
        assertThat(r.understanding().regionEvidence()).anySatisfy(e -> {
            assertThat(e.rule()).isEqualTo("host");
            assertThat(e.quote()).isEqualTo("www.neijiang.gov.cn");
        });
        assertThat(ReportReader.read(Source.of("corpus/a.txt", NO_PLACE)).region().known()).as("elsewhere, no place").isFalse();
    }

    @Test
    void theTextsOwnPlaceWinsOverTheHost() {
        String luohe = "漯河市人民政府工作报告\n各位代表：\n现在，我代表漯河市人民政府，向大会报告工作。漯河市经济运行稳中向好。";
        Report r = ReportReader.read(Source.of("http://www.neijiang.gov.cn/zwgk/2025/b.html", luohe));

        assertThat(r.region().city()).isEqualTo("漯河市");
        assertThat(r.understanding().regionEvidence()).noneMatch(e -> e.rule().equals("host"));
    }
}
