package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.report.Region;
import govsearch.understand.Division.Level;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions (provinces, prefecture-level cities, counties; NBS data of
 * 2023-06-30, see {@code divisions.tsv}) and what they are good for: looking a name up, listing the
 * names a region filter should match, and deciding which region a report comes from.
 *
 * <p>The table loads once, on first use; the instance is immutable and safe to share.
 */
public final class Gazetteer {

    private static final Gazetteer INSTANCE = new Gazetteer();

    /** Characters at the start of a text that count as its heading. */
    static final int HEAD = 300;
    private static final double HEAD_FACTOR = 3;
    private static final double SHORT_FORM_WEIGHT = 0.6;
    private static final double SIGNATURE_BONUS = 8;
    /** A child region is chosen when it carries at least this share of its parent's weight. */
    private static final double DESCEND_SHARE = 0.5;
    /** Below this share of the weight for its province, a text with national markers is national. */
    private static final double NATIONAL_SPREAD = 0.6;

    /** What follows a place name in the heading or signature of a report from that place. */
    private static final List<String> SIGNATURE_AFTER = List.of(
            "人民政府", "政府工作报告", "人民代表大会", "省长", "主席", "市长", "区长", "县长", "旗长", "州长", "盟长");
    /** Openings of national documents: the State Council's report, NPC resolutions, Party congresses. */
    private static final List<String> NATIONAL_HEAD = List.of(
            "我代表国务院", "国务院总理", "全国人民代表大会第", "全国人民代表大会上", "全国代表大会", "我代表中央委员会");
    private static final List<String> NATIONAL_ANYWHERE = List.of(
            "国务院", "全国人民代表大会", "中共中央", "党中央");

    /** How a local government or Party committee speaks of itself: 全省, 我市, 省委, 县政府, 旗委 … */
    static final Literals LOCAL_SELF = Literals.of(concat(
            Literals.pairs(List.of("全", "我", "本"), List.of("省", "市", "县", "旗", "盟", "州")),
            List.of("全区", "我区", "本区"),
            Literals.pairs(List.of("省", "市", "县", "旗", "盟", "州", "区"), List.of("委", "政府"))));
    /** How a national text speaks: 全国, 党中央, 国务院, 中共中央. */
    static final Literals NATIONAL_SELF = Literals.of("全国", "党中央", "国务院", "中共中央");
    /** Below this many self-references (全省, 市委 …) a text that speaks nationally is not a local one. */
    private static final int LOCAL_SELF_MIN = 5;

    /** Full names that are everyday words more often than places (城区 of 长治, 大同, 阳泉 …). */
    private static final Set<String> NOT_SCANNED = Set.of("城区", "郊区", "矿区");
    /**
     * Full names that also end common words (沿海城市 → 海城市, 老解放区 → 解放区); like two-character
     * county names (新县, 和县) they count only when the rest of the text supports their province.
     */
    private static final Set<String> WEAK = Set.of("海城市", "解放区", "东区", "西区", "老城区", "城东区", "城西区",
            "城北区", "城厢区", "新市区", "市北区", "市南区", "西市区", "港口区", "前进区", "工农区", "平安区", "新兴区",
            "新建区", "东风区");
    /** Provinces a national text names for their own sake; they win only with a local signature. */
    private static final Set<String> NAMED_BY_NATIONAL_TEXTS = Set.of("71", "81", "82");
    /** Short names that are generic words, never scanned. */
    private static final Set<String> SHORT_NOT_SCANNED = Set.of("中国", "全国", "新区", "中央", "国家");
    /**
     * Short city names that are everyday words or parts of them (长治久安, 安康, 世界大同, 日照时数, 孙中山 …):
     * they count only in a place's context, {@link #PLACE_BEFORE} or {@link #PLACE_AFTER} (视察安康,
     * 在大同召开, 日照港).
     */
    private static final Set<String> SHORT_IN_CONTEXT = Set.of(
            "安康", "大同", "长治", "朝阳", "日照", "来宾", "白银", "阿里", "兴安", "固原", "定西", "海东", "海西",
            "海北", "普洱", "玉树", "中卫", "吉安", "三明", "宜春", "通化", "承德", "白城", "黄山", "永州",
            "东方", "文昌", "万宁", "白山", "金华", "江门", "黑河", "北海", "中山", "太原", "大理", "衡水",
            "文山");
    /** What comes before a place named by its short name: 视察东营, 在大同, 来到安康. */
    private static final List<String> PLACE_BEFORE = List.of(
            "视察", "考察", "调研", "来到", "走进", "落户", "扎根", "在", "到", "赴");
    /** What comes after it: 在东营召开, 日照港, 承德籍, 大同人民. */
    private static final List<String> PLACE_AFTER = List.of(
            "召开", "举行", "举办", "考察", "视察", "调研", "落地", "港", "机场", "站", "籍", "人民", "全市");

    /** A text that opens 我代表市人民政府 or 我代表…县人民政府 speaks as a local government. */
    private static final java.util.regex.Pattern LOCAL_HEAD = java.util.regex.Pattern.compile(
            "我代表[^，。,\\n]{0,12}?(?:省|市|县|区|州|旗|盟)人民政府");
    /** How a city government speaks of itself, and how a province's does. */
    static final Literals CITY_SELF = Literals.of("全市", "我市", "本市", "市委", "市政府", "市人民政府");
    static final Literals PROVINCE_SELF = Literals.of("全省", "我省", "本省", "省委", "省政府", "省人民政府");

    private Gazetteer() {
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    /** All divisions, provinces first, in code order within each level. */
    public List<Division> divisions() {
        return Tables.LOADED.divisions;
    }

    /**
     * The region a name denotes: a full name at any level (舞阳县, 漯河市, 广西壮族自治区), a short
     * name of a province or city (广西, 漯河, 恩施州) or a province's one-character abbreviation
     * (桂, 豫, 川 or 蜀). Names shared by several divisions (鼓楼区) give empty; so do unknown names.
     */
    public Optional<Region> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Folding.fold(name.strip());
        if (n.equals(Region.NATIONAL)) {
            return Optional.of(Region.NATIONWIDE);
        }
        Tables t = Tables.LOADED;
        List<Division> full = t.byName.getOrDefault(n, List.of());
        if (!full.isEmpty()) {
            return full.size() == 1 ? Optional.of(t.region(full.get(0))) : Optional.empty();
        }
        String abbreviated = Names.ABBREVIATIONS.get(n);
        if (abbreviated != null) {
            return Optional.of(Region.province(abbreviated));
        }
        List<Division> shortForm = t.byShortName.getOrDefault(n, List.of());
        return shortForm.size() == 1 ? Optional.of(t.region(shortForm.get(0))) : Optional.empty();
    }

    /**
     * Every name a region filter should match for this region, at each of its levels: full names
     * and short names (广西壮族自治区, 广西; 漯河市, 漯河; 恩施土家族苗族自治州, 恩施州, 恩施). A city or
     * county short name that is also a province's (吉林市 → 吉林) is left out. 全国 for national,
     * nothing for {@link Region#UNKNOWN}.
     */
    public static Set<String> aliases(Region region) {
        Set<String> out = new LinkedHashSet<>();
        if (region.province() != null) {
            out.add(region.province());
            if (!region.province().equals(Region.NATIONAL)) {
                addStem(out, region.province(), true);
            }
        }
        if (region.city() != null) {
            out.add(region.city());
            addStem(out, region.city(), false);
        }
        if (region.county() != null) {
            out.add(region.county());
            addStem(out, region.county(), false);
        }
        return Collections.unmodifiableSet(out);
    }

    private static void addStem(Set<String> out, String name, boolean province) {
        String stem = Names.stem(name);
        if (stem == null) {
            return;
        }
        if (province || !Names.PROVINCE_STEMS.contains(stem)) {
            out.add(stem);
        }
        if (name.endsWith("自治州")) {
            out.add(stem + "州");
        }
    }

    /** The region a report comes from; {@link Region#UNKNOWN} when the text does not tell. */
    public Region resolve(String text) {
        return resolveWithEvidence(text).region();
    }

    /**
     * Decides the region of a report from the places it names. Every full name of a division, and
     * the short names of provinces and cities, are found in one pass; a mention weighs more in the
     * first {@value #HEAD} characters and in signature phrases (河北省人民政府省长, 在河北省第十四届人民代表大会).
     * Weight flows up from a county to its city and province. Names several divisions share
     * (鼓楼区), and two-character county names that are also words (新县, 和县), count only for the
     * division whose city or province the rest of the text supports. The province with the most
     * weight wins (on a tie, the one the text names first), then its city and its county while one
     * carries at least half the weight above it and no other as much.
     * A text whose opening is that of a national document (我代表国务院 …) and that has no local
     * signature is national; so is one naming no place that mentions 国务院 or 全国人民代表大会.
     */
    public Resolution resolveWithEvidence(String text) {
        Tables t = Tables.LOADED;
        List<Hit> hits = new ArrayList<>();
        t.trie.scan(text, (start, end, entry) -> names(t, text, start, end, entry), (start, end, entry) -> {
            if (!(entry.name.endsWith("区") && text.startsWith("域", end))) {  // 和平区域 is not 和平区
                hits.add(hit(text, start, end, entry));
            }
        });

        // In the order the text first names each division (or a place in it): a tie between two
        // provinces goes to the one named first, not to whichever the hash puts first.
        Map<Division, Double> support = new LinkedHashMap<>();
        Map<String, Mention> mentions = new LinkedHashMap<>();
        boolean localSignature = false;
        List<Hit> undecided = new ArrayList<>();
        for (Hit h : hits) {
            if (h.entry.candidates.size() == 1 && (!h.entry.weak || h.signature)) {
                credit(t, support, mentions, h, h.entry.candidates.get(0));
                localSignature |= h.signature;
            } else {
                undecided.add(h);
            }
        }
        Map<Division, Double> agreed = new HashMap<>(support);
        for (Hit h : undecided) {
            Division best = null;
            double bestScore = 0;
            boolean tie = false;
            for (Division d : h.entry.candidates) {
                double score = 0;
                for (Division a = t.parent(d); a != null; a = t.parent(a)) {
                    score += agreed.getOrDefault(a, 0.0);
                }
                if (score > bestScore) {
                    best = d;
                    bestScore = score;
                    tie = false;
                } else if (score == bestScore && score > 0) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                credit(t, support, mentions, h, best);
                localSignature |= h.signature;
            }
        }

        String folded = Folding.fold(text);
        String head = folded.substring(0, Math.min(folded.length(), 2 * HEAD));
        boolean nationalHead = NATIONAL_HEAD.stream().anyMatch(head::contains);
        boolean nationalAnywhere = nationalHead || NATIONAL_ANYWHERE.stream().anyMatch(folded::contains);
        List<Resolution.Mention> evidence = mentions.values().stream()
                .sorted(Comparator.comparingDouble((Mention m) -> -m.weight))
                .map(m -> new Resolution.Mention(m.name, t.region(m.division), m.count, round(m.weight)))
                .toList();

        // A text that speaks as a local government (我代表市人民政府, 全市 …) is never national, however
        // often it names the national sessions and bodies it follows.
        int local = count(LOCAL_SELF, folded);
        boolean localVoice = local >= LOCAL_SELF_MIN || LOCAL_HEAD.matcher(head).find();
        if (nationalHead && !localSignature && !localVoice) {
            return new Resolution(Region.NATIONWIDE, 0.9, evidence);
        }
        double total = 0;
        Division province = null;
        for (Map.Entry<Division, Double> e : support.entrySet()) {
            if (e.getKey().level() == Level.PROVINCE
                    && (localSignature || !NAMED_BY_NATIONAL_TEXTS.contains(e.getKey().code()))) {
                total += e.getValue();
                if (province == null || e.getValue() > support.get(province)) {
                    province = e.getKey();
                }
            }
        }
        if (province == null) {
            return nationalAnywhere && !localVoice
                    ? new Resolution(Region.NATIONWIDE, 0.6, evidence)
                    : new Resolution(Region.UNKNOWN, 0, evidence);
        }
        // A text that never speaks as a local government (全省, 我市, 省委 …, the provincial reports of 2025
        // do 10 to 68 times) but often as a national one (全国, 党中央, 国务院) names places for their own sake.
        if (!localSignature && !localVoice && count(NATIONAL_SELF, folded) >= 4 * Math.max(1, local)) {
            return new Resolution(Region.NATIONWIDE, 0.6, evidence);
        }
        double share = support.get(province) / total;
        if (!localSignature && !localVoice && nationalAnywhere && share < NATIONAL_SPREAD) {
            return new Resolution(Region.NATIONWIDE, 0.5, evidence);
        }
        double mass = 1 - Math.exp(-support.get(province) / 4);
        boolean cityVoice = count(CITY_SELF, folded) > Math.max(LOCAL_SELF_MIN, count(PROVINCE_SELF, folded));
        return new Resolution(t.region(descend(t, support, province, cityVoice)), round(share * mass), evidence);
    }

    /**
     * Whether a name found at start..end names a place. A short name does not when it is part of a
     * longer word ({@code place-overlaps.txt}: 黄河入海口 is not 海口, 推广东营 not 广东) or of a full
     * division name that starts inside it (辽东营口市: 营口市, not 东营); one that is an everyday word
     * (长治, 大同) only in a place's context.
     */
    private static boolean names(Tables t, String text, int start, int end, Entry entry) {
        if (!entry.shortForm) {
            return true;
        }
        if (t.overlaps(text, start, end)) {
            return false;
        }
        for (int j = start + 1; j < end; j++) {
            int e = t.trie.longestAt(text, j);
            if (e > end && !t.trie.valueAt(text, j, e).shortForm) {
                return false;
            }
        }
        if (!entry.inContext) {
            return true;
        }
        for (String before : PLACE_BEFORE) {
            if (text.startsWith(before, start - before.length())) {
                return true;
            }
        }
        for (String after : PLACE_AFTER) {
            if (text.startsWith(after, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * From the province down: the city, then the county, while one carries half the weight above it
     * and no other child as much.
     */
    private static Division descend(Tables t, Map<Division, Double> support, Division province, boolean cityVoice) {
        Division chosen = province;
        if (cityVoice) {
            // A city's own report names its province, the provincial capital and its neighbours too:
            // the city it names most is its own, whatever share of the province's weight that is.
            Division city = heaviestCity(t, support, province);
            if (city != null) {
                chosen = city;
            }
        }
        while (true) {
            Division bestChild = null;
            boolean tie = false;
            for (Division child : t.children.getOrDefault(chosen.code(), List.of())) {
                Double s = support.get(child);
                if (s == null) {
                    continue;
                }
                if (bestChild == null || s > support.get(bestChild)) {
                    bestChild = child;
                    tie = false;
                } else if (s.equals(support.get(bestChild))) {
                    tie = true;
                }
            }
            // Two children each carrying exactly half (舞阳县、临颍县 alike): the text is the parent's.
            if (bestChild == null || tie || support.get(bestChild) < DESCEND_SHARE * support.get(chosen)) {
                return chosen;
            }
            chosen = bestChild;
        }
    }

    /** The province's city with the most weight, if one has more than any other. */
    private static Division heaviestCity(Tables t, Map<Division, Double> support, Division province) {
        Division best = null;
        double second = 0;
        for (Division child : t.children.getOrDefault(province.code(), List.of())) {
            double s = support.getOrDefault(child, 0.0);
            if (child.level() != Level.CITY || s == 0) {
                continue;
            }
            if (best == null || s > support.get(best)) {
                second = best == null ? 0 : support.get(best);
                best = child;
            } else if (s > second) {
                second = s;
            }
        }
        return best != null && support.get(best) > second ? best : null;
    }

    private static int count(Literals strings, String text) {
        return strings.count(text);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static void credit(Tables t, Map<Division, Double> support, Map<String, Mention> mentions, Hit h,
                               Division d) {
        for (Division a = d; a != null; a = t.parent(a)) {
            support.merge(a, h.weight, Double::sum);
        }
        Mention m = mentions.computeIfAbsent(h.entry.name + '\t' + d.code(), k -> new Mention(h.entry.name, d));
        m.count++;
        m.weight += h.weight;
    }

    private static Hit hit(String text, int start, int end, Entry entry) {
        double weight = entry.shortForm ? SHORT_FORM_WEIGHT : 1;
        if (start < HEAD) {
            weight *= HEAD_FACTOR;
        }
        boolean signature = false;
        for (String after : SIGNATURE_AFTER) {
            if (text.startsWith(after, end)) {
                signature = true;
                break;
            }
        }
        if (!signature && text.startsWith("第", end) && start > 0 && text.charAt(start - 1) == '在') {
            signature = true;
        }
        if (signature) {
            weight += SIGNATURE_BONUS;
        }
        return new Hit(entry, weight, signature);
    }

    private record Hit(Entry entry, double weight, boolean signature) {
    }

    private static final class Mention {
        final String name;
        final Division division;
        int count;
        double weight;

        Mention(String name, Division division) {
            this.name = name;
            this.division = division;
        }
    }

    /** A name the scanner looks for and the divisions it may denote. */
    record Entry(String name, List<Division> candidates, boolean shortForm, boolean weak, boolean inContext) {
    }

    /** The loaded table and the indexes built from it; loaded when first touched (holder idiom). */
    static final class Tables {
        static final Tables LOADED = load();

        final List<Division> divisions;
        final Map<String, Division> byCode = new HashMap<>();
        final Map<String, List<Division>> byName = new HashMap<>();
        final Map<String, List<Division>> byShortName = new HashMap<>();
        final Map<String, List<Division>> children = new HashMap<>();
        final Map<String, Region> regions = new HashMap<>();
        final NameTrie<Entry> trie;
        /** {@code place-overlaps.txt}, folded, and the length of its longest word. */
        final Set<String> overlapWords = loadOverlaps();
        final int overlapMax = overlapWords.stream().mapToInt(String::length).max().orElse(0);

        private Tables(List<Division> divisions) {
            this.divisions = List.copyOf(divisions);
            for (Division d : divisions) {
                byCode.put(d.code(), d);
                byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
                if (d.parentCode() != null) {
                    children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
                }
            }
            for (Division d : divisions) {
                Division city = null;
                Division county = null;
                Division p = d;
                if (p.level() == Level.COUNTY) {
                    county = p;
                    p = byCode.get(p.parentCode());
                }
                if (p.level() == Level.CITY) {
                    city = p;
                    p = byCode.get(p.parentCode());
                }
                regions.put(d.code(), new Region(p.name(), city == null ? null : city.name(),
                        county == null ? null : county.name()));
                for (String shortName : shortNames(d)) {
                    if (!byName.containsKey(shortName)) {
                        byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
                    }
                }
            }
            Map<String, Entry> names = new HashMap<>();
            byName.forEach((name, ds) -> {
                if (!NOT_SCANNED.contains(name)) {
                    boolean weak = WEAK.contains(name) || ds.get(0).level() == Level.COUNTY && name.length() <= 2;
                    names.put(name, new Entry(name, List.copyOf(ds), false, weak, false));
                }
            });
            byShortName.forEach((name, ds) -> {
                if (!SHORT_NOT_SCANNED.contains(name)) {
                    names.put(name, new Entry(name, List.copyOf(ds), true, false, SHORT_IN_CONTEXT.contains(name)));
                }
            });
            trie = NameTrie.of(names);
        }

        /** Short names of provinces and cities; a city's that equals a province's is left out (吉林市). */
        private static List<String> shortNames(Division d) {
            String stem = Names.stem(d.name());
            if (d.level() == Level.COUNTY || stem == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            if (d.level() == Level.PROVINCE || !Names.PROVINCE_STEMS.contains(stem)) {
                names.add(stem);
            }
            if (d.name().endsWith("自治州")) {
                names.add(stem + "州");   // 恩施州, 海南州
            }
            return names;
        }

        /** Whether a listed word overlaps start..end and goes beyond it on either side. */
        boolean overlaps(String text, int start, int end) {
            for (int a = Math.max(0, start - overlapMax + 1); a < end; a++) {
                for (int b = Math.max(a + 2, start + 1); b <= Math.min(text.length(), a + overlapMax); b++) {
                    if ((a < start || b > end) && overlapWords.contains(Folding.fold(text.substring(a, b)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Set<String> loadOverlaps() {
            Set<String> words = new java.util.HashSet<>();
            try (InputStream in = Gazetteer.class.getResourceAsStream("place-overlaps.txt")) {
                if (in == null) {
                    throw new IllegalStateException("place-overlaps.txt missing beside " + Gazetteer.class.getName());
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(Folding.fold(w));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(words);
        }

        Division parent(Division d) {
            return d.parentCode() == null ? null : byCode.get(d.parentCode());
        }

        Region region(Division d) {
            return regions.get(d.code());
        }

        private static Tables load() {
            List<Division> divisions = new ArrayList<>();
            try (InputStream in = Gazetteer.class.getResourceAsStream("divisions.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("divisions.tsv missing beside " + Gazetteer.class.getName());
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    divisions.add(new Division(f[0], f[1], f[2].isEmpty() ? null : f[2],
                            Level.valueOf(f[3].toUpperCase(Locale.ROOT))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Tables(divisions);
        }
    }

}
