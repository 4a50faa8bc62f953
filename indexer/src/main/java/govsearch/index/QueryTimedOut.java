package govsearch.index;

/** A search or analysis ran past the per-query time limit and was stopped; its partial answer is dropped. */
public final class QueryTimedOut extends RuntimeException {

    private final long limitMs;

    public QueryTimedOut(long limitMs) {
        super("the query ran longer than the " + limitMs + " ms limit and was stopped; narrow it (fewer years, "
                + "a region, more specific terms) or retry later");
        this.limitMs = limitMs;
    }

    /** The message as the pages show it. */
    public String chinese() {
        return "查询超过了 " + limitMs + " 毫秒的时限，已停止。请缩小范围（少选几年、限定地区、用更具体的词）或稍后再试。";
    }

    public long limitMs() {
        return limitMs;
    }
}
