package govsearch.index;

import java.util.List;

/**
 * A parsed search: what must match, what must not, and the facet filters. Build it with
 * {@link QuerySyntax#parse} from what a user typed.
 *
 * @param words    each must match (as IK words, or as the literal string)
 * @param phrases  each must match exactly, character for character after folding
 * @param excluded words or phrases that must not occur in the section
 * @param years    null for any year
 * @param region   a name of any level (广西, 广西壮族自治区, 漯河市, 鼓楼区, 全国) or one node of the region
 *                 tree as a {@link RegionPath} (福建省/福州市/鼓楼区); null for anywhere
 * @param docType  null for any type
 * @param page     0-based page of reports
 * @param size     reports per page
 * @param domain   work domain a matching section must have (统一战线, 脱贫攻坚 …); null for any
 * @param level    the administrative level of the report's author (国家, 省 …); null for any
 * @param cites    part of a document a matching section cites, as {@link govsearch.understand.Citations#key}
 *                 writes them (统一战线工作条例, 国发〔2019〕5号); null for any
 * @param issuer   who issued the report, exactly as its page's 政府信息公开 table names them
 *                 (发布机构 / 发文机关: 内江市人民政府办公室); null for any
 */
public record SearchQuery(List<String> words, List<String> phrases, List<String> excluded, YearRange years,
                          String region, String docType, int page, int size, String domain, String level,
                          String cites, String issuer) {

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    /** A query with no issuer filter, as before there was one. */
    public SearchQuery(List<String> words, List<String> phrases, List<String> excluded, YearRange years,
                       String region, String docType, int page, int size, String domain, String level, String cites) {
        this(words, phrases, excluded, years, region, docType, page, size, domain, level, cites, null);
    }

    /** A query with no domain filter, as before there was one. */
    public SearchQuery(List<String> words, List<String> phrases, List<String> excluded, YearRange years,
                       String region, String docType, int page, int size) {
        this(words, phrases, excluded, years, region, docType, page, size, null, null, null);
    }

    public SearchQuery(List<String> words, List<String> phrases, List<String> excluded, YearRange years,
                       String region, String docType, int page, int size, String domain) {
        this(words, phrases, excluded, years, region, docType, page, size, domain, null, null);
    }

    public SearchQuery(List<String> words, List<String> phrases, List<String> excluded, YearRange years,
                       String region, String docType, int page, int size, String domain, String level) {
        this(words, phrases, excluded, years, region, docType, page, size, domain, level, null);
    }

    /** The same search, kept to reports whose author writes at this administrative level. */
    public SearchQuery withLevel(String level) {
        return new SearchQuery(words, phrases, excluded, years, region, docType, page, size, domain, level, cites, issuer);
    }

    /** The same search, kept to reports issued by this 发布机构 / 发文机关. */
    public SearchQuery withIssuer(String issuer) {
        return new SearchQuery(words, phrases, excluded, years, region, docType, page, size, domain, level, cites, issuer);
    }

    /** The same search, kept to reports of this type (政府工作报告 …). */
    public SearchQuery withDocType(String docType) {
        return new SearchQuery(words, phrases, excluded, years, region, docType, page, size, domain, level, cites);
    }

    /** The same search, kept to reports of these years. */
    public SearchQuery withYears(YearRange years) {
        return new SearchQuery(words, phrases, excluded, years, region, docType, page, size, domain, level, cites);
    }

    /** The same search, kept to sections citing a document whose {@link govsearch.understand.Citations#key} holds this. */
    public SearchQuery withCites(String cites) {
        return new SearchQuery(words, phrases, excluded, years, region, docType, page, size, domain, level, cites, issuer);
    }

    /**
     * The cites filter as a wildcard pattern over the cited-document keys: the value anywhere in
     * one, its own {@code *}, {@code ?} and backslash taken literally (both backends' syntax).
     */
    public String citesPattern() {
        return cites == null ? null : "*" + cites.replaceAll("([*?\\\\])", "\\\\$1") + "*";
    }

    public boolean matchesEverything() {
        return words.isEmpty() && phrases.isEmpty();
    }
}
