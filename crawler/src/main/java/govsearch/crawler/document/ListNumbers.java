package govsearch.crawler.document;

import java.util.HashMap;
import java.util.Map;

/**
 * The number text Word shows before a list paragraph (一、 （二） 3.), which the file stores only as
 * a list definition: a counter per list and level, a number format and a level text such as
 * "%1、" or "（%2）". Without it a heading numbered by Word reaches the section parser bare.
 */
final class ListNumbers {

    private static final String CN = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final Map<String, int[]> counters = new HashMap<>();

    /**
     * Counts one more paragraph of {@code list} at {@code level} and gives its number text.
     *
     * @param levelText Word's template: %1 … %9 stand for the counters of levels 1 … 9
     * @param formats   the number format of each level (Word's names: decimal, chineseCounting …)
     * @param starts    each level's first value
     * @param restart   whether this paragraph's list instance starts its level anew (a start override)
     */
    String next(String list, int level, String levelText, String[] formats, int[] starts, boolean restart) {
        int[] c = counters.computeIfAbsent(list, k -> new int[9]);
        if (level < 0 || level > 8) {
            return "";
        }
        c[level] = c[level] == 0 || restart ? starts[level] : c[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            c[deeper] = 0;
        }
        if (levelText == null || "bullet".equals(formats[level]) || "none".equals(formats[level])) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < levelText.length(); i++) {
            char ch = levelText.charAt(i);
            if (ch == '%' && i + 1 < levelText.length() && levelText.charAt(i + 1) >= '1' && levelText.charAt(i + 1) <= '9') {
                int l = levelText.charAt(++i) - '1';
                out.append(format(Math.max(c[l], l <= level ? starts[l] : 0), formats[l]));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static String format(int n, String format) {
        if (format == null) {
            return Integer.toString(n);
        }
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : Integer.toString(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> Integer.toString(n).chars()
                    .collect(StringBuilder::new, (b, d) -> b.append((char) ('０' + d - '0')), StringBuilder::append).toString();
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "lowerLetter" -> letters(n, 'a');
            case "upperLetter" -> letters(n, 'A');
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    /** 一 … 十, 十一, 二十, 一百零五: the counting numbers of Chinese documents. */
    static String chinese(int n) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(CN.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : CN.charAt(n % 10));
        }
        if (n < 100) {
            return CN.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(CN.charAt(n % 10)));
        }
        if (n < 1000) {
            int rest = n % 100;
            return CN.charAt(n / 100) + "百" + (rest == 0 ? "" : rest < 10 ? "零" + CN.charAt(rest) : rest < 20 ? "一" + chinese(rest) : chinese(rest));
        }
        int rest = n % 1000;
        return CN.charAt(n / 1000) + "千" + (rest == 0 ? "" : rest < 100 ? "零" + chinese(rest) : chinese(rest));
    }

    private static String letters(int n, char a) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char ch = (char) (a + (n - 1) % 26);
        return String.valueOf(ch).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            for (; n >= v[i]; n -= v[i]) {
                out.append(s[i]);
            }
        }
        return out.toString();
    }
}
