package govsearch.crawler.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A breadcrumb such as 当前位置：首页 > 报告大全 > 工作报告 > 情况报告, read as its segments. */
final class Breadcrumb {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:>|＞|»|›|→|/|\\\\)+\\s*");
    private static final Pattern LEAD = Pattern.compile("^.{0,8}?(当前位置|您的位置|您现在的位置|所在位置|位置)\\s*[:：]\\s*");
    /** A report kind: 工作报告, 情况报告, 调研报告, 述职报告, 工作总结, 报告 … but not 报告大全. */
    private static final Pattern KIND = Pattern.compile("^\\p{IsHan}{0,6}(报告|总结)$");

    private Breadcrumb() {
    }

    static List<String> segments(String breadcrumb) {
        if (breadcrumb == null) {
            return List.of();
        }
        String s = LEAD.matcher(BlockText.clean(breadcrumb)).replaceFirst("");
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(s)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * The report kind the breadcrumb ends with (its last segment, or the one before when the last is
     * the page's own title), or null when that segment names no report kind.
     */
    static String docType(String breadcrumb, String pageTitle) {
        List<String> parts = new ArrayList<>(segments(breadcrumb));
        if (!parts.isEmpty() && (parts.getLast().equals(pageTitle) || parts.getLast().equals("正文"))) {
            parts.removeLast();
        }
        if (parts.isEmpty()) {
            return null;
        }
        String last = parts.getLast();
        return KIND.matcher(last).matches() ? last : null;
    }
}
