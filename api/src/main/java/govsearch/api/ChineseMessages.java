package govsearch.api;

import govsearch.index.ChineseParams;
import org.springframework.http.HttpStatus;

/**
 * The Chinese an error body's message falls back on when its thrower gave none: a sentence for the
 * status that names the parameter at fault by what the pages call it (q is 检索词).
 */
final class ChineseMessages {

    private ChineseMessages() {
    }

    /** 检索词 for q; see {@link ChineseParams}. */
    static String param(String param) {
        return ChineseParams.name(param);
    }

    static String generic(HttpStatus status, String param) {
        return switch (status) {
            case BAD_REQUEST -> param == null ? "请求有误，无法处理。" : "参数“" + param(Params.abbreviate(param)) + "”的值无法使用。";
            case UNAUTHORIZED -> "需要有效的管理令牌。";
            case FORBIDDEN -> "此接口未启用。";
            case NOT_FOUND -> "没有找到所请求的内容。";
            case METHOD_NOT_ALLOWED -> "此接口不接受这种请求方法。";
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "不支持这种数据格式。";
            case CONTENT_TOO_LARGE -> "请求的内容超过了服务的上限。";
            case TOO_MANY_REQUESTS -> "请求过于频繁，请稍后再试。";
            case SERVICE_UNAVAILABLE -> "服务暂时不可用，请稍后再试。";
            case INTERNAL_SERVER_ERROR -> "服务器内部出错，详情已记入服务器日志。";
            default -> "请求未能完成（状态 " + status.value() + "）。";
        };
    }
}
