package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table of dated events, and the names it writes for sessions and plenums. */
class DatedEventsTest {

    /** Session and plenum numbers as the names write them: 第五次会议, 十九届六中全会, and up to 二十三. */
    @Test
    void numbersAreWrittenInChineseNumeralsAsTheNamesWriteThem() {
        assertThat(DatedEvents.numeral(1)).isEqualTo("一");
        assertThat(DatedEvents.numeral(9)).isEqualTo("九");
        assertThat(DatedEvents.numeral(10)).isEqualTo("十");
        assertThat(DatedEvents.numeral(12)).isEqualTo("十二");
        assertThat(DatedEvents.numeral(20)).isEqualTo("二十");
        assertThat(DatedEvents.numeral(23)).isEqualTo("二十三");
    }

    @Test
    void theTableNamesEverySessionOfACongressAndEveryPlenumOfACommittee() {
        assertThat(YearRule.read("", "在第十届全国人民代表大会第五次会议上")).isEqualTo(2007);
        // The seventh plenum of the nineteenth central committee (2022), the last the table gives it.
        assertThat(YearRule.read("", "在中国共产党第十九届中央委员会第七次全体会议上")).isEqualTo(2022);
        assertThat(DatedEvents.congressYear(19)).isEqualTo(2017);
        assertThat(DatedEvents.congressAfter(2017)).isEqualTo(2022);
        assertThat(DatedEvents.congressAfter(2022)).as("none after the last in the table").isNull();
    }
}
