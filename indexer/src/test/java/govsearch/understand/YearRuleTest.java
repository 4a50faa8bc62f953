package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Evidence;
import java.util.Random;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearRuleTest {

    @Test
    void aYearInTheTitleIsTheReportsYear() {
        YearRule.Reading r = YearRule.extract("2025年河北省政府工作报告", "各位代表：");
        assertThat(r.year()).isEqualTo(2025);
        assertThat(r.evidence()).extracting(Evidence::rule).contains("title-year");
    }

    @Test
    void aFirstLineThatIsAHeadingIsNoTitle() {
        assertThat(YearRule.read("一、2024年工作回顾", "一、2024年工作回顾\n过去一年，全省经济回升向好。")).isEqualTo(2025);
    }

    @Test
    void theDeliveryDateInTheOpeningLinesCounts() {
        assertThat(YearRule.read("政府工作报告", "——2019年3月5日在第十三届全国人民代表大会第二次会议上\n各位代表："))
                .isEqualTo(2019);
        assertThat(YearRule.read("统战工作情况报告", "二〇二六年一月二十七日\n今年以来")).isEqualTo(2026);
        assertThat(YearRule.read("政府工作报告", "——１９８７年３月２５日在第六届全国人民代表大会第五次会议上")).isEqualTo(1987);
    }

    @Test
    void aDateInTheClosingSignatureCounts() {
        String text = "今年以来，我县统战工作在县委的坚强领导下取得新进展。" + "一是加强思想政治引领。".repeat(40)
                + "\n中共××县委统战部\n二〇一九年十二月二十日";
        YearRule.Reading r = YearRule.extract("统战工作情况报告", text);
        assertThat(r.year()).isEqualTo(2019);
        assertThat(r.evidence()).extracting(Evidence::rule).contains("closing-date");
    }

    /**
     * Issue #14: three provincial reports of 2026 that open with this heading were read as 2025 — the
     * year they review, which they also call “十四五”规划收官之年 (a 2025 "this year" of theirs).
     */
    @Test
    void aHeadingThatSumsUpAYearMakesItNextYearsReport() {
        String text = """
                各位代表：
                现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。
                一、2025年工作总结和“十四五”发展成就
                2025年是“十四五”规划收官之年。一年来，在以习近平同志为核心的党中央坚强领导下，全省地区生产总值增长5.4%。
                “十四五”时期，全省经济总量连跨两个万亿元台阶，城乡居民收入年均增长6.1%。
                二、“十五五”时期的主要目标和2026年重点工作
                坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。
                """;

        YearRule.Reading r = YearRule.extract("", text);

        assertThat(r.year()).isEqualTo(2026);
        assertThat(r.evidence()).first().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("review");
            assertThat(e.quote()).isEqualTo("一、2025年工作总结");
        });
        assertThat(YearRule.read("", "一、2023年工作回顾\n过去一年，全市经济回升向好。")).isEqualTo(2024);
        for (String indent : List.of("\u00A0\u00A0", "\u3000\u3000", "\u2002", "\t")) {
            String laidOut = text.lines().map(line -> indent + line).collect(java.util.stream.Collectors.joining("\r\n"));
            assertThat(YearRule.read("", laidOut)).as("indent U+%04X, CRLF", (int) indent.charAt(0)).isEqualTo(2026);
        }
    }

    @Test
    void theSessionOrCongressDeliveredAtDatesTheReport() {
        assertThat(YearRule.read("", "第十一届全国人民代表大会第三次会议听取和审议了国务院总理温家宝所作的政府工作报告。"))
                .isEqualTo(2010);
        assertThat(YearRule.read("", "同志们：\n现在，我代表第十六届中央委员会向大会作报告。")).isEqualTo(2007);
        assertThat(YearRule.read("", "同志们！\n中国共产党第十次全国代表大会，是在粉碎了林彪反党集团的形势下召开的。"))
                .isEqualTo(1973);
    }

    @Test
    void aSessionNamedOnlyInPassingInTheOpeningIsNoDate() {
        YearRule.Reading r = YearRule.extract("",
                "各位代表：\n自党的十一届三中全会以来，我们坚持改革开放。一、1986年工作回顾\n过去一年，国民经济继续增长。");
        assertThat(r.year()).isEqualTo(1987);
    }

    @Test
    void aReviewOfLastYearMakesItNextYearsReport() {
        assertThat(YearRule.read("政府工作报告", "各位代表：\n一、2018年工作回顾\n过去一年")).isEqualTo(2019);
        assertThat(YearRule.read("政府工作报告", "各位代表：\n一、一九八九年的回顾\n过去一年")).isEqualTo(1990);
    }

    @Test
    void theYearsOwnPlanCounts() {
        assertThat(YearRule.read("", "会议充分肯定国务院过去一年的工作，同意报告提出的2019年经济社会发展总体要求、政策取向、目标任务和重点工作，决定批准这个报告。"))
                .isEqualTo(2019);
    }

    @Test
    void thisYearAgainstADatedAnchor() {
        assertThat(YearRule.read("", "今年是新中国成立70周年，是决胜全面建成小康社会关键之年。")).isEqualTo(2019);
        assertThat(YearRule.read("", "今年是“十四五”开局之年，开启全面建设社会主义现代化国家新征程。")).isEqualTo(2021);
        assertThat(YearRule.read("", "今年是全面贯彻党的十九大精神的开局之年。")).isEqualTo(2018);
        assertThat(YearRule.read("", "去年三月第五届全国人民代表大会第一次会议，制定了新时期的总任务。")).isEqualTo(1979);
    }

    @Test
    void theYearUnderReviewNamedInTheBodyMakesItNextYearsReport() {
        // Government work reports of 2002 and 1988 once their title, date line and signature are cut off.
        assertThat(YearRule.read("", "各位代表：\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n　　一、2001年工作回顾\n　　首先报告２００１年的工作。"))
                .isEqualTo(2002);
        assertThat(YearRule.read("", "各位代表！\n这里还要着重指出的是，在刚刚过去的１９８７年，我国国民经济的发展继续保持了良好势头。到１９９２年，力争使国民生产总值有较大增长。"))
                .isEqualTo(1988);
    }

    @Test
    void aHeadingOfTheYearsProgrammeDatesTheReport() {
        assertThat(YearRule.read("", "各位代表：\n本届政府履行职责已经一年。\n　　二、２００４年主要任务\n到２００７年使西部地区基本普及九年义务教育，继续做好２００８年北京奥运会的准备。"))
                .isEqualTo(2004);
        assertThat(YearRule.read("", "各位代表：\n    三、2011年的工作\n    做好今年的工作对“十二五”时期发展至关重要。按2010年价格计算，2015年国内生产总值将超过55万亿元。"))
                .isEqualTo(2011);
        assertThat(YearRule.read("", "一、2018年工作回顾\n过去一年，我们砥砺前行。")).isEqualTo(2019);
    }

    @Test
    void thisYearIsSaidAsAYearThatLiesAhead() {
        assertThat(YearRule.read("", "２００２年是我们党和国家发展史上非常重要的一年。做好今年各项工作，具有十分重要的意义。做好２０１０年上海世界博览会申办工作。"))
                .isEqualTo(2002);
        assertThat(YearRule.read("", "    2011年，是“十二五”开局之年，做好今年的工作对于实现“十二五”目标至关重要。"))
                .isEqualTo(2011);
        // …but 1986年是…取得显著成就的一年 looks back on the year under review.
        assertThat(YearRule.extract("", "１９８６年是开始执行第七个五年计划并取得显著成就的一年。").evidence())
                .extracting(Evidence::rule).doesNotContain("this-year");
    }

    /** The first year of a five-year plan said as 开局 or 第一年, its last as 收官 or 最后一年 (first year + 4). */
    @Test
    void thisYearAsAYearOfAFiveYearPlan() {
        assertThat(YearRule.read("", "今年是“十四五”的第一年，开启全面建设社会主义现代化国家新征程。")).isEqualTo(2021);
        assertThat(YearRule.read("", "今年是“十三五”收官之年，也是全面建成小康社会之年。")).isEqualTo(2020);
        assertThat(YearRule.read("", "今年是“十三五”规划的最后一年，任务艰巨。")).isEqualTo(2020);
        // A text that ends on the clause, with no stop after it.
        assertThat(YearRule.read("", "今年是“十四五”开局之年")).isEqualTo(2021);
    }

    /**
     * A congress is held in the autumn: the year after it is the first of carrying it out (开局, 第一年,
     * its 精神), while 今年 said of the congress alone is its own year.
     */
    @Test
    void thisYearAgainstACongressIsItsYearOrTheFirstYearAfterIt() {
        assertThat(YearRule.read("", "今年是党的十九大召开之年，做好各项工作意义重大。")).isEqualTo(2017);
        assertThat(YearRule.read("", "今年是党的十九大召开后的第一年，做好各项工作意义重大。")).isEqualTo(2018);
        assertThat(YearRule.read("", "今年是贯彻党的十九大精神的关键一年。")).isEqualTo(2018);
    }

    @Test
    void thisYearIsReadWellIntoTheText() {
        assertThat(YearRule.read("", "各位代表：\n过去一年，我们在省委的坚强领导下完成了各项任务。今年是新中国成立70周年，是决胜之年。"))
                .isEqualTo(2019);
    }

    /** Of several events of the latest year, the evidence quotes the first named; so for document numbers. */
    @Test
    void theEarliestYearIsShownByTheFirstEventOfThatYear() {
        YearRule.Reading events = YearRule.extract("", "全面贯彻党的十九大精神，高起点规划建设雄安新区。");
        assertThat(events.evidence()).filteredOn(e -> e.rule().equals("earliest")).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("党的十九大"));

        YearRule.Reading numbers = YearRule.extract("", "全面落实上级部署，国发〔2019〕5号和国办发〔2019〕8号文件精神得到贯彻。");
        assertThat(numbers.earliest()).isEqualTo(2019);
        assertThat(numbers.evidence()).filteredOn(e -> e.rule().equals("earliest")).singleElement()
                .satisfies(e -> assertThat(e.quote()).isEqualTo("国发〔2019〕5号"));
    }

    @Test
    void aPlanForThisYearIsNamedAsSuch() {
        assertThat(YearRule.extract("", "会议同意报告提出的2019年经济社会发展总体要求。").evidence())
                .extracting(Evidence::rule).containsExactly("plan");
    }

    @Test
    void aPlanIntroducedBy关于IsThisYearsPlanAsOneIntroducedBy对() {
        // 关于's 于 is also a target mark (高于…, 低于…); in 关于2019年工作安排 it introduces the plan.
        assertThat(YearRule.extract("", "关于2019年工作安排，我们要坚持稳中求进工作总基调。").evidence())
                .extracting(Evidence::rule).containsExactly("plan");
        assertThat(YearRule.read("", "关于2019年工作安排，我们要坚持稳中求进工作总基调。")).isEqualTo(2019);
        assertThat(YearRule.read("", "对2019年工作安排，我们要坚持稳中求进工作总基调。")).isEqualTo(2019);
    }

    @Test
    void aPlanForNextYearDatesTheReportAYearEarlier() {
        // The government work report of December 1964 plans 1965.
        assertThat(YearRule.read("", "今年农业又获得了更好的收成。\n明年发展国民经济的主要任务是，在更深入广泛开展城乡社会主义教育运动的基础上，"
                + "一九六五年的主要任务就是，组织工农业生产的新高潮。")).isEqualTo(1964);
        assertThat(YearRule.extract("", "明年发展国民经济的主要任务是：一九六五年的主要任务就是，组织工农业生产的新高潮。").evidence())
                .extracting(Evidence::rule).containsExactly("plan-next-year");
    }

    @Test
    void theCongressDeliveredAtWithoutTheOpeningLines() {
        // The report to the first session of the first NPC's fifth session (1958), cut after its signature.
        assertThat(YearRule.read("", "各位代表：\n　　我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告。到一九六七年，钢产量将达到……"))
                .isEqualTo(1958);
        // The tenth congress (1973): the date in the opening is that of the ninth congress, not the report's.
        assertThat(YearRule.read("", "我代表中央委员会向第十次全国代表大会作报告。\n党的九大是在无产阶级文化大革命取得伟大胜利的时刻举行的。毛主席在一九六九年四月一日九大开幕的时候，发出了伟大号召。"))
                .isEqualTo(1973);
        // The thirteenth congress (1987): the twelfth, named at the start of a line, lies behind it.
        assertThat(YearRule.read("", "一、历史性成就和这次大会的任务\n党的第十二次全国代表大会，坚持和发展了十一届三中全会的路线。十二大以来，党中央召开了七次全会。"
                + "全党同志要团结在中央委员会周围，从十一届三中全会开始，经过十二大，到这次大会，共九年时间。"))
                .isEqualTo(1987);
    }

    @Test
    void datedEventsBoundTheEarliestYear() {
        YearRule.Reading r = YearRule.extract("", "面对突如其来的新冠肺炎疫情，我们坚持人民至上。贯彻党的十九大精神，落实《统一战线工作条例》。");
        assertThat(r.earliest()).isEqualTo(2020);
        assertThat(r.confidence()).isLessThan(0.5);
        assertThat(r.evidence()).extracting(Evidence::rule).contains("earliest");

        YearRule.Reading ahead = YearRule.extract("", "以优异成绩迎接党的二十大胜利召开。2021年全市经济平稳增长。");
        assertThat(ahead.earliest()).isEqualTo(2021);
    }

    @Test
    void thisYearDatesAnEventAtMostTwentyFourCharactersAhead() {
        // 今年 and the event in one clause: 今 24 characters before 新中国成立 is near enough, 25 is
        // not (the clause is cut at 24, leaving 年是… without its 今).
        String near = "今年是全省各族人民在省委的坚强领导下团结奋斗迎来新中国成立70周年的喜庆之年。";
        String far = "今年是全省各族人民在省委的坚强领导下团结奋斗迎来了新中国成立70周年的喜庆之年。";
        assertThat(near.indexOf("新中国") - near.indexOf("今年")).isEqualTo(24);
        assertThat(far.indexOf("新中国") - far.indexOf("今年")).isEqualTo(25);

        assertThat(YearRule.read("", near)).isEqualTo(2019);
        assertThat(YearRule.read("", far)).isNull();
    }

    @Test
    void aBoundWordBeforeTheClausesCommaDoesNotMoveTheBound() {
        // 到 before a congress puts it ahead (到党的十九大召开: 2016 or later), but the 到 of 认识到，
        // ends the clause before the congress, which is then past (2017 or later).
        assertThat(YearRule.extract("", "从现在起到党的十九大召开，我们要做好各项工作。").earliest()).isEqualTo(2016);
        assertThat(YearRule.extract("", "我们深刻认识到，党的十九大确立了新时代的行动指南。").earliest()).isEqualTo(2017);
    }

    @Test
    void documentNumbersBoundTheYearAndDateTheHeader() {
        assertThat(YearRule.read("", "统发〔2003〕5号\n关于加强统一战线工作的情况报告")).isEqualTo(2003);
        assertThat(YearRule.extract("", "根据国发〔2019〕5号文件精神，我市推进有关工作。").earliest()).isEqualTo(2019);
    }

    @Test
    void targetYearsAreNotTheReportsYear() {
        assertThat(YearRule.read("", "到2035年基本实现社会主义现代化。1998年全市生产总值增长8%。")).isEqualTo(1998);
    }

    @Test
    void unknownStaysUnknown() {
        YearRule.Reading r = YearRule.extract("统战情况报告", "今年以来，我县统战工作取得新进展。");
        assertThat(r.year()).isNull();
        assertThat(r.confidence()).isZero();
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(4);
        String alphabet = "年月日今去明是第届次全国人民代表大会会议中共十一二三四五六七八九〇0123456789〔〕号，。\n“”开局之周";
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(400); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            YearRule.Reading r = YearRule.extract(b.substring(0, Math.min(b.length(), 20)), b.toString());
            if (r.year() != null) {
                assertThat(r.year()).isBetween(1900, 2099);
                assertThat(r.confidence()).isBetween(0.0, 1.0);
            }
        }
    }
}
