package govsearch.report;

/** Chinese numerals as used in headings and dates: 三, 十二, 二十三, 一百零五, 二〇二六 (digit by digit). */
public final class ChineseNumber {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value, or -1 when the string is not a Chinese numeral. */
    public static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        if (s.indexOf('十') < 0 && s.indexOf('百') < 0 && s.length() > 1) {
            int v = 0;
            for (char c : s.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        if (c == '零' || c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
