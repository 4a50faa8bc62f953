package govsearch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What users type: words (all must match), "exact phrases" (also “…” and 《…》), -excluded words or
 * -"phrases", and year=2015 or year=2010-2020. A quote left open is closed at the end of the query
 * (a stray quote mark should not fail a whole search). Parameters are checked here so that every bad
 * request gets a message naming the parameter at fault.
 */
public final class QuerySyntax {

    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    /** Marks that open an exact phrase: "…", “…” (also ”…” as typed), and a title's 《…》. */
    private static final String OPENING = "\"“”《";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*[-–~至]\\s*(\\d{4}))?");

    private QuerySyntax() {
    }

    public static SearchQuery parse(String q, String year, String region, String type, Integer page, Integer size) {
        return parse(q, year, region, type, null, page, size);
    }

    /** As {@link #parse(String, String, String, String, Integer, Integer)}, with a work-domain filter. */
    public static SearchQuery parse(String q, String year, String region, String type, String domain, Integer page,
                                    Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 10 : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new BadQuery("page", "page must be between 0 and " + MAX_PAGE + ", got " + p,
                    "页码应在 0 到 " + MAX_PAGE + " 之间，收到的是 " + p + "。");
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw new BadQuery("size", "size must be between 1 and " + MAX_PAGE_SIZE + ", got " + s,
                    "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间，收到的是 " + s + "。");
        }
        YearRange years = year == null || year.isBlank() ? null : years("year", year);
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        if (q != null) {
            if (q.length() > MAX_QUERY_CHARS) {
                throw new BadQuery("q", "q is longer than " + MAX_QUERY_CHARS + " characters (" + q.length() + ")",
                        "检索词最多 " + MAX_QUERY_CHARS + " 个字，现在有 " + q.length() + " 个。");
            }
            YearRange inQuery = terms(q, words, phrases, excluded);
            if (inQuery != null) {
                YearRange both = inQuery.and(years);
                if (both == null) {
                    throw new BadQuery("year", "year " + BadQuery.echo(year) + " and the year= in q do not overlap",
                            "年份“" + BadQuery.echo(year) + "”与检索词中的 year= 没有重叠的年份。");
                }
                years = both;
            }
        }
        return new SearchQuery(words, phrases, excluded, years, region(region), blankToNull(type), p, s,
                blankToNull(domain));
    }

    /** A name (广西, 漯河市, 全国) as given, or a {@link RegionPath} checked and written without stray spaces. */
    private static String region(String region) {
        String r = blankToNull(region);
        return RegionPath.isPath(r) ? RegionPath.parse(r).toString() : r;
    }

    /** Adds an author-level filter (国家, 省, 市, 县, 乡镇/街道); blank means none. */
    public static SearchQuery level(SearchQuery query, String level) {
        if (level == null || level.isBlank()) {
            return query;
        }
        String l = level.strip();
        if (!govsearch.report.Understanding.LEVELS.contains(l)) {
            throw new BadQuery("level", "level must be one of " + String.join(", ", govsearch.report.Understanding.LEVELS)
                    + ", got '" + (l.length() > 20 ? l.substring(0, 20) + "…" : l) + "'",
                    "行政级别只能是" + String.join("、", govsearch.report.Understanding.LEVELS) + "之一，收到的是“"
                            + (l.length() > 20 ? l.substring(0, 20) + "…" : l) + "”。");
        }
        return query.withLevel(l);
    }

    public static final int MAX_CITES_CHARS = 100;

    /**
     * Adds a cited-document filter: part of a title (统一战线工作条例 finds 《中国共产党统一战线工作条例》)
     * or a document number (国发〔2019〕5号, also written with [ ] or 【 】); blank means none.
     */
    public static SearchQuery cites(SearchQuery query, String cites) {
        if (cites == null || cites.isBlank()) {
            return query;
        }
        if (cites.length() > MAX_CITES_CHARS) {
            throw new BadQuery("cites", "cites is longer than " + MAX_CITES_CHARS + " characters (" + cites.length() + ")",
                    "引用文件最多 " + MAX_CITES_CHARS + " 个字，现在有 " + cites.length() + " 个。");
        }
        String key = govsearch.understand.Citations.key(cites);
        if (key.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadQuery("cites", "cites '" + BadQuery.echo(cites.strip()) + "' names no document: give part of a title or a number such as 国发〔2019〕5号",
                    "“" + BadQuery.echo(cites.strip()) + "”不是文件名称：请写文件标题的一部分，或发文字号，如 国发〔2019〕5号。");
        }
        return query.withCites(key);
    }

    /** The longest issuer name a filter takes: 发布机构 names run to some 30 characters. */
    public static final int MAX_ISSUER_CHARS = 100;

    /** The query kept to reports issued by this 发布机构 / 发文机关, exactly as the issuer facet gives it. */
    public static SearchQuery issuer(SearchQuery query, String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return query;
        }
        if (issuer.length() > MAX_ISSUER_CHARS) {
            throw new BadQuery("issuer", "issuer is longer than " + MAX_ISSUER_CHARS + " characters (" + issuer.length() + ")");
        }
        return query.withIssuer(issuer.strip());
    }

    /** Parses "2015" or "2010-2020". */
    public static YearRange years(String param, String value) {
        Matcher m = YEAR.matcher(value.strip());
        if (!m.matches()) {
            throw new BadQuery(param, param + " must be a year like 2015 or a range like 2010-2020, got '" + BadQuery.echo(value) + "'",
                    ChineseParams.name(param) + "应是一个年份（如 2015）或年份范围（如 2010-2020），收到的是“" + BadQuery.echo(value) + "”。");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from > to) {
            throw new BadQuery(param, param + " range " + BadQuery.echo(value) + " ends before it starts",
                    ChineseParams.name(param) + "范围“" + BadQuery.echo(value) + "”的结束年份早于起始年份。");
        }
        return new YearRange(from, to);
    }

    private static YearRange terms(String q, List<String> words, List<String> phrases, List<String> excluded) {
        YearRange years = null;
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            boolean exclude = c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1));
            if (exclude) {
                i++;
                c = q.charAt(i);
            }
            if (OPENING.indexOf(c) >= 0) {
                // a quote left open (a lone ", a 《 without its 》) runs to the end of q, as if closed there
                int close = closingQuote(q, i);
                int end = close < 0 ? n : close;
                String phrase = q.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    (exclude ? excluded : phrases).add(phrase);
                }
                i = end + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end)) && !Character.isSpaceChar(q.charAt(end))
                    && OPENING.indexOf(q.charAt(end)) < 0) {
                end++;
            }
            String word = q.substring(i, end);
            i = end;
            if (!exclude && word.startsWith("year=")) {
                YearRange y = years("q", word.substring(5));
                years = years == null ? y : y.and(years);
                if (years == null) {
                    throw new BadQuery("q", "the year= terms in q do not overlap",
                            "检索词中的几个 year= 没有重叠的年份。");
                }
            } else if (!word.isEmpty()) {
                (exclude ? excluded : words).add(word);
            }
        }
        return years;
    }

    /** Where the quote opened at {@code open} closes, -1 when it is left open. */
    private static int closingQuote(String q, int open) {
        String closers = q.charAt(open) == '《' ? "》" : "\"”";
        for (int i = open + 1; i < q.length(); i++) {
            if (closers.indexOf(q.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The quote mark q leaves open (a lone ", or 《 without its 》), which {@link #parse} closes at the
     * end of q; null when every quote is closed. The search page says the quote was closed for the user.
     */
    public static String unclosedQuote(String q) {
        if (q == null || q.length() > MAX_QUERY_CHARS) {
            return null;
        }
        int i = 0;
        while (i < q.length()) {
            if (OPENING.indexOf(q.charAt(i)) >= 0) {
                int close = closingQuote(q, i);
                if (close < 0) {
                    return String.valueOf(q.charAt(i));
                }
                i = close;
            }
            i++;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
