package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 2025 provincial reports that broke the tree (issue #14) have the outlines their texts show:
 * each heading as level, number and title.
 */
class ProvincialOutlinesTest {

    private static List<String> headings(String file, int level) {
        return SectionTree.parse("r", Corpus.text(file)).stream().filter(s -> s.level() == level)
                .map(s -> s.number() + s.title()).toList();
    }

    private static List<String> under(String file, String parentTitle) {
        return SectionTree.parse("r", Corpus.text(file)).stream()
                .filter(s -> !s.path().isEmpty() && s.path().getLast().equals(parentTitle))
                .map(Section::number).toList();
    }

    @Test
    void anhui2025HeadsItsPartsAfterU00A0IndentsSoThe2025PlanIsNotInside2024sEighthPoint() {
        String file = "provincial-2025/anhui-2025.txt";

        assertThat(headings(file, 1)).containsExactly(
                "一、2024年工作回顾", "二、2025年工作总体要求和主要目标任务", "三、2025年重点工作");
        assertThat(under(file, "2024年工作回顾")).containsExactly(
                "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）");
        assertThat(under(file, "2025年重点工作")).containsExactly(
                "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）", "（十一）");
        Section eighth2024 = SectionTree.parse("r", Corpus.text(file)).stream()
                .filter(s -> s.title().equals("更好统筹发展和安全，社会大局保持和谐稳定")).findFirst().orElseThrow();
        assertThat(eighth2024.path()).containsExactly("2024年工作回顾");
        assertThat(eighth2024.text()).doesNotContain("持续用力扩大内需").hasSizeLessThan(2000);
    }

    @Test
    void sichuan2025HasUnnumberedPartsAndItsNotesAreOneAppendixSoEightPointSixIsNoHeading() {
        String file = "provincial-2025/sichuan-2025.txt";

        assertThat(headings(file, 1)).containsExactly("2024年工作回顾", "2025年工作安排建议", "加强政府自身建设", "名词解释");
        assertThat(under(file, "2024年工作回顾")).containsExactly("（一）", "（二）", "（三）", "（四）", "（五）", "（六）");
        assertThat(under(file, "2025年工作安排建议")).containsExactly(
                "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）");
        assertThat(under(file, "加强政府自身建设")).containsExactly("（一）", "（二）", "（三）", "（四）");
        Section notes = SectionTree.parse("r", Corpus.text(file)).getLast();
        assertThat(notes.title()).isEqualTo("名词解释");
        assertThat(notes.text()).startsWith("1.六大优势产业").contains("\n8.6个重大科技专项：").contains("\n50.“制胜”专项行动");
    }

    @Test
    void guangdong2025KeepsIts民生实事ListInsideItsAppendixNotAsTopLevelSections() {
        String file = "provincial-2025/guangdong-2025.txt";

        assertThat(headings(file, 1)).containsExactly(
                "一、2024年工作回顾", "二、2025年工作安排", "附件12025年省十件民生实事", "附件2名词解释");
        assertThat(under(file, "2025年工作安排")).containsExactly("（一）", "（二）", "（三）", "（四）", "（五）", "（六）",
                "（七）", "（八）", "（九）", "（十）", "（十一）", "（十二）");
        Section list = SectionTree.parse("r", Corpus.text(file)).stream()
                .filter(s -> s.number().equals("附件1")).findFirst().orElseThrow();
        assertThat(list.title()).isEqualTo("2025年省十件民生实事");
        assertThat(list.text()).startsWith("一、为老年人提供健康管理").contains("\n三、为重点群体提供稳定就业保障")
                .contains("\n十、为青少年提供更加普惠专业的心理健康服务");
    }
}
