package govsearch.crawler.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The publish date a page prints: 发布时间：2021-03-05, 发布日期：2021年3月5日, 时间：2021/03/05 15:20. */
final class PublishDate {

    private static final String DATE = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})";
    private static final Pattern LABELLED = Pattern.compile(
            "(?:发布|发表|更新|上传)?(?:时间|日期)\\s*[:：]\\s*" + DATE);
    private static final Pattern BARE = Pattern.compile("(?<!\\d)" + DATE + "(?!\\d)");

    private PublishDate() {
    }

    /** The first labelled date in the text, or null. */
    static LocalDate labelled(String text) {
        return first(LABELLED.matcher(text));
    }

    /** The first labelled date, else the first date at all (for a rule's date element), or null. */
    static LocalDate any(String text) {
        LocalDate d = labelled(text);
        return d != null ? d : first(BARE.matcher(text));
    }

    private static LocalDate first(Matcher m) {
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException notADate) {
                // 2021-13-45 and the like: look further
            }
        }
        return null;
    }
}
