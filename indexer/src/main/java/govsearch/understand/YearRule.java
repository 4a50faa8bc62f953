package govsearch.understand;

import govsearch.report.ChineseNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report was written or delivered, from its title and opening — never the date a page
 * was published or crawled. A work report that reviews 2018 ("2018年工作回顾") is a 2019 report.
 * Unknown stays null.
 */
public final class YearRule {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年\\s*\\d{1,2}月\\s*\\d{1,2}日");
    private static final Pattern CN_DATE = Pattern.compile("([〇零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日");
    private static final Pattern REVIEW = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(?:工作)?回顾");
    private static final int OPENING = 400;

    private YearRule() {
    }

    public static Integer read(String title, String text) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
        Matcher date = DATE.matcher(opening);
        if (date.find()) {
            return Integer.valueOf(date.group(1));
        }
        Matcher cn = CN_DATE.matcher(opening);
        if (cn.find()) {
            int y = ChineseNumber.parse(cn.group(1));
            if (y >= 1900 && y < 2100) {
                return y;
            }
        }
        Matcher review = REVIEW.matcher(text.length() > 4 * OPENING ? text.substring(0, 4 * OPENING) : text);
        if (review.find()) {
            return Integer.parseInt(review.group(1)) + 1;
        }
        return null;
    }
}
