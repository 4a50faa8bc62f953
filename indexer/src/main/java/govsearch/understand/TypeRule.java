package govsearch.understand;

import govsearch.report.EvidenceRule;
import govsearch.analysis.Folding;
import govsearch.report.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of report: from its title (the first kind named there, most specific kinds first), else
 * from the way its opening and closing are written (我代表国务院，向大会报告政府工作; …听取和审议了…决定批准这个报告;
 * 我代表第十六届中央委员会向大会作报告; 现将有关情况报告如下).
 */
public final class TypeRule {

    /** The kind, how sure (0 to 1), and why; kind null when neither title nor structure tells. */
    public record Reading(String type, double confidence, List<Evidence> evidence) {

        public Reading {
            evidence = List.copyOf(evidence);
        }
    }

    static final List<String> KINDS = List.of(
            "决议", "政府工作报告", "党代会报告", "情况报告", "调研报告", "述职报告", "绩效报告", "工作总结", "工作报告");

    /** Structure: a pattern of the opening (or closing) lines and the kind it marks, most telling first. */
    private record Shape(String type, Pattern pattern, boolean closing) {
    }

    private static final int OPENING = 400;
    private static final List<Shape> SHAPES = List.of(
            new Shape("决议", Pattern.compile("听取(?:和审议)?了.{0,40}?(?:所作的|的)?政府工作报告"), false),
            new Shape("决议", Pattern.compile("决定批准(?:这个|该)报告"), false),
            new Shape("政府工作报告", Pattern.compile("(?:代表|受)[^。\\n]{0,16}(?:国务院|人民政府|政府)[^。\\n]{0,12}(?:向大会)?(?:报告政府工作|作政府工作报告|作工作报告|报告工作|作报告)"), false),
            new Shape("政府工作报告", Pattern.compile("作政府工作报告|在[^。\\n]{0,24}人民代表大会第[一二三四五六七八九十]{1,3}次会议上"), false),
            new Shape("政府工作报告", Pattern.compile("向大会报告(?:过去[一五]年)?政府工作"), false),
            new Shape("党代会报告", Pattern.compile("(?:代表|受)[^。\\n]{0,14}中央委员会[^。\\n]{0,10}(?:向|作)"), false),
            new Shape("党代会报告", Pattern.compile("(?<!人民)代表大会[^。\\n]{0,8}(?:作报告|开幕|上的报告)|在此次代表大会上|向(?:这次)?大会作(?:政治)?报告"), false),
            new Shape("述职报告", Pattern.compile("述职如下|现将[^。\\n]{0,20}述职"), false),
            new Shape("绩效报告", Pattern.compile("绩效(?:自评|评价|目标完成)"), false),
            new Shape("调研报告", Pattern.compile("(?:调研组|课题组|通过(?:实地)?调研|调研发现|开展了?专题调研|调研情况报告如下)"), false),
            new Shape("工作总结", Pattern.compile("现将[^。\\n]{0,30}工作总结如下"), false),
            new Shape("情况报告", Pattern.compile("现将[^。\\n]{0,40}(?:情况)?(?:报告|汇报)如下"), false),
            new Shape("情况报告", Pattern.compile("特此报告|以上报告"), true),
            new Shape("党代会报告", Pattern.compile("^[^。]{0,10}(?:中国共产党|党的)第[一二三四五六七八九十]{1,3}次全国代表大会"), false),
            // Weakest: how the speaker addresses the hall — deputies of a people's congress, or comrades at a congress.
            new Shape("政府工作报告", Pattern.compile("各位代表[:：]|^[一二]、(?:\\d{4}年|过去[一五]年)(?:的)?工作回顾"), false),
            new Shape("党代会报告", Pattern.compile("这次(?:代表)?大会|同志们[!！:：]"), false));

    private TypeRule() {
    }

    public static String read(String title) {
        return fromTitle(title);
    }

    public static Reading extract(String title, String text) {
        List<Evidence> evidence = new ArrayList<>();
        // A first line that is a sentence (…决定批准这个报告。) is no title: it names kinds it is not.
        boolean isTitle = title != null && title.length() <= 60 && !title.endsWith("。");
        String byTitle = isTitle ? fromTitle(title) : null;
        if (byTitle != null) {
            evidence.add(new Evidence(EvidenceRule.TITLE, title, -1, byTitle, 10));
        }
        String folded = Folding.fold(text == null ? "" : text);
        String opening = folded.substring(0, Math.min(folded.length(), OPENING));
        String closing = folded.substring(Math.max(0, folded.length() - 200));
        String byShape = null;
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(shape.closing() ? closing : opening);
            if (m.find()) {
                int offset = shape.closing() ? folded.length() - closing.length() + m.start() : m.start();
                evidence.add(new Evidence(EvidenceRule.STRUCTURE, text.substring(offset, offset + m.group().length()), offset,
                        shape.type(), 5));
                byShape = shape.type();
                break;
            }
        }
        if (byTitle != null) {
            return new Reading(byTitle, byShape == null || byShape.equals(byTitle) ? 0.95 : 0.7, evidence);
        }
        return byShape == null ? new Reading(null, 0, evidence) : new Reading(byShape, 0.7, evidence);
    }

    private static String fromTitle(String title) {
        if (title == null) {
            return null;
        }
        for (String kind : KINDS) {
            if (title.contains(kind)) {
                return kind;
            }
        }
        if (title.contains("代表大会上的报告") || title.contains("代表大会上的政治报告")
                || title.matches(".*[（(][一二三四五六七八九十]+大[）)].*")) {
            return "党代会报告";
        }
        if (title.contains("调查报告") || title.contains("调研")) {
            return "调研报告";
        }
        return title.contains("总结") ? "工作总结" : null;
    }
}
