package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PublishDateTest {

    @Test
    void labelledDatesInTheShapesPagesPrintThem() {
        assertThat(PublishDate.labelled("发布时间：2021-03-05 查看人数：328")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(PublishDate.labelled("发布日期：2022年6月18日　来源：县政府办")).isEqualTo(LocalDate.of(2022, 6, 18));
        assertThat(PublishDate.labelled("时间: 2020/12/01 15:20")).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(PublishDate.labelled("更新时间：2019.7.3")).isEqualTo(LocalDate.of(2019, 7, 3));
    }

    @Test
    void anUnlabelledDateCountsOnlyInsideARulesDateElement() {
        assertThat(PublishDate.labelled("2020年工作总结 2021-01-05")).isNull();
        assertThat(PublishDate.any("2021-01-05 10:30 来源：本站")).isEqualTo(LocalDate.of(2021, 1, 5));
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertThat(PublishDate.labelled("时间：2021-13-45，发布时间：2021-03-05")).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(PublishDate.labelled("时间：2021-02-30")).isNull();
    }
}
