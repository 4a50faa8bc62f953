package govsearch.crawler.page;

import java.util.regex.Pattern;

/**
 * Site chrome by its words: rating, related and popular lists, download buttons, previous/next
 * links and copyright lines. None of it is ever part of a report.
 */
final class Chrome {

    /** Longer than this, a block or line is content that happens to mention such words. */
    static final int MAX_CHROME_LENGTH = 100;

    private static final Pattern WORDS = Pattern.compile(
            "^[\\s【\\[(（]*(推荐度|相关.{0,4}(信息|文章|阅读|推荐|范文)|热门.{0,4}(信息|文章|推荐|范文)|点击下载|"
                    + "下载.{0,6}(文档|文章|全文|word)|上一篇|下一篇|版权所有|copyright|©|查看人数|分享到|"
                    + "本文(链接|地址)|猜你喜欢|返回(首页|顶部)|免责声明|"
                    + "发布(时间|日期)|浏览次数|阅读次数|点击数|字号|打印本页|关闭窗口|当前位置|您的位置|您现在的位置|"
                    // a government portal's tools line: 【字体：大 中 小】【打印本页】【关闭窗口】, 扫一扫在手机打开
                    + "字体|大\\s*中\\s*小|打印|关闭(本页|窗口)?$|收藏本页|加入收藏|扫一扫|访问量|阅读量|浏览量|【\\s*关闭)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANYWHERE = Pattern.compile(
            "版权所有|all rights reserved|ICP备|ICP证", Pattern.CASE_INSENSITIVE);

    /** A template site's note before the reports: 下面是小编为大家整理的…，欢迎阅读参考。 */
    private static final Pattern EDITOR_NOTE = Pattern.compile(
            "小编|^(下面|以下)是.{0,60}(欢迎|参考|借鉴|希望|仅供)");

    private Chrome() {
    }

    static boolean isEditorNote(String line) {
        return line.length() <= 150 && EDITOR_NOTE.matcher(line).find();
    }

    /** True when a short block or line starts with chrome words, or carries a copyright notice. */
    static boolean isChrome(String text) {
        String t = text.strip();
        return t.length() <= MAX_CHROME_LENGTH && (WORDS.matcher(t).find() || ANYWHERE.matcher(t).find());
    }
}
