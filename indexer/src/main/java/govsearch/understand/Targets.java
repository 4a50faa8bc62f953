package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.report.ChineseNumber;
import govsearch.report.Report;
import govsearch.report.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected targets (主要预期目标) a government work report sets for its year, and the results
 * it reports for the year before, in the fixed idiom of these reports: 地区生产总值增长5%左右 / 5%以上 /
 * 4.5%—5% / 按增长5%安排, 城镇调查失业率5.5%左右, 城镇新增就业70万人以上, 居民收入增长和经济增长同步.
 * <p>
 * A value is a target when it stands after a cue that opens the targets (预期目标是, 主要目标是：,
 * 调控目标, 计划要求, 今年计划 …) in the same paragraph, or in a dash-led list (——) right after it, or
 * when it is arranged at (按…安排). It is an outcome, for the year before the report's, when it stands
 * before the first such cue of the report, in the review. Five-year averages, quarters and
 * comparisons with other years (年均, 期间, 比2002年, 一季度) are neither. The first reading of each
 * indicator and kind in a report is kept.
 */
public final class Targets {

    public static final String TARGET = "target";
    public static final String OUTCOME = "outcome";

    /**
     * One target or outcome read from a report.
     *
     * @param indicator gdp_growth, unemployment_surveyed, new_urban_jobs, cpi, income_growth … (see {@link #INDICATORS})
     * @param kind      {@value #TARGET} or {@value #OUTCOME}
     * @param year      the year it is for: the report's year for a target, the year before for an outcome; null when the report's is unknown
     * @param low       the lower bound (5 for 5%以上, 4.5 for 4.5%—5%); null when the value is not a number (同步)
     * @param high      the upper bound (5 for 5%左右, null for 5%以上)
     * @param unit      %, 万人, 万吨; null with no number
     * @param qualifier 左右, 以上, 以内, 以下, 区间, 同步, 高于, 按…安排; null when the value is given bare
     * @param quote     the words read, as written
     * @param sectionId the section it was read from
     * @param offset    char offset of the quote in the section's {@link Section#content()}
     * @param rule      why it was read as it was: target-cue (after 预期目标是 …), arranged (按…安排), review (before the targets)
     * @param cue       for target-cue, the words of the text that opened the targets (主要预期目标是：, 调控目标定为); else null
     */
    public record Target(String indicator, String kind, Integer year, Double low, Double high, String unit,
                         String qualifier, String quote, String sectionId, int offset, String rule, String cue) {
    }

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final String CN = "[零〇一二两三四五六七八九十点]+";
    private static final String DASH = "\\s*(?:—{1,2}|–|-|~|至|到)\\s*";
    private static final String PERCENT = "(?:百分之(?<cl>" + CN + ")(?:(?:至|到)(?:百分之)?(?<ch>" + CN + "))?"
            + "|(?<al>" + NUM + ")\\s*%?(?:" + DASH + "(?<ah>" + NUM + "))?\\s*%)";
    private static final String QUALIFIER = "(?<q>左右|以上|以内|以下|上下)?(?<ap>安排)?";
    /** What may stand between an indicator and its value: 的调控目标，定为 / 控制在 / 按增长 … */
    private static final String FILLER = "(?<an>(?:目标)?拟?按照?(?:增长)?)?(?:[，,]?\\s*(?:定为|预期为|目标为|为|是|在|保持在|控制在|稳定在|达到|力争))?\\s*";

    /**
     * An indicator: its name, what it is written as up to the value, and the value's shape. Every
     * match holds one of its anchors at most {@code lead} chars after its start: the pattern is tried
     * only around them, not at every char of a report (a regex starting with an alternation gets no
     * fast literal scan; this made the whole-corpus table several times faster).
     */
    private record Indicator(String name, Pattern pattern, String unit, int lead, String... anchors) {
    }

    private static Indicator percent(String name, String head, int lead, String... anchors) {
        return new Indicator(name, Pattern.compile(head + FILLER + PERCENT + QUALIFIER), "%", lead, anchors);
    }

    private static Indicator quantity(String name, String head, String units, String unit, String... anchors) {
        return new Indicator(name, Pattern.compile(head + FILLER + "(?<al>" + NUM + ")(?:" + DASH + "(?<ah>" + NUM + "))?(?<u>"
                + units + ")" + QUALIFIER), unit, 0, anchors);
    }

    /** The longest a match runs past its anchor: a GDP level and 按…安排 included. */
    private static final int WINDOW = 120;

    /** A GDP level between the name and the growth: 达到134.9万亿元、 / 一万七千四百亿元，比上年 */
    private static final String GDP_LEVEL = "(?:(?:达到|为|超过|突破)?[\\d.〇零一二两三四五六七八九十百千万]+多?亿元[，、,]?(?:按可比价格计算[，,]?)?)?";

    static final List<Indicator> INDICATORS_READ = List.of(
            percent("gdp_growth", "(?:(?:国内|地区|国民|全省|全市|全区)?生产总值|gdp|经济)" + GDP_LEVEL + "(?:比上年|同比)?(?:计划)?(?:(?:增长|增速)(?:速度|率)?的?(?:宏观)?(?:调控目标|预期目标|预期|目标)?)?", 2,
                    "生产总值", "gdp", "经济"),
            percent("unemployment_surveyed", "城镇调查失业率(?:均值|平均)?", 0, "城镇调查失业率"),
            percent("unemployment_registered", "城镇登记失业率", 0, "城镇登记失业率"),
            quantity("new_urban_jobs", "(?:城镇新增就业|新增城镇就业)(?:人数)?", "万人|万", "万人", "城镇新增就业", "新增城镇就业"),
            percent("cpi", "居民消费价格(?:指数)?(?:总水平)?(?:涨幅|上涨|上升|增长|(?<down>下降|下跌))", 0, "居民消费价格"),
            percent("income_growth", "(?<![镇村乡])居民(?:人均)?(?:可支配)?收入(?:实际)?(?:增长|增速)", 0, "居民"),
            quantity("grain_output", "粮食(?:总)?产量(?:继续)?(?:稳定|保持|达到|超过)?", "万亿斤|亿斤|万吨|亿吨|亿公斤", "万吨", "粮食"),
            percent("energy_intensity", "单位(?:国内|地区)?(?:生产总值|gdp)(?:能耗|能源消耗)(?:强度)?(?:降低|下降)", 0, "单位"),
            percent("deficit_ratio", "赤字率", 0, "赤字率"),
            percent("fixed_investment", "固定资产投资(?:同口径)?增长", 0, "固定资产投资"),
            percent("retail_sales", "社会消费品零售总额增长", 0, "社会消费品零售总额"),
            percent("fiscal_revenue", "一般公共预算收入(?:同口径)?增长", 0, "一般公共预算收入"),
            percent("industrial_output", "(?:规模以上|规上|规模)工业增加值增长", 4, "工业增加值"),
            percent("foreign_trade", "(?:外贸)?进出口(?:总额|总值|贸易总额)?增长", 2, "进出口"));

    /** The indicators read, in the order a table shows them. */
    public static final List<String> INDICATORS = INDICATORS_READ.stream().map(Indicator::name).toList();

    /** 居民收入增长和经济增长同步 / 居民收入增速高于经济增速: income_growth as a relation, no number. */
    private static final Pattern INCOME_RELATION = Pattern.compile(
            "(?<![镇村乡])居民(?:人均)?(?:可支配)?收入(?:增长|增速)?(?:和|与|同)?经济增[长速](?:基本)?(?:保持)?同步"
                    + "|(?<![镇村乡])居民(?:人均)?(?:可支配)?收入(?:增长|增速)(?:高于|快于)经济增[长速]");

    /** Names that share one 分别: 城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内. */
    private static final java.util.Map<String, String> PAIRED = java.util.Map.of(
            "城镇调查失业率", "unemployment_surveyed", "城镇登记失业率", "unemployment_registered",
            "居民消费价格涨幅", "cpi", "居民消费价格", "cpi");
    private static final String PAIR_NAME = "(城镇调查失业率|城镇登记失业率|居民消费价格涨幅|居民消费价格)";
    private static final Pattern PAIR = Pattern.compile(PAIR_NAME + "[、和]" + PAIR_NAME
            + "分别(?:控制在|保持在|为)?(" + NUM + ")%?[、和](" + NUM + ")%(左右|以内|以下)?");

    /** Opens a report's targets: 主要预期目标是 / 主要目标是： / 调控目标 / 计划要求 / 今年计划 / 预期为. */
    private static final Pattern CUE = Pattern.compile(
            "(?:预期目标|主要目标|主要指标)(?:建议)?(?:是|为|定为|[：:])|调控目标[，,]?(?:定为|为|是|[：:])|计划要求|计划安排|计划增长|今年计划|预期为|目标定为|拟按");

    /** Marks a value that is no year's target or result: averages over years, parts of a year, other years. */
    private static final Pattern NOT_ONE_YEAR = Pattern.compile(
            "年均|平均每年|每年平均|期间|五年|以来|翻一番|翻两番|比(?:19|20)\\d\\d年|到(?:19|20)\\d\\d年|季度|上半年|前\\d+个?月");

    /**
     * What ends a sentence and a clause in the folded text read, where ，：；！？ are ASCII (Folding):
     * listed full-width, they let a cue's clause and an average's sentence run on past a semicolon.
     */
    private static final String SENTENCE_ENDS = "。;!?\n";
    private static final String CLAUSE_ENDS = "," + SENTENCE_ENDS + ":";

    private Targets() {
    }

    /** The targets and outcomes of a report, the first of each indicator and kind, in document order. */
    public static List<Target> of(Report report) {
        return read(report.sections(), report.year());
    }

    /** The targets and outcomes of sections in document order, for a report of the given year (null when unknown). */
    public static List<Target> read(List<Section> sections, Integer year) {
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean targetsOpened = false;
        for (Section s : sections) {
            String text = Folding.fold(s.content());
            List<int[]> zones = zones(text);
            if (!targetsOpened && !zones.isEmpty()) {
                // readings before the first cue are the review; after it they may be anything
                read(s, text, 0, zones.getFirst()[0], OUTCOME, "review", null, year, seen, out);
                targetsOpened = true;
            } else if (!targetsOpened) {
                read(s, text, 0, text.length(), OUTCOME, "review", null, year, seen, out);
            }
            for (int[] zone : zones) {
                read(s, text, zone[0], zone[1], TARGET, "target-cue", s.content().substring(zone[2], zone[3]), year, seen, out);
            }
            readArranged(s, text, year, seen, out);
        }
        out.sort(java.util.Comparator.comparingInt((Target t) -> sections.indexOf(section(sections, t.sectionId())))
                .thenComparingInt(Target::offset));
        return out;
    }

    private static Section section(List<Section> sections, String id) {
        for (Section s : sections) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** Each cue, from the start of its clause to the end of its paragraph, and on over the dash-led list lines that follow it. */
    private static List<int[]> zones(String text) {
        List<int[]> zones = new ArrayList<>();
        Matcher m = CUE.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int end = text.indexOf('\n', m.end());
            end = end < 0 ? text.length() : end;
            while (end < text.length() && text.startsWith("——", skipBlank(text, end + 1))) {
                int next = text.indexOf('\n', end + 1);
                end = next < 0 ? text.length() : next;
            }
            // the clause of the cue belongs to it: 今年经济增长预期目标为7%左右 names the indicator first
            int start = m.start();
            while (start > from && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            zones.add(new int[]{start, end, m.start(), m.end()});
            from = end;
            if (from >= text.length()) {
                break;
            }
        }
        return zones;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    /** 按…安排 anywhere: only where an 安排 has a 按 shortly before it. */
    private static void readArranged(Section s, String text, Integer year, Set<String> seen, List<Target> out) {
        for (int at = text.indexOf("安排"); at >= 0; at = text.indexOf("安排", at + 2)) {
            int an = text.lastIndexOf('按', at);
            if (an < 0 || at - an > 20) {
                continue;
            }
            int from = Math.max(0, an - 40);
            for (Indicator ind : INDICATORS_READ) {
                Matcher m = ind.pattern().matcher(text).useTransparentBounds(true).region(from, at + 2);
                while (m.find()) {
                    if (m.group("an") != null && m.group("ap") != null) {
                        add(s, text, m, ind, TARGET, "arranged", null, year, seen, out);
                    }
                }
            }
        }
    }

    /** Each match of an indicator in [from, to), in order, tried only around its anchors. */
    private static void each(Indicator ind, String text, int from, int to, java.util.function.Consumer<Matcher> f) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        for (String anchor : ind.anchors()) {
            for (int p = text.indexOf(anchor, from); p >= 0 && p < to; p = text.indexOf(anchor, p + 1)) {
                starts.add(p);
            }
        }
        Matcher m = ind.pattern().matcher(text).useTransparentBounds(true);
        int done = from;
        for (int p : starts) {
            int start = Math.max(done, p - ind.lead());
            if (start > p) {
                continue; // inside the match before
            }
            m.region(start, Math.min(to, p + WINDOW));
            if (m.find()) {
                done = m.end();
                f.accept(m);
            }
        }
    }

    private static void read(Section s, String text, int from, int to, String kind, String rule, String cue, Integer year,
                             Set<String> seen, List<Target> out) {
        if (from >= to) {
            return;
        }
        for (Indicator ind : INDICATORS_READ) {
            each(ind, text, from, to, m -> add(s, text, m, ind, kind, rule, cue, year, seen, out));
        }
        Matcher pair = PAIR.matcher(text).region(from, to);
        while (pair.find()) {
            if (!oneYear(text, pair.start())) {
                continue;
            }
            for (int k = 1; k <= 2; k++) {
                String indicator = PAIRED.get(pair.group(k));
                String q = pair.group(5);
                double v = Double.parseDouble(pair.group(k + 2));
                boolean cap = "以内".equals(q) || "以下".equals(q);
                if (seen.add(indicator + "/" + kind)) {
                    out.add(new Target(indicator, kind, yearFor(kind, year), cap ? null : v, v, "%", q,
                            s.content().substring(pair.start(), pair.end()), s.id(), pair.start(), rule, cue));
                }
            }
        }
        if (!seen.contains("income_growth/" + kind)) {
            Matcher m = INCOME_RELATION.matcher(text).region(from, to);
            if (m.find() && oneYear(text, m.start())) {
                seen.add("income_growth/" + kind);
                String q = m.group().contains("同步") ? "同步" : "高于";
                out.add(new Target("income_growth", kind, yearFor(kind, year), null, null, null, q,
                        s.content().substring(m.start(), m.end()), s.id(), m.start(), rule, cue));
            }
        }
    }

    private static void add(Section s, String text, Matcher m, Indicator ind, String kind, String rule, String cue, Integer year,
                            Set<String> seen, List<Target> out) {
        String key = ind.name() + "/" + kind;
        if (seen.contains(key) || !oneYear(text, m.start())) {
            return;
        }
        Double low;
        Double high;
        if (m.group("al") != null) {
            low = Double.valueOf(m.group("al"));
            high = m.group("ah") == null ? null : Double.valueOf(m.group("ah"));
        } else {
            low = chinese(m.group("cl"));
            high = m.group("ch") == null ? null : chinese(m.group("ch"));
            if (low == null || (m.group("ch") != null && high == null)) {
                return;
            }
        }
        if (high != null && high < low) {
            return; // 5%-3%: no range
        }
        String qualifier = m.group("q");
        boolean arranged = m.group("an") != null && m.group("ap") != null;
        if (arranged && kind.equals(OUTCOME)) {
            return; // 按…安排 is this year's plan, never last year's result, even where no cue came before it
        } else if (arranged) {
            qualifier = "按…安排";
        } else if (m.group("an") != null) {
            return; // 按 without 安排 is not this idiom
        }
        boolean range = high != null;
        if (!range) {
            high = switch (qualifier == null ? "" : qualifier) {
                case "以上" -> null;
                case "以内", "以下" -> {
                    Double h = low;
                    low = null;
                    yield h;
                }
                default -> low;
            };
        } else if (qualifier == null) {
            qualifier = "区间";
        }
        String unit = ind.unit();
        if (ind.name().equals("grain_output")) {
            double factor = switch (m.group("u")) {
                case "万亿斤" -> 5e4;
                case "亿斤" -> 5;
                case "亿吨" -> 1e4;
                case "亿公斤" -> 10;
                default -> 1;
            };
            low = low == null ? null : round(low * factor);
            high = high == null ? null : round(high * factor);
        }
        if (ind.name().equals("cpi") && m.group("down") != null) {
            Double l = low;
            low = high == null ? null : -high;
            high = l == null ? null : -l;
        }
        seen.add(key);
        out.add(new Target(ind.name(), kind, yearFor(kind, year), low, high, unit, qualifier,
                s.content().substring(m.start(), m.end()), s.id(), m.start(), rule, cue));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static Integer yearFor(String kind, Integer year) {
        return year == null ? null : kind.equals(TARGET) ? year : year - 1;
    }

    /** Whether the clause leading to a value speaks of one year, not of averages, quarters or other years. */
    private static boolean oneYear(String text, int at) {
        int start = at;
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return !NOT_ONE_YEAR.matcher(text).region(start, at).find();
    }

    /** 五点四 → 5.4, 十一 → 11; null when not a numeral. */
    static Double chinese(String s) {
        int dot = s.indexOf('点');
        int whole = ChineseNumber.parse(dot < 0 ? s : s.substring(0, dot));
        if (whole < 0) {
            return null;
        }
        if (dot < 0) {
            return (double) whole;
        }
        // Read after the point digit by digit: 五点零五 is 5.05, where the number 零五 would be 5.
        StringBuilder frac = new StringBuilder();
        for (char c : s.substring(dot + 1).toCharArray()) {
            int digit = ChineseNumber.parse(String.valueOf(c));
            if (digit < 0 || digit > 9) {
                return null;
            }
            frac.append(digit);
        }
        return frac.isEmpty() ? null : Double.valueOf(whole + "." + frac);
    }
}
