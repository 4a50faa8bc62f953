package govsearch.report;

/**
 * Why a reading of a report (its year, region, type, level, domain) came out as it did: the rule
 * that fired, the words of the text it fired on, where, and how much it weighed.
 *
 * @param rule   short rule name: "title-year", "opening-date", "review", "mention", "signature" …
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
}
