package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Section;
import govsearch.report.Understanding.Cite;
import govsearch.report.Understanding.Figure;
import govsearch.report.Understanding.Work;
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

    /** Issue #14: Guangdong 2025 listed a musical and a dance drama among its cited documents. */
    @Test
    void filmsPlaysAndShowsAreWorksNotCitedDocuments() {
        Section guangdong = section("推出音乐剧《雄狮少年》、粤剧电影《谯国夫人》等精品力作，舞剧《咏春》等4部作品获全国精神文明"
                + "建设“五个一工程”优秀作品奖。出台《广东省推动消费品以旧换新行动方案》。");

        assertThat(Citations.of(guangdong)).extracting(Cite::title).containsExactly("广东省推动消费品以旧换新行动方案");
        assertThat(Citations.works(guangdong)).extracting(Work::title).containsExactly("雄狮少年", "谯国夫人", "咏春");
    }

    @Test
    void documentsAreKnownByTheKindTheirTitleEndsWith() {
        assertThat(List.of("中国共产党统一战线工作条例", "中华人民共和国民法典", "宪法", "法治政府建设实施纲要(2021—2025年)",
                "国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）", "江西省安全生产责任追究办法（试行）",
                "关于健全党委制", "中共中央关于经济体制改革的决定", "告台湾同胞书", "二十三条", "五·七指示", "“571工程”纪要",
                "关于澳门问题的联合声明", "全面禁止核试验条约", "中国制造2025", "国发〔2019〕5号"))
                .allSatisfy(t -> assertThat(Citations.isDocument(t)).as(t).isTrue());
        assertThat(List.of("雄狮少年", "咏春", "万桥飞架—山水间的人类奇迹", "人民日报", "求是", "真理报", "新青年",
                "共产党宣言", "资本论", "实践论", "毛泽东选集", "列宁全集", "经济学手稿（1857—1858年）", "黑神话：悟空", "我的阿勒泰"))
                .allSatisfy(t -> assertThat(Citations.isDocument(t)).as(t).isFalse());
    }

    @Test
    void aWorkNamedInASentenceIsNotCitedEvenBesideADocumentNumber() {
        Section s = section("纪录片《万桥飞架—山水间的人类奇迹》获“星光奖”。落实国办发〔2024〕7号文件。发表于十一月十九日《人民日报》。");

        assertThat(Citations.of(s)).containsExactly(new Cite("r-3", null, "国办发", 2024, 7));
        assertThat(Citations.works(s)).extracting(Work::title).containsExactly("万桥飞架—山水间的人类奇迹", "人民日报");
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

    @Test
    void eachFigureKeepsTheSentenceItStandsIn() {
        List<Figure> figures = Figures.of(section(
                "过去一年，经济运行总体平稳。\n  国内生产总值增长5.3%，城镇新增就业1244万人。粮食产量达到13908亿斤；全年完成造林1亿亩。"));
        assertThat(figures).extracting(Figure::text, Figure::sentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("增长5.3%", "国内生产总值增长5.3%，城镇新增就业1244万人。"),
                org.assertj.core.groups.Tuple.tuple("1244万人", "国内生产总值增长5.3%，城镇新增就业1244万人。"),
                org.assertj.core.groups.Tuple.tuple("1亿亩", "全年完成造林1亿亩。"));
    }

    @Test
    void aLongSentenceIsCutToAWindowAroundItsFigure() {
        String before = "坚持稳中求进工作总基调，".repeat(12);
        String after = "，着力扩大国内需求".repeat(12) + "。";
        Figure f = Figures.of(section(before + "财政收入增长6.4%" + after)).getFirst();
        assertThat(f.sentence()).contains("财政收入增长6.4%").startsWith("…").endsWith("…")
                .hasSizeLessThanOrEqualTo(Figures.MAX_SENTENCE + 2);
    }

    @Test
    void anIssuersCodeIsAtMostItsLastFourCharacters() {
        assertThat(Citations.of(section("自治区人民政府办公厅印发桂政办发〔2020〕3号文件。")))
                .containsExactly(new Cite("r-3", null, "桂政办发", 2020, 3));
    }

    /** A lead-in word is dropped only from before a code; alone, it is kept rather than leaving no issuer. */
    @Test
    void aLeadInWordAloneIsNotStrippedToNothing() {
        assertThat(Citations.issuer("落实国发")).isEqualTo("国发");
        assertThat(Citations.issuer("根据文件")).isEqualTo("文件");
        assertThat(Citations.issuer("和")).isEqualTo("和");
    }

    /** A search for a document meets the key it was indexed under, however the user spells it. */
    @Test
    void aCitedDocumentAndWhatAUserAsksForShareOneKey() {
        Cite number = new Cite("r-3", null, "统发", 2003, 5);
        assertThat(Citations.key(number)).isNotEmpty()
                .isEqualTo(Citations.key("统发［2003］第5号"))
                .isEqualTo(Citations.key("统发〔2003〕5号"))
                .isEqualTo(Citations.key("统发(2003)05号"));
        Cite title = new Cite("r-3", "中国共产党统一战线工作条例", null, null, null);
        assertThat(Citations.key(title)).isEqualTo("中国共产党统一战线工作条例")
                .isEqualTo(Citations.key("《中国共产党统一战线工作条例》"));
        assertThat(Citations.key("民法典 第三编")).isEqualTo("民法典第三编");
    }

    @Test
    void aSentenceOfAHundredAndTwentyCharactersIsKeptWhole() {
        String sentence = "城镇新增就业1244万人" + "，重点群体就业保持稳定".repeat(9) + "，零就业家庭清零。";
        assertThat(sentence).hasSize(Figures.MAX_SENTENCE);
        Figure f = Figures.of(section("过去一年，经济运行总体平稳。" + sentence)).getFirst();
        assertThat(f.text()).isEqualTo("1244万人");
        assertThat(f.sentence()).isEqualTo(sentence);
    }

    /**
     * The window is 120 characters around the figure, 57 on each side of 增长6.4% (6 chars); where it
     * reaches the sentence's start or end, nothing is cut there and no … is put.
     */
    @Test
    void aWindowAtTheSentencesStartOrEndIsMarkedCutOnlyOnTheOtherSide() {
        String tail = "，着力扩大国内需求".repeat(13) + "。";
        String atStart = "财政收入增长6.4%" + tail;
        assertThat(Figures.of(section(atStart)).getFirst().sentence()).isEqualTo(atStart.substring(0, 10 + 57) + "…");
        String head = "坚持稳中求进工作总基调，".repeat(12);
        String atEnd = head + "财政收入增长6.4%。";
        int start = head.length() + 4;
        assertThat(Figures.of(section(atEnd)).getFirst().sentence()).isEqualTo("…" + atEnd.substring(start - 57));
    }

    @Test
    void spacesBeforeALineEndAreNotPartOfTheSentence() {
        assertThat(Figures.of(section("城镇新增就业1244万人  \n粮食产量保持稳定")).getFirst().sentence()).isEqualTo("城镇新增就业1244万人");
    }
}
