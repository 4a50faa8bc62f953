package govsearch.understand;

import java.util.List;

/** The kind of report, from its title: the first kind named there, most specific kinds first. */
public final class TypeRule {

    private static final List<String> KINDS = List.of(
            "决议", "政府工作报告", "党代会报告", "情况报告", "调研报告", "述职报告", "绩效报告", "工作总结", "工作报告");

    private TypeRule() {
    }

    public static String read(String title) {
        if (title == null) {
            return null;
        }
        for (String kind : KINDS) {
            if (title.contains(kind)) {
                return kind;
            }
        }
        if (title.contains("代表大会上的报告") || title.matches(".*[（(][一二三四五六七八九十]+大[）)].*")) {
            return "党代会报告";
        }
        if (title.contains("调查报告") || title.contains("调研")) {
            return "调研报告";
        }
        return title.contains("总结") ? "工作总结" : null;
    }
}
