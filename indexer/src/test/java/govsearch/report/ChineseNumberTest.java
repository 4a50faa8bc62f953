package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumberTest {

    @Test
    void readsHeadingAndDateNumerals() {
        assertThat(ChineseNumber.parse("三")).isEqualTo(3);
        assertThat(ChineseNumber.parse("十")).isEqualTo(10);
        assertThat(ChineseNumber.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumber.parse("二十三")).isEqualTo(23);
        assertThat(ChineseNumber.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumber.parse("二〇二六")).isEqualTo(2026);
        assertThat(ChineseNumber.parse("二○一七".replace('○', '〇'))).isEqualTo(2017);
        assertThat(ChineseNumber.parse("二零二零")).isEqualTo(2020);
        assertThat(ChineseNumber.parse("两")).isEqualTo(2);
        assertThat(ChineseNumber.parse("两百")).isEqualTo(200);
        // A leading 十 or 百 counts one of it.
        assertThat(ChineseNumber.parse("百零五")).isEqualTo(105);
        assertThat(ChineseNumber.parse("一百二十")).isEqualTo(120);
    }

    @Test
    void anythingElseIsMinusOne() {
        assertThat(ChineseNumber.parse("")).isEqualTo(-1);
        assertThat(ChineseNumber.parse("三世")).isEqualTo(-1);
        assertThat(ChineseNumber.parse("三十世")).isEqualTo(-1);
        assertThat(ChineseNumber.parse("x")).isEqualTo(-1);
    }
}
