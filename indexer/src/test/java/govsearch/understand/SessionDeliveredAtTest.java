package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Evidence;
import org.junit.jupiter.api.Test;

/**
 * The session or congress a report was delivered at, named in its opening lines, dates it with the
 * weight of a session (YearRule.SESSION), stronger than the named events that only bound the year.
 * Each form the rule knows is tried alone here, and the evidence is checked, not only the year: a
 * session named in the opening also bounds the earliest year, and on its own that bound gives the
 * same year, weakly (rule "earliest-possible"). These tests see the difference.
 */
class SessionDeliveredAtTest {

    private static final String SESSION = "opening-session";

    /** The one opening-session evidence of a text, which must date it to {@code year}. */
    private static Evidence deliveredAt(String text, int year) {
        YearRule.Reading r = YearRule.extract("", text);
        assertThat(r.year()).as(text).isEqualTo(year);
        assertThat(r.evidence()).as(text).filteredOn(e -> e.rule().equals(SESSION)).hasSize(1);
        return r.evidence().stream().filter(e -> e.rule().equals(SESSION)).findFirst().orElseThrow();
    }

    private static void notDeliveredAt(String text) {
        assertThat(YearRule.extract("", text).evidence()).as(text).noneMatch(e -> e.rule().equals(SESSION));
    }

    @Test
    void atTheSession在上() {
        assertThat(deliveredAt("——在第十三届全国人民代表大会第二次会议上\n各位代表：", 2019).quote())
                .isEqualTo("第十三届全国人民代表大会第二次会议");
        // Zhou Enlai's report of 1954 names the state before the session.
        assertThat(deliveredAt("在中华人民共和国第一届全国人民代表大会第一次会议上的政府工作报告", 1954).quote())
                .isEqualTo("第一届全国人民代表大会第一次会议");
        // A plenum: the sixth of the nineteenth central committee, 2021.
        assertThat(deliveredAt("在中国共产党第十九届中央委员会第六次全体会议上的讲话", 2021).quote())
                .isEqualTo("第十九届中央委员会第六次全体会议");
    }

    @Test
    void toTheSession向作报告或提出() {
        assertThat(deliveredAt("同志们：\n我受中央委员会的委托，向第十二次全国代表大会作报告。", 1982).quote())
                .isEqualTo("第十二次全国代表大会");
        // The Politburo reports its work to a plenum.
        assertThat(deliveredAt("中央政治局向中国共产党第十九届中央委员会第六次全体会议报告工作。", 2021).quote())
                .isEqualTo("第十九届中央委员会第六次全体会议");
        assertThat(deliveredAt("各位代表：\n现在，我代表国务院向第八届全国人民代表大会第五次会议提出政府工作报告，请予审议。", 1997).quote())
                .isEqualTo("第八届全国人民代表大会第五次会议");
        assertThat(deliveredAt("各位代表：\n我代表国务院向第一届全国人民代表大会第五次会议，提出国民经济计划草案的报告。", 1958).quote())
                .isEqualTo("第一届全国人民代表大会第五次会议");
    }

    /** A resolution or an opening speech starts a line with the session's full name. */
    @Test
    void aFullNameThatStartsALine() {
        assertThat(deliveredAt("第十一届全国人民代表大会第三次会议听取和审议了国务院总理所作的政府工作报告。", 2010).quote())
                .isEqualTo("第十一届全国人民代表大会第三次会议");
        assertThat(deliveredAt("决议\n第十一届全国人民代表大会第二次会议审议了国务院提出的报告。", 2009).quote())
                .isEqualTo("第十一届全国人民代表大会第二次会议");
        // Line ends of a single carriage return, as in texts saved on old Macs.
        assertThat(deliveredAt("决议\r第十届全国人民代表大会第五次会议，听取了国务院的报告。", 2007).quote())
                .isEqualTo("第十届全国人民代表大会第五次会议");
        assertThat(deliveredAt("同志们！\n中国共产党第十次全国代表大会是在粉碎了林彪反党集团的形势下召开的。", 1973).quote())
                .isEqualTo("中国共产党第十次全国代表大会");
        assertThat(deliveredAt("同志们：\n中国共产党第十二次全国代表大会现在开幕。", 1982).quote())
                .isEqualTo("中国共产党第十二次全国代表大会");
    }

    @Test
    void aSessionNamedOtherwiseInTheOpeningOnlyBoundsTheYear() {
        // A short name at the start of a line is talk about the congress, not its opening.
        notDeliveredAt("同志们：\n党的十九大是在全面建成小康社会决胜阶段召开的一次十分重要的大会。");
        notDeliveredAt("各位代表：\n回顾第十二届全国人民代表大会第四次会议上确定的目标，各项任务基本完成。");
        notDeliveredAt("各位代表：\n我们向第十九次全国代表大会献礼，各项工作取得新进展。");
        notDeliveredAt("决议\n第十三届全国人民代表大会第一次会议选举产生了新一届国家机构领导人员。");
        notDeliveredAt("各位代表：\n自党的十一届三中全会以来，我们坚持改革开放。");
    }

    /**
     * 十二大以来 … 本次大会, in a report to the Party congress: the report is to the congress after
     * the last one it names as behind it (the twelfth, 1982, so the thirteenth, 1987). Without a
     * word for this congress (这次大会, 本次大会) the text only names the twelfth.
     */
    @Test
    void theCongressAfterTheOneBehindIt() {
        YearRule.Reading thirteenth = YearRule.extract("", "十二大以来，全党同志紧密团结在中央委员会周围。本次大会的任务是加快和深化改革。");
        assertThat(thirteenth.year()).isEqualTo(1987);
        assertThat(thirteenth.evidence()).extracting(Evidence::rule).contains("next-congress");

        YearRule.Reading noThisCongress = YearRule.extract("", "十二大以来，全党同志紧密团结在中央委员会周围，加快和深化改革。");
        assertThat(noThisCongress.year()).isEqualTo(1982);
        assertThat(noThisCongress.evidence()).extracting(Evidence::rule).doesNotContain("next-congress");
    }
}
