package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Section;
import govsearch.report.Understanding.Cite;
import govsearch.report.Understanding.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationsAndFiguresTest {

    private static Section section(String text) {
        return new Section("r-3", "", "", 0, List.of(), text);
    }

    @Test
    void titlesInBookQuotesAndDocumentNumbersAreCited() {
        List<Cite> cites = Citations.of(section(
                "认真贯彻《中国共产党统一战线工作条例》，落实国发〔2019〕5号和统发［2003］5号文件精神，再学《中国共产党统一战线工作条例》。"));
        assertThat(cites).containsExactly(
                new Cite("r-3", "中国共产党统一战线工作条例", null, null, null),
                new Cite("r-3", null, "国发", 2019, 5),
                new Cite("r-3", null, "统发", 2003, 5));
    }

    @Test
    void figuresKeepTheirUnitAndMagnitude() {
        List<Figure> figures = Figures.of(section(
                "全年国内生产总值增长6.6%，城镇新增就业1361万人，民营企业3300多家，财政收入38.4亿元，提高0.5个百分点。2019年如此。"));
        assertThat(figures).extracting(Figure::text)
                .containsExactly("增长6.6%", "1361万人", "3300多家", "38.4亿元", "提高0.5个百分点");
        assertThat(figures.get(1).value()).isEqualTo(1.361e7);
        assertThat(figures.get(3).unit()).isEqualTo("元");
        assertThat(figures.get(3).value()).isEqualTo(3.84e9, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void fullWidthDigitsAreFiguresToo() {
        assertThat(Figures.of(section("比上年增长２４．２％"))).singleElement().extracting(Figure::value).isEqualTo(24.2);
    }
}
