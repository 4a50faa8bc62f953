package govsearch.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a page is a note on its attachment, and what the attachment takes from it. */
class AttachmentLabelsTest {

    static final String PAGE = "http://www.example.gov.cn/zwgk/t1.html";
    static final String PDF = "http://www.example.gov.cn/uploads/report.pdf";
    static final String REPORT_TEXT = "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年的工作\n"
            + "全市地区生产总值增长6.1%，城乡居民收入稳步增长，民生实事全部完成。";

    static PageReading.Read page(String text, boolean saysAttachment, String... links) {
        return new PageReading.Read(List.of(new Source(PAGE, text, "市政府工作报告（全文）", LocalDate.of(2025, 2, 3), null, null, null)),
                List.of(links), false, null, saysAttachment);
    }

    static PageReading.Read pdf(String title) {
        return new PageReading.Read(List.of(new Source(PDF, REPORT_TEXT, title, null, null, null, null)), List.of(), true, null);
    }

    @Test
    void aShortPageSayingFujianIsANoteAndItsAttachmentTakesItsTitleAndDate() {
        AttachmentLabels labels = new AttachmentLabels();

        assertThat(labels.read(PAGE, page("现将政府工作报告全文公布如下。附件：政府工作报告.pdf", true, PDF))).as("held back").isEmpty();
        List<Source> report = labels.read(PDF, pdf("report_final_v2"));

        assertThat(report).singleElement().satisfies(s -> {
            assertThat(s.title()).as("the page's title over the file's own").isEqualTo("市政府工作报告（全文）");
            assertThat(s.publishedAt()).isEqualTo(LocalDate.of(2025, 2, 3));
        });
        assertThat(labels.drainHeldNotes()).as("the attachment was the report").isEmpty();
    }

    @Test
    void aNoteWhoseAttachmentGaveNoReportIsThePagesReportAfterAll() {
        AttachmentLabels labels = new AttachmentLabels();

        labels.read(PAGE, page("现将政府工作报告全文公布如下，请查阅附件。", true, PDF));

        assertThat(labels.drainHeldNotes()).extracting(Source::url).containsExactly(PAGE);
    }

    @Test
    void aShortListOfDocumentsOrAReportPageWithAnAppendixIsNoNote() {
        AttachmentLabels labels = new AttachmentLabels();
        String[] many = {PDF, PDF.replace("report", "a"), PDF.replace("report", "b"), PDF.replace("report", "c"),
                PDF.replace("report", "d"), PDF.replace("report", "e")};

        assertThat(labels.read(PAGE, page("2019年报告 2020年报告 2021年报告", false, PDF))).as("says no 附件").hasSize(1);
        assertThat(labels.read(PAGE, page("附件下载：2019年 2020年 2021年 2022年 2023年 2024年", true, many)))
                .as("more documents than a note attaches").hasSize(1);
        assertThat(labels.read(PAGE, page(REPORT_TEXT.repeat(10) + "附件：附表.pdf", true, PDF))).as("a report of its own").hasSize(1);
        assertThat(labels.read(PDF, pdf("市统计公报")).getFirst().title()).as("its own title, the page not being a note")
                .isEqualTo("市统计公报");
    }
}
