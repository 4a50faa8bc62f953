package govsearch.report;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule that gives {@link Evidence} for a reading of a report, with the Chinese name the
 * report page shows for it. The readers make evidence from these constants only, so a new rule
 * cannot reach a page without a name; {@link Evidence#rule()} keeps the short id for programs.
 */
public enum EvidenceRule {
    LABEL("label", "来源标注"),
    TITLE("title", "标题"),
    TITLE_YEAR("title-year", "标题中的年份"),
    INFERRED_TITLE("inferred-title", "标题据正文推断"),
    STRUCTURE("structure", "报告的固定格式"),
    MENTION("mention", "地名出现次数"),
    REGION("region", "地区"),
    SELF_REFERENCE("self-reference", "自称"),
    OPENING_DATE("opening-date", "开头的日期"),
    CLOSING_DATE("closing-date", "落款日期"),
    OPENING_SESSION("opening-session", "所在会议"),
    NEXT_CONGRESS("next-congress", "下一次大会"),
    DOCUMENT_NUMBER("document-number", "发文字号"),
    REVIEW("review", "回顾部分"),
    PLAN_HEADING("plan-heading", "当年部署的标题"),
    PLAN("plan", "当年的计划"),
    PLAN_NEXT_YEAR("plan-next-year", "明年的计划"),
    THIS_YEAR("this-year", "“今年”的说法"),
    LAST_YEAR("last-year", "“去年”的说法"),
    LATEST_YEAR("latest-year", "文中最晚的年份"),
    EARLIEST_POSSIBLE("earliest-possible", "所提事件的年份"),
    EARLIEST("earliest", "提到的最晚事件"),
    VOCABULARY("vocabulary", "用语的年代");

    private static final Map<String, EvidenceRule> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EvidenceRule::id, Function.identity()));

    private final String id;
    private final String chineseName;

    EvidenceRule(String id, String chineseName) {
        this.id = id;
        this.chineseName = chineseName;
    }

    /** The short id stored in the index and sent by the API: "opening-date". */
    public String id() {
        return id;
    }

    /** What the report page calls the rule: 开头的日期. */
    public String chineseName() {
        return chineseName;
    }

    /** The rule with this id; empty for an id an index written by a newer version may hold. */
    public static Optional<EvidenceRule> of(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
