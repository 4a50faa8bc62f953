package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import govsearch.report.Source;

class ReportSplitterTest {

    private static final String URL = "http://fanwen.example.com/baogao/2.html";

    private static Source page(String title, String... lines) {
        return new Source(URL, String.join("\n", lines), title, LocalDate.of(2021, 3, 5), null, null, "情况报告");
    }

    @Test
    void eachMarkedReportBecomesASourceTitledByTheLineAfterItsMarker() {
        List<Source> sources = ReportSplitter.split(page("统战情况报告2篇",
                "下面是小编为大家整理的统战情况报告2篇，供大家参考。",
                "篇一",
                "2020年县委统战部工作情况报告",
                "一、主要工作开展情况",
                "（一）加强思想政治引领。",
                "篇二",
                "xx镇统一战线工作情况报告",
                "今年以来，我镇统战工作稳步推进。"));

        assertThat(sources).extracting(Source::title)
                .containsExactly("2020年县委统战部工作情况报告", "xx镇统一战线工作情况报告");
        assertThat(sources).extracting(Source::url).containsExactly(URL + "#篇一", URL + "#篇二");
        assertThat(sources.getFirst().text()).isEqualTo("一、主要工作开展情况\n（一）加强思想政治引领。");
        assertThat(sources.get(1).text()).isEqualTo("今年以来，我镇统战工作稳步推进。");
    }

    @Test
    void everySourceKeepsThePagesDateAndKind() {
        List<Source> sources = ReportSplitter.split(page("报告2篇", "篇一", "甲县工作报告", "正文。", "篇二", "乙县工作报告", "正文。"));

        assertThat(sources).allSatisfy(s -> {
            assertThat(s.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 5));
            assertThat(s.docType()).isEqualTo("情况报告");
            assertThat(s.year()).isNull();
            assertThat(s.region()).isNull();
        });
    }

    @Test
    void markersComeInManyShapes() {
        assertThat(ReportSplitter.markerNumber("篇一")).isEqualTo(1);
        assertThat(ReportSplitter.markerNumber("【篇二】")).isEqualTo(2);
        assertThat(ReportSplitter.markerNumber("篇三：关于全县民族宗教工作的情况报告")).isEqualTo(3);
        assertThat(ReportSplitter.markerNumber("第四篇")).isEqualTo(4);
        assertThat(ReportSplitter.markerNumber("第 5 篇")).isEqualTo(5);
        assertThat(ReportSplitter.markerNumber("[篇十二]")).isEqualTo(12);
        assertThat(ReportSplitter.markerNumber("第一篇章写得很好，大家都说。")).isEqualTo(-1);
        assertThat(ReportSplitter.markerNumber("一、篇一的问题")).isEqualTo(-1);
    }

    @Test
    void aTitleOnTheMarkerLineIsTakenFromThere() {
        List<Source> sources = ReportSplitter.split(page("报告",
                "篇一：关于全县民族宗教工作的情况报告", "一、基本情况", "【篇二】 关于全县统战工作的情况报告", "正文。"));

        assertThat(sources).extracting(Source::title)
                .containsExactly("关于全县民族宗教工作的情况报告", "关于全县统战工作的情况报告");
        assertThat(sources.getFirst().text()).isEqualTo("一、基本情况");
    }

    @Test
    void aReportWhoseFirstLineIsNoTitleIsNamedAfterThePageAndItsMarker() {
        List<Source> sources = ReportSplitter.split(page("统战情况报告4篇",
                "篇一", "2020年县委统战部工作情况报告", "正文。",
                "第二篇", "今年以来，在市委统战部的精心指导下，我区统战工作稳步推进。", "一、坚持政治引领"));

        assertThat(sources.get(1).title()).isEqualTo("统战情况报告4篇 篇二");
        assertThat(sources.get(1).url()).isEqualTo(URL + "#篇二");
        assertThat(sources.get(1).text()).startsWith("今年以来，在市委统战部的精心指导下");
    }

    @Test
    void aSectionHeadingAfterTheMarkerIsNoTitle() {
        List<Source> sources = ReportSplitter.split(page("述职报告", "篇一", "一、履职情况", "正文。"));

        assertThat(sources.getFirst().title()).isEqualTo("述职报告 篇一");
        assertThat(sources.getFirst().text()).isEqualTo("一、履职情况\n正文。");
    }

    @Test
    void markersCountOnlyInOrder() {
        List<Source> sources = ReportSplitter.split(page("报告",
                "篇一", "甲县工作报告", "正文。", "篇三", "仍是篇一的正文。", "篇二", "乙县工作报告", "正文。"));

        assertThat(sources).hasSize(2);
        assertThat(sources.getFirst().text()).isEqualTo("正文。\n篇三\n仍是篇一的正文。");
    }

    @Test
    void aPageWithoutMarkersIsOneSourceWithoutTheEditorsNoteOrRepeatedTitle() {
        List<Source> sources = ReportSplitter.split(page("2020年工作总结",
                "2020年工作总结", "以下是为大家整理的2020年工作总结，欢迎阅读参考。", "一、主要成绩", "正文。"));

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.url()).isEqualTo(URL);
            assertThat(s.title()).isEqualTo("2020年工作总结");
            assertThat(s.text()).isEqualTo("一、主要成绩\n正文。");
        });
    }

    @Test
    void emptyTextGivesNoSource() {
        assertThat(ReportSplitter.split(page("空", ""))).isEmpty();
        assertThat(ReportSplitter.split(page("空", "篇一", "篇二"))).isEmpty();
    }

    @Test
    void fragmentsUseChineseNumerals() {
        assertThat(ReportSplitter.chinese(1)).isEqualTo("一");
        assertThat(ReportSplitter.chinese(10)).isEqualTo("十");
        assertThat(ReportSplitter.chinese(12)).isEqualTo("十二");
        assertThat(ReportSplitter.chinese(20)).isEqualTo("二十");
        assertThat(ReportSplitter.chinese(35)).isEqualTo("三十五");
    }
}
