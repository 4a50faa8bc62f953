package govsearch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What users type: words (all must match), "exact phrases" (also “…”), -excluded words or
 * -"phrases", and year=2015 or year=2010-2020. Parameters are checked here so that every bad
 * request gets a message naming the parameter at fault.
 */
public final class QuerySyntax {

    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

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
            throw new BadQuery("page", "page must be between 0 and " + MAX_PAGE + ", got " + p);
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw new BadQuery("size", "size must be between 1 and " + MAX_PAGE_SIZE + ", got " + s);
        }
        YearRange years = year == null || year.isBlank() ? null : years("year", year);
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        if (q != null) {
            if (q.length() > MAX_QUERY_CHARS) {
                throw new BadQuery("q", "q is longer than " + MAX_QUERY_CHARS + " characters (" + q.length() + ")");
            }
            YearRange inQuery = terms(q, words, phrases, excluded);
            if (inQuery != null) {
                YearRange both = inQuery.and(years);
                if (both == null) {
                    throw new BadQuery("year", "year " + BadQuery.echo(year) + " and the year= in q do not overlap");
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
                    + ", got '" + (l.length() > 20 ? l.substring(0, 20) + "…" : l) + "'");
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
            throw new BadQuery("cites", "cites is longer than " + MAX_CITES_CHARS + " characters (" + cites.length() + ")");
        }
        String key = govsearch.understand.Citations.key(cites);
        if (key.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadQuery("cites", "cites '" + BadQuery.echo(cites.strip()) + "' names no document: give part of a title or a number such as 国发〔2019〕5号");
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
            throw new BadQuery(param, param + " must be a year like 2015 or a range like 2010-2020, got '" + BadQuery.echo(value) + "'");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from > to) {
            throw new BadQuery(param, param + " range " + BadQuery.echo(value) + " ends before it starts");
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
            if (c == '"' || c == '“' || c == '”') {
                int close = closingQuote(q, i + 1);
                if (close < 0) {
                    throw new BadQuery("q", "unclosed quote in q at character " + (i + 1));
                }
                String phrase = q.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) {
                    (exclude ? excluded : phrases).add(phrase);
                }
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(q.charAt(end)) && !Character.isSpaceChar(q.charAt(end))
                    && "\"“”".indexOf(q.charAt(end)) < 0) {
                end++;
            }
            String word = q.substring(i, end);
            i = end;
            if (!exclude && word.startsWith("year=")) {
                YearRange y = years("q", word.substring(5));
                years = years == null ? y : y.and(years);
                if (years == null) {
                    throw new BadQuery("q", "the year= terms in q do not overlap");
                }
            } else if (!word.isEmpty()) {
                (exclude ? excluded : words).add(word);
            }
        }
        return years;
    }

    private static int closingQuote(String q, int from) {
        for (int i = from; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '"' || c == '”') {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
