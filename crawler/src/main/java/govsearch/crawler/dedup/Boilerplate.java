package govsearch.crawler.dedup;

import java.util.List;
import java.util.Locale;

/**
 * The lines a repost adds or changes around the same report, which say nothing of the report:
 * repost and source notes (本文转载自…, 来源：…, 作者：…, 责任编辑：…), publish dates and
 * counters (发布时间：…, 浏览次数：…), lines that are only a date, and the chrome a copying site
 * leaves in (当前位置…, 上一篇…, 相关推荐…). Dedup compares texts without them. Plain string
 * searches, not regular expressions: this runs over every line of every report read.
 */
public final class Boilerplate {

    /** Longer than this, a line is content even when it mentions such words. */
    static final int MAX_LENGTH = 80;

    private static final List<String> ANYWHERE = List.of("转载", "来源:", "来源：", "出处:", "出处：", "作者:", "作者：",
            "编辑:", "编辑：", "审核:", "审核：", "校对:", "校对：", "稿源", "原文链接", "原文地址", "本文链接", "本文地址",
            "本文来自", "本文来源", "浏览次数", "阅读次数", "点击次数", "查看次数", "浏览量", "阅读量", "点击量", "点击数",
            "查看人数", "浏览人数", "当前位置", "您的位置", "您现在的位置", "上一篇", "下一篇", "相关推荐", "相关阅读",
            "相关文章", "相关信息", "相关范文", "热门推荐", "热门文章", "热门信息", "猜你喜欢", "分享到", "扫一扫",
            "打印本页", "关闭窗口", "字号", "版权所有", "icp备", "copyright", "免责声明", "侵权", "联系删除", "仅供参考",
            "欢迎阅读", "欢迎参考", "欢迎借鉴");
    private static final List<String> AT_START = List.of("发布时间", "发布日期", "更新时间", "更新日期", "发表时间",
            "发表日期", "录入时间", "日期:", "日期：", "时间:", "时间：");
    /** The characters of a line that is a date and nothing else: 2020年12月15日, 2021-03-05 10:20. */
    private static final String DATE_CHARS = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十年月日号时分秒"
            + " \t\u3000-/.:：,，。()（）";

    private Boilerplate() {
    }

    public static boolean isBoilerplate(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (t.length() > MAX_LENGTH) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String w : ANYWHERE) {
            if (lower.contains(w)) {
                return true;
            }
        }
        String head = stripOpening(lower);
        for (String w : AT_START) {
            if (head.startsWith(w)) {
                return true;
            }
        }
        return isDateOnly(t);
    }

    /** {@code text} without its boilerplate lines. */
    public static String strip(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String line = text.substring(from, to);
            if (!isBoilerplate(line)) {
                sb.append(line).append('\n');
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return sb.toString();
    }

    private static String stripOpening(String t) {
        int i = 0;
        while (i < t.length() && "【[(（".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return t.substring(i);
    }

    private static boolean isDateOnly(String t) {
        boolean dated = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (DATE_CHARS.indexOf(c) < 0) {
                return false;
            }
            dated |= c == '年' || c == '月' || Character.isDigit(c);
        }
        return dated;
    }
}
