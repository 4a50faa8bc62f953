package govsearch.understand;

import govsearch.report.EvidenceRule;
import govsearch.analysis.Folding;
import govsearch.report.Evidence;
import govsearch.report.Region;
import govsearch.report.Understanding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrative level of a report's author — 国家, 省, 市, 县, 乡镇/街道 — from how the text speaks
 * of its own area (我县, 全县, 县委统战部; 我镇, 街道党工委) and, failing that, from the region: a
 * national region is 国家, a county 县, a city 市, a province 省.
 */
public final class LevelRule {

    /** The level, null when unknown, and why. */
    public record Reading(String level, List<Evidence> evidence) {

        public Reading {
            evidence = List.copyOf(evidence);
        }
    }

    /** Each level's ways of speaking of its own area, found in one pass over a text. */
    private static final Map<String, NameTrie<String>> SELF = new LinkedHashMap<>();

    static {
        SELF.put("乡镇/街道", words("我镇|全镇|我乡|全乡|我街道|全街道|街道党工委|镇党委|乡党委|镇人民政府|乡人民政府|街道办事处"));
        SELF.put("县", words("我县|全县|县委|县人民政府|县政府|我旗|全旗|旗委|我市区|区委统战部|县委统战部"));
        SELF.put("市", words("我市|全市|市委|市人民政府|市政府|我州|全州|州委|我盟|全盟"));
        SELF.put("省", words("我省|全省|省委|省人民政府|省政府|自治区党委|自治区人民政府"));
        SELF.put(Understanding.NATIONAL, words("我代表国务院|国务院总理|党中央|中共中央|全国人民代表大会"));
    }

    private static NameTrie<String> words(String alternatives) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : alternatives.split("\\|")) {
            words.put(word, word);
        }
        return NameTrie.of(words);
    }

    /** Self-references needed before they outvote the region. */
    private static final int ENOUGH = 3;

    private LevelRule() {
    }

    public static Reading read(Region region, String text) {
        String folded = Folding.fold(text);
        List<Evidence> evidence = new ArrayList<>();
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, NameTrie<String>> e : SELF.entrySet()) {
            int[] found = new int[3];   // count, first start, first end
            e.getValue().scan(folded, (start, end, word) -> {
                if (found[0]++ == 0) {
                    found[1] = start;
                    found[2] = end;
                }
            });
            int n = found[0];
            int first = n > 0 ? found[1] : -1;
            String quote = n > 0 ? text.substring(found[1], found[2]) : null;
            if (n > 0) {
                evidence.add(new Evidence(EvidenceRule.SELF_REFERENCE, quote + " ×" + n, first, e.getKey(), n));
            }
            if (n > bestCount) {
                best = e.getKey();
                bestCount = n;
            }
        }
        String byRegion = fromRegion(region);
        if (byRegion != null) {
            evidence.addFirst(new Evidence(EvidenceRule.REGION, region.mostSpecific(), -1, byRegion, ENOUGH));
        }
        if (Region.NATIONAL.equals(region.province())) {
            return new Reading(Understanding.NATIONAL, evidence);
        }
        // A text that says 我县 again and again is a county's, even if its region is only known to the province.
        // 北京市 says 全市 and 广西 全区 of the whole province-level division.
        boolean provinceLevel = region.known() && region.city() == null;
        if (provinceLevel && "市".equals(best)) {
            best = "省";
        }
        if (best != null && bestCount >= ENOUGH && !best.equals(Understanding.NATIONAL)
                && (byRegion == null || deeper(best, byRegion))) {
            return new Reading(best, evidence);
        }
        return new Reading(byRegion, evidence);
    }

    private static boolean deeper(String a, String b) {
        return Understanding.LEVELS.indexOf(a) > Understanding.LEVELS.indexOf(b);
    }

    private static String fromRegion(Region region) {
        if (!region.known()) {
            return null;
        }
        if (Region.NATIONAL.equals(region.province())) {
            return Understanding.NATIONAL;
        }
        return region.county() != null ? "县" : region.city() != null ? "市" : "省";
    }
}
