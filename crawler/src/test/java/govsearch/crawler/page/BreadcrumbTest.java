package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreadcrumbTest {

    @Test
    void segmentsWithoutTheLead() {
        assertThat(Breadcrumb.segments("当前位置：首页 > 报告大全 > 工作报告 > 情况报告"))
                .containsExactly("首页", "报告大全", "工作报告", "情况报告");
        assertThat(Breadcrumb.segments("您的位置：首页 >> 政务公开 » 调研报告")).containsExactly("首页", "政务公开", "调研报告");
    }

    @Test
    void theLastSegmentIsTheDocTypeWhenItNamesAReportKind() {
        assertThat(Breadcrumb.docType("首页 > 报告大全 > 工作报告 > 情况报告", "统战情况报告4篇")).isEqualTo("情况报告");
        assertThat(Breadcrumb.docType("首页 > 总结大全 > 工作总结", null)).isEqualTo("工作总结");
        assertThat(Breadcrumb.docType("首页 > 报告大全 > 述职报告", null)).isEqualTo("述职报告");
        assertThat(Breadcrumb.docType("首页 > 报告大全", null)).isNull();
        assertThat(Breadcrumb.docType("首页 > 新闻中心", null)).isNull();
        assertThat(Breadcrumb.docType(null, null)).isNull();
    }

    @Test
    void aBreadcrumbEndingInThePagesOwnTitleIsReadOneSegmentBack() {
        assertThat(Breadcrumb.docType("首页 > 调研报告 > 统战情况报告4篇", "统战情况报告4篇")).isEqualTo("调研报告");
        assertThat(Breadcrumb.docType("首页 > 工作报告 > 正文", null)).isEqualTo("工作报告");
    }
}
