package govsearch.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The 政府信息公开 table a government portal prints above a published document (索引号, 主题分类,
 * 发布机构 or 发文机关, 成文日期, 发布日期, 标题, 发文字号, 有效性), as read from the page. The title and
 * 发布日期 go to the report's own title and publishedAt; the rest stay here. Any value may be null.
 *
 * @param issuer         发布机构 / 发文机关: who issued it (内江市人民政府办公室)
 * @param writtenAt      成文日期: the date it was written, kept apart from the date it was published
 * @param documentNumber 发文字号 (内府发〔2025〕3号)
 * @param indexNumber    索引号 (008592113/2025-00012)
 * @param topic          主题分类 (综合政务/政府工作报告)
 * @param validity       有效性 (有效, 废止 …)
 * @param evidence       each value as the page printed it: rule is the field (issuer, writtenAt,
 *                       publishedAt, title, documentNumber, indexNumber, topic, validity), quote the
 *                       label and value as written, says the value read
 */
public record Disclosure(String issuer, LocalDate writtenAt, String documentNumber, String indexNumber, String topic,
                         String validity, List<Evidence> evidence) {

    public Disclosure {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The evidence of one field, or null when the table had no such value. */
    public Evidence of(String field) {
        return evidence.stream().filter(e -> e.rule().equals(field)).findFirst().orElse(null);
    }
}
