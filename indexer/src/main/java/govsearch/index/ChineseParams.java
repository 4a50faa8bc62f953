package govsearch.index;

import java.util.Map;

/**
 * What the pages call each request parameter (q is 检索词), for the Chinese messages of errors that
 * name a parameter. A parameter not listed is named as sent.
 */
public final class ChineseParams {

    private static final Map<String, String> PARAMS = Map.ofEntries(
            Map.entry("q", "检索词"), Map.entry("year", "年份"), Map.entry("region", "地区"),
            Map.entry("type", "报告类型"), Map.entry("domain", "工作领域"), Map.entry("level", "行政级别"),
            Map.entry("cites", "引用文件"), Map.entry("page", "页码"), Map.entry("size", "每页条数"),
            Map.entry("term", "词语"), Map.entry("from", "起始年份"), Map.entry("to", "截止年份"),
            Map.entry("mode", "度量方式"), Map.entry("smooth", "平滑年数"), Map.entry("format", "格式"),
            Map.entry("sort", "排序方式"), Map.entry("width", "语境宽度"), Map.entry("text", "文字"),
            Map.entry("phrase", "短语"), Map.entry("words", "词表"), Map.entry("body", "请求内容"),
            Map.entry("seeds", "起始网址"), Map.entry("roots", "文件清单"), Map.entry("file", "文件"),
            Map.entry("path", "网址路径"), Map.entry("query", "网址参数"), Map.entry("left", "左侧"),
            Map.entry("right", "右侧"));

    private ChineseParams() {
    }

    /** 检索词 for q; left.year is 左侧的年份; a name not known comes back as it is. */
    public static String name(String param) {
        if (param == null) {
            return "";
        }
        int dot = param.indexOf('.');
        if (dot > 0 && PARAMS.containsKey(param.substring(0, dot)) && PARAMS.containsKey(param.substring(dot + 1))) {
            return PARAMS.get(param.substring(0, dot)) + "的" + PARAMS.get(param.substring(dot + 1));
        }
        return PARAMS.getOrDefault(param, param);
    }
}
