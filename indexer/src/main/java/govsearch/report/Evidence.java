package govsearch.report;

/**
 * Why a reading of a report (its year, region, type, level, domain) came out as it did: the rule
 * that fired, the words of the text it fired on, where, and how much it weighed.
 *
 * @param rule   short id of an {@link EvidenceRule}: "title-year", "opening-date", "review", "mention" …
 * @param quote  the words of the text the rule fired on, as written (at most a short clause)
 * @param offset char offset of the quote in the text read, -1 when it has no single place
 * @param says   what the evidence points to: "2019", "河南省 漯河市 舞阳县", "政府工作报告"
 * @param weight what it contributed; comparable only between evidence of the same reading
 */
public record Evidence(String rule, String quote, int offset, String says, double weight) {

    public Evidence {
        quote = quote == null ? "" : quote;
        says = says == null ? "" : says;
    }

    public Evidence(EvidenceRule rule, String quote, int offset, String says, double weight) {
        this(rule.id(), quote, offset, says, weight);
    }

    /** The rule's Chinese name (开头的日期); the id itself for a rule this version does not know. */
    public String ruleName() {
        return EvidenceRule.of(rule).map(EvidenceRule::chineseName).orElse(rule);
    }
}
