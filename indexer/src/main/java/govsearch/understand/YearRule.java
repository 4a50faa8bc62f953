package govsearch.understand;

import govsearch.report.EvidenceRule;
import govsearch.analysis.Folding;
import govsearch.report.ChineseNumber;
import govsearch.report.Evidence;
import govsearch.report.Understanding.YearRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report was written or delivered — never the date a page was published or crawled.
 * Unknown stays null. See {@code docs/design/report-year.md}.
 *
 * <p>Evidence, strongest first: a year in the title (2025年河北省政府工作报告); a full date in the
 * opening lines or the closing signature (2019年3月5日, 二〇二六年一月二十七日); the session or congress
 * the report was delivered at, named in the opening (第十三届全国人民代表大会第二次会议, 党的第十二次全国代表大会);
 * the document number in the header (统发〔2003〕5号); a review of the year before (2018年工作回顾 → 2019);
 * the year's own plan (2019年政府工作的总体要求); 今年/去年 against a dated anchor (今年是新中国成立70周年,
 * 今年是“十四五”开局之年, 去年三月第五届全国人民代表大会第一次会议). Dated events the text names (党的十九大,
 * 新冠肺炎疫情, cited document numbers) bound the earliest possible year; as a last resort the latest
 * year the text names as past is taken, with a low confidence.
 */
public final class YearRule {

    /**
     * The year, how sure (0 to 1), the earliest year the named events allow, and why. A text that
     * names no year of its own has no year but, when its events or its vocabulary bound it, a range.
     */
    public record Reading(Integer year, double confidence, Integer earliest, YearRange range, List<Evidence> evidence) {

        public Reading {
            evidence = List.copyOf(evidence);
        }

        static final Reading UNKNOWN = new Reading(null, 0, null, null, List.of());
    }

    static final int OPENING = 300;
    private static final int CLOSING = 200;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;

    static final double TITLE = 10;
    static final double DATED = 8;
    static final double SESSION = 7;
    static final double DOC_NUMBER = 6;
    static final double REVIEW = 6;
    static final double ANCHOR = 5;
    static final double PLAN = 3;
    static final double LATEST = 1;
    /** A range is as sure as its terms are dated right; where in it the text lies is not known. */
    static final double RANGE = 0.3;

    private static final String CN_DIGIT = "〇一二三四五六七八九";
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})年");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final String DOC_BRACKETS = "〔[［(（【";
    private static final Pattern DOC_NO = Pattern.compile(
            "[\\p{IsHan}]{1,8}[" + DOC_BRACKETS.replace("[", "\\[") + "]((?:19|20)\\d{2})[〕\\]］)）】]\\s*(?:第)?\\d{1,4}\\s*号");
    private static final Pattern REVIEWED = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})年(?:的|国内|政府)?(?:工作|工作的)?回顾");
    private static final Pattern PLANNED = Pattern.compile(
            "(?:做好|对|今年即|关于)?(?<![\\d.])((?:19|20)\\d{2})年(?:的)?(?:政府工作|工作|经济社会发展|国民经济和社会发展|发展)?"
                    + "(?:的)?(?:总体要求|主要任务|重点任务|重点工作|工作建议|建议|总体部署|主要预期目标|预期目标|安排)");
    /** 我代表第十六届中央委员会向大会作报告: the report to the next congress, the seventeenth. */
    private static final Pattern OUTGOING_COMMITTEE = Pattern.compile(
            "(?:代表|受)(?:中国共产党)?第?([一二三四五六七八九十]{1,3})届中央委员会[^。\\n]{0,6}向(?:这次)?大会作(?:政治)?报告");
    /** A title names a kind of document; a first line such as 一、2024年工作回顾 is no title. */
    private static final Pattern TITLE_KIND = Pattern.compile("报告|总结|决议|要点|讲话|意见|方案|计划|规划|汇报");
    private static final Pattern ANNIVERSARY_N = Pattern.compile("^(?:\\d{1,3}|[一二三四五六七八九十百]{1,4})(?=周年)");
    /** 一、2025年工作总结和“十四五”发展成就: a heading that sums up the year under review. */
    private static final Pattern HEADING_REVIEW = Pattern.compile(
            "(?m)^[\\s\\p{Zs}\u200B\uFEFF]*[一二三四五六七八九十]{1,3}[、.．][\\s\\p{Zs}\u200B\uFEFF]*((?:19|20)\\d{2})年(?:的)?(?:政府)?工作总结");
    /** 首先报告2001年的工作; 刚刚过去的1987年: the year under review, the one before the report's. */
    private static final Pattern PAST = Pattern.compile("(?:首先报告|刚刚过去的|刚过去的)((?:19|20)\\d{2})年");
    /** 二、2004年主要任务; 三、2011年的工作: a heading of the year's own programme (not 一、2018年工作回顾). */
    private static final Pattern HEADING_YEAR = Pattern.compile(
            "(?m)^[\\s\\p{Zs}\u200B\uFEFF]*[一二三四五六七八九十]{1,3}[、.．][\\s\\p{Zs}\u200B\uFEFF]*((?:19|20)\\d{2})年(?:的)?(?:政府)?"
                    + "(?:工作|主要任务|任务|经济社会发展|国民经济和社会发展)(?!回顾|总结|的回顾)");
    /** 2002年是我们党和国家发展史上非常重要的一年; 2011年，是“十二五”开局之年: the present year. */
    private static final Pattern YEAR_IS = Pattern.compile(
            "(?:^|[。!！\\n\\p{Zs}:：])[\\s\\p{Zs}\u200B\uFEFF]*((?:19|20)\\d{2})年[，,]?是[^。!！\\n]{0,60}?(?:之年|一年)", Pattern.MULTILINE);
    private static final Pattern PAST_MARKS = Pattern.compile("取得|成就|不平凡|里程碑|经受|过去");
    /** 明年发展国民经济的主要任务: a report given late in the year plans the next one. */
    private static final Pattern NEXT_YEAR_PLAN = Pattern.compile("明年(?:的)?[^。，,；;\\n]{0,10}?(?:主要任务|计划|工作安排)");
    private static final Pattern THIS_YEAR_PLAN = Pattern.compile("今年(?:的)?[^。，,；;\\n]{0,10}?(?:主要任务|计划|工作安排)");
    /** 十二大以来 / 第十二次全国代表大会以来: that congress lies behind the report. */
    private static final Pattern SINCE_CONGRESS = Pattern.compile("([一二三四五六七八九十]{1,3})(?:大|次全国代表大会)以来");
    /** What follows a date that is an event's, not the report's: 一九六九年四月一日九大开幕. */
    private static final Pattern EVENT_AFTER_DATE = Pattern.compile("开幕|闭幕|召开|举行|发表|通过|成立|爆炸");
    private static final Pattern TARGET_BEFORE = Pattern.compile("(?:到|至|于|前|在|迄|~|-|—|－|比|和|、|与)$");

    private YearRule() {
    }

    /** The year alone, or null when unknown. */
    public static Integer read(String title, String text) {
        return extract(title, text).year();
    }

    public static Reading extract(String title, String text) {
        List<Evidence> evidence = new ArrayList<>();
        Map<Integer, Double> votes = new TreeMap<>();
        String t = title == null ? "" : normalise(title);
        Matcher tm = YEAR.matcher(t);
        if (TITLE_KIND.matcher(t).find() && !t.contains("回顾") && tm.find()) {
            vote(votes, evidence, Integer.parseInt(tm.group(1)), EvidenceRule.TITLE_YEAR, title, -1, TITLE);
        }
        String s = normalise(text);
        int[] years = Spots.years(s);
        opening(s, text, votes, evidence);
        closing(s, text, votes, evidence);
        reviews(s, years, text, votes, evidence);
        int earliest = anchorsAndBounds(s, text, votes, evidence);

        if (votes.isEmpty()) {
            // Last resort, with a low confidence: the latest year named as past, if the text can be of
            // that year; else the earliest year the named events allow, which is most often the
            // text's own (a report names the session, the congress, the epidemic of its year). Terms
            // stay in use for years after they are coined, so when the vocabulary is later than both
            // the text gets no year, only a range: one citing a 2015 regulation in 新时代 terms is of
            // 2018 or later, not of 2015.
            DatedTerms.Bound vocabulary = DatedTerms.bound(s, text);
            int from = Math.max(earliest, vocabulary.from());
            Integer latest = latestPast(s, years, from);
            if (latest != null) {
                vote(votes, evidence, latest, EvidenceRule.LATEST_YEAR, latest + "年", -1, LATEST);
            } else if (vocabulary.from() > earliest) {
                evidence.addAll(0, vocabulary.evidence());
                return new Reading(null, RANGE, earliest > FIRST_YEAR ? earliest : null, new YearRange(from, null),
                        evidence.subList(0, Math.min(evidence.size(), 12)));
            } else if (earliest > FIRST_YEAR) {
                vote(votes, evidence, earliest, EvidenceRule.EARLIEST_POSSIBLE, "", -1, LATEST);
            } else {
                return Reading.UNKNOWN;
            }
        }
        // A year the named events rule out loses, unless something as strong as a date says so.
        final int bound = earliest;
        votes.entrySet().removeIf(e -> e.getKey() < bound && e.getValue() < SESSION && votes.size() > 1);
        Map.Entry<Integer, Double> best = votes.entrySet().stream()
                .max(Comparator.comparingDouble((Map.Entry<Integer, Double> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow();
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        double confidence = best.getValue() / total * (1 - Math.exp(-best.getValue() / 4));
        if (best.getKey() < earliest) {
            confidence /= 2;
        }
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return new Reading(best.getKey(), round(confidence), earliest > FIRST_YEAR ? earliest : null, null,
                evidence.subList(0, Math.min(evidence.size(), 12)));
    }

    /** Dates, sessions and document numbers in the first lines. */
    private static void opening(String s, String text, Map<Integer, Double> votes, List<Evidence> evidence) {
        String head = s.substring(0, Math.min(s.length(), OPENING));
        Matcher d = DATE.matcher(head);
        while (d.find()) {
            if (!EVENT_AFTER_DATE.matcher(clauseAfter(head.substring(d.end(), Math.min(head.length(), d.end() + 24)))).find()) {
                vote(votes, evidence, Integer.parseInt(d.group(1)), EvidenceRule.OPENING_DATE, quote(text, d), d.start(), DATED);
                break;
            }
        }
        java.util.Set<Integer> behind = new java.util.TreeSet<>();
        for (MatchResult since : Spots.matches(SINCE_CONGRESS, s, Spots.of(s, "以来"), 10, 2)) {
            Integer y = DatedEvents.congressYear(ChineseNumber.parse(since.group(1)));
            if (y != null) {
                behind.add(y);
            }
        }
        DatedEvents.TRIE.scan(head, (start, end, e) -> {
            boolean congressBehind = behind.contains(e.year()) && !e.name().contains("人");
            if (e.kind() == DatedEvents.Kind.SESSION && !congressBehind && deliveredAt(head, start, end)) {
                vote(votes, evidence, e.year(), EvidenceRule.OPENING_SESSION, text.substring(start, end), start, SESSION);
            }
        });
        Matcher c = OUTGOING_COMMITTEE.matcher(head);
        if (c.find()) {
            Integer y = DatedEvents.congressYear(ChineseNumber.parse(c.group(1)) + 1);
            if (y != null) {
                vote(votes, evidence, y, EvidenceRule.OPENING_SESSION, quote(text, c), c.start(), SESSION);
            }
        }
        // 十二大以来 … 这次大会, in a report to the Party congress: the next congress after the last one behind
        if (!behind.isEmpty() && (s.contains("这次大会") || s.contains("本次大会")) && s.contains("全党")
                && s.contains("中央委员会")) {
            int last = ((java.util.TreeSet<Integer>) behind).last();
            Integer next = DatedEvents.congressAfter(last);
            if (next != null) {
                vote(votes, evidence, next, EvidenceRule.NEXT_CONGRESS, "这次大会", -1, ANCHOR);
            }
        }
        Matcher n = DOC_NO.matcher(s.substring(0, Math.min(s.length(), OPENING / 2)));
        if (n.find()) {
            vote(votes, evidence, Integer.parseInt(n.group(1)), EvidenceRule.DOCUMENT_NUMBER, quote(text, n), n.start(), DOC_NUMBER);
        }
    }

    /**
     * Whether the session named at start..end is the one the report was delivered at: 在第…次会议上,
     * 向党的第…次全国代表大会作报告, or a resolution opening with the session (第…次会议听取和审议了).
     * Sessions named otherwise in the opening (自党的十一届三中全会以来) only bound the year.
     */
    private static boolean deliveredAt(String head, int start, int end) {
        String before = clauseBefore(head, start);
        String after = head.substring(end, Math.min(head.length(), end + 4));
        boolean at = before.endsWith("在") || before.endsWith("在中华人民共和国") || before.endsWith("在中国共产党");
        boolean to = before.endsWith("向") || before.endsWith("向中国共产党");
        boolean lineStart = (start == 0 || head.charAt(start - 1) == '\n' || head.charAt(start - 1) == '\r')
                && end - start >= 8;   // a full name (中国共产党第十次全国代表大会), not 党的九大
        return at && after.startsWith("上") || to && (after.startsWith("作") || after.startsWith("报告")
                || after.startsWith("提出") || after.startsWith(",提出") || after.startsWith("，提出"))
                || lineStart && (after.startsWith("听取") || after.startsWith("审议") || after.startsWith(",")
                || after.startsWith("是") || after.startsWith("现在"));
    }

    /** A full date in the last lines: the signature of a situation report or a summary. */
    private static void closing(String s, String text, Map<Integer, Double> votes, List<Evidence> evidence) {
        if (s.length() <= OPENING) {
            return;
        }
        int from = Math.max(OPENING, s.length() - CLOSING);
        Matcher d = DATE.matcher(s).region(from, s.length());
        int start = -1;
        int end = -1;
        while (d.find()) {
            start = d.start();
            end = d.end();
        }
        if (start >= 0) {
            vote(votes, evidence, Integer.parseInt(s.substring(start, start + 4)), EvidenceRule.CLOSING_DATE,
                    text.substring(start, end), start, DATED);
        }
    }

    /** 2018年工作回顾 in a work report of 2019; the year's own plan (2019年政府工作的总体要求). */
    private static void reviews(String s, int[] years, String text, Map<Integer, Double> votes, List<Evidence> evidence) {
        MatchResult r = Spots.first(REVIEWED, s, years, 4, 9);
        if (r != null) {
            vote(votes, evidence, Integer.parseInt(r.group(1)) + 1, EvidenceRule.REVIEW, quote(text, r), r.start(), REVIEW);
        }
        MatchResult summary = r == null ? Spots.first(HEADING_REVIEW, s, years, 24, 8) : null;
        if (summary != null) {
            vote(votes, evidence, Integer.parseInt(summary.group(1)) + 1, EvidenceRule.REVIEW, quote(text, summary).strip(),
                    summary.start(1), REVIEW);
        }
        MatchResult past = Spots.first(PAST, s, years, 9, 0);
        if (past != null) {
            vote(votes, evidence, Integer.parseInt(past.group(1)) + 1, EvidenceRule.REVIEW, quote(text, past), past.start(), REVIEW);
        }
        MatchResult h = Spots.first(HEADING_YEAR, s, years, 24, 16);
        if (h != null) {
            vote(votes, evidence, Integer.parseInt(h.group(1)), EvidenceRule.PLAN_HEADING, quote(text, h).strip(), h.start(1), ANCHOR);
        }
        // 1986年是…取得显著成就的一年 and 2024年是…具有里程碑意义的一年 look back: the year under review, not this one
        for (MatchResult is : Spots.matches(YEAR_IS, s, years, 16, 70)) {
            if (!PAST_MARKS.matcher(is.group()).find()) {
                vote(votes, evidence, Integer.parseInt(is.group(1)), EvidenceRule.THIS_YEAR, text.substring(is.start(1), is.end()),
                        is.start(1), ANCHOR);
                break;
            }
        }
        // A plan for 明年 (and none for 今年): the report was given in the year before the plan's.
        int shift = Spots.first(NEXT_YEAR_PLAN, s, Spots.of(s, "明年"), 0, 20) != null
                && Spots.first(THIS_YEAR_PLAN, s, Spots.of(s, "今年"), 0, 20) == null ? 1 : 0;
        int plans = 0;
        for (MatchResult p : Spots.matches(PLANNED, s, years, 7, 20)) {
            if (plans >= 3) {
                break;
            }
            if (!TARGET_BEFORE.matcher(s.substring(Math.max(0, p.start(1) - 1), p.start(1))).find()
                    || p.group().startsWith("做好") || p.group().startsWith("对") || p.group().startsWith("关于")) {
                vote(votes, evidence, Integer.parseInt(p.group(1)) - shift, shift == 0 ? EvidenceRule.PLAN : EvidenceRule.PLAN_NEXT_YEAR,
                        quote(text, p), p.start(), PLAN);
                plans++;
            }
        }
    }

    /**
     * Scans the dated events: each bounds the earliest year; with 今年 or 去年 before it in the same
     * clause it dates the report (今年是新中国成立70周年 → 2019; 去年三月第五届全国人民代表大会第一次会议 → 1979).
     */
    private static int anchorsAndBounds(String s, String text, Map<Integer, Double> votes, List<Evidence> evidence) {
        int[] earliest = {FIRST_YEAR};
        Evidence[] boundBy = {null};
        DatedEvents.TRIE.scan(s, (start, end, e) -> {
            String clause = clauseBefore(s, start);
            String after = s.substring(end, Math.min(s.length(), end + 24));
            int at = -1;
            switch (e.kind()) {
                case ANNIVERSARY -> {
                    Matcher n = ANNIVERSARY_N.matcher(after);
                    if (n.find()) {
                        int years = n.group().chars().allMatch(Character::isDigit)
                                ? Integer.parseInt(n.group()) : ChineseNumber.parse(n.group());
                        at = e.year() + years;
                    }
                }
                case PLAN -> {
                    String rest = clauseAfter(after);
                    if (rest.contains("开局") || rest.contains("第一年")) {
                        at = e.year();
                    } else if (rest.contains("收官") || rest.contains("最后一年")) {
                        at = e.year() + 4;
                    }
                }
                default -> at = e.year();
            }
            if (at < 0) {
                return;
            }
            String rest = clauseAfter(after);
            // 今年是全面贯彻党的十九大精神的开局之年: a congress is held in the autumn, its spirit carried out the year after
            boolean startOf = e.kind() == DatedEvents.Kind.SESSION
                    && (rest.contains("开局") || rest.contains("第一年") || rest.startsWith("精神"));
            if (clause.contains("今年") && e.kind() != DatedEvents.Kind.EVENT) {
                int y = startOf ? at + 1 : at;
                vote(votes, evidence, y, EvidenceRule.THIS_YEAR, text.substring(start - clause.length(), end), start, ANCHOR);
            } else if (clause.contains("去年") && e.kind() == DatedEvents.Kind.SESSION) {
                vote(votes, evidence, at + 1, EvidenceRule.LAST_YEAR, text.substring(start - clause.length(), end), start, ANCHOR);
            }
            if (e.kind() == DatedEvents.Kind.ANNIVERSARY || e.kind() == DatedEvents.Kind.PLAN) {
                return;   // anniversaries and plans are named ahead of time (建国一百年, 编制“十五五”规划)
            }
            int bound = clause.matches(".*(迎接|召开|筹备|即将|将于|喜迎|准备|到).*") ? at - 1 : at;
            if (bound > earliest[0]) {
                earliest[0] = bound;
                boundBy[0] = new Evidence(EvidenceRule.EARLIEST, text.substring(start, end), start, "≥" + bound, 0);
            }
        });
        for (MatchResult n : Spots.matches(DOC_NO, s, Spots.chars(s, DOC_BRACKETS), 8, 20)) {
            int y = Integer.parseInt(n.group(1));   // (19|20)dd: never past LAST_YEAR
            if (y > earliest[0]) {
                earliest[0] = y;
                boundBy[0] = new Evidence(EvidenceRule.EARLIEST, quote(text, n), n.start(), "≥" + y, 0);
            }
        }
        if (boundBy[0] != null) {
            evidence.add(boundBy[0]);
        }
        return earliest[0];
    }

    /** The latest year the text names that is not a target (到2035年, 2020年前), at or after the bound. */
    private static Integer latestPast(String s, int[] years, int earliest) {
        Integer latest = null;
        for (MatchResult m : Spots.matches(YEAR, s, years, 4, 0)) {
            int y = Integer.parseInt(m.group(1));
            String before = s.substring(Math.max(0, m.start() - 1), m.start());
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 3));
            if (TARGET_BEFORE.matcher(before).find() || after.startsWith("前") || after.startsWith("以前")
                    || after.startsWith("左右") || after.startsWith("远景")) {
                continue;
            }
            if (latest == null || y > latest) {
                latest = y;
            }
        }
        return latest == null || latest < earliest ? null : latest;
    }

    private static String clauseBefore(String s, int at) {
        int from = at;
        while (from > 0 && at - from < 24 && "，。；：！？\n,;:".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return s.substring(from, at);
    }

    private static String clauseAfter(String after) {
        for (int i = 0; i < after.length(); i++) {
            if ("，。；：！？\n,;:".indexOf(after.charAt(i)) >= 0) {
                return after.substring(0, i);
            }
        }
        return after;
    }

    /**
     * Folded text (full width and traditional to plain) with years written in Chinese numerals as
     * digits (一九七八年 → 1978年): the same length as the original, so offsets still point into it.
     */
    static String normalise(String text) {
        String folded = Folding.fold(text);
        char[] out = null;
        for (int at = folded.indexOf('年', 4); at >= 0; at = folded.indexOf('年', at + 1)) {
            if (chineseYear(folded, at - 4, at)) {
                out = out == null ? folded.toCharArray() : out;
                for (int i = at - 4; i < at; i++) {
                    char c = out[i];
                    int d = c == '○' || c == '零' ? 0 : CN_DIGIT.indexOf(c);
                    out[i] = (char) ('0' + d);
                }
            }
        }
        return out == null ? folded : new String(out);
    }

    private static boolean chineseYear(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '○' && c != '零' && CN_DIGIT.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void vote(Map<Integer, Double> votes, List<Evidence> evidence, int year, EvidenceRule rule, String quote,
                             int offset, double weight) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return;
        }
        votes.merge(year, weight, Double::sum);
        evidence.add(new Evidence(rule, quote, offset, String.valueOf(year), weight));
    }

    private static String quote(String text, MatchResult m) {
        return text.substring(m.start(), Math.min(m.end(), text.length()));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
