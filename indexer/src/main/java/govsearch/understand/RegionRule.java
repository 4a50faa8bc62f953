package govsearch.understand;

import govsearch.report.Region;
import java.util.regex.Pattern;

/** Where a report comes from, read from its text. */
public final class RegionRule {

    private static final Pattern NATIONAL = Pattern.compile("我代表国务院|中共中央委员会|全国人民代表大会第.{1,4}次会议(?:关于|听取)|中国共产党第.{1,4}次全国代表大会");

    private RegionRule() {
    }

    public static Region read(String title, String text) {
        String opening = text.length() > 600 ? text.substring(0, 600) : text;
        if (NATIONAL.matcher(opening).find() || (title != null && NATIONAL.matcher(title).find())) {
            return Region.NATIONWIDE;
        }
        return Region.UNKNOWN;
    }
}
