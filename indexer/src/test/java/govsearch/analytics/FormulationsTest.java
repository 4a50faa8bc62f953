package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analytics.Formulations.Use;
import govsearch.index.ReportIndexContract;
import govsearch.report.Region;
import govsearch.report.Report;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What counts as a formulation (提法) of a report; see docs/design/formulations.md. */
class FormulationsTest {

    static Report report(String text) {
        return ReportIndexContract.report("f.txt", 2025, Region.NATIONWIDE, "政府工作报告", text);
    }

    static List<String> runs(String text) {
        return Formulations.runs(text).stream().map(Formulations.Run::text).toList();
    }

    @Test
    void runsAreOneToFourWordsInsideAClauseFromContentWordToContentWord() {
        // IK: 因地制宜 / 发展 / 新质生产力; the comma ends every run
        assertThat(runs("因地制宜发展新质生产力，加快建设")).contains("因地制宜", "新质生产力", "发展新质生产力",
                "因地制宜发展新质生产力").noneMatch(r -> r.contains(",") || r.contains("，"));
        // no run opens or closes on a function word, and none holds a digit
        assertThat(runs("我们要把就业摆在突出位置")).noneMatch(r -> r.startsWith("我们") || r.endsWith("把"));
        assertThat(runs("增长5%左右")).noneMatch(r -> r.contains("5"));
    }

    @Test
    void aRunSaidTwiceOrALongDictionaryWordIsAFormulation() {
        Map<String, Use> f = Formulations.of(report("""
                各位代表：
                一、今年的工作
                大力推进数字乡村示范建设，打造数字乡村示范县。推动好房子建设。
                """));
        // counted where its characters occur: IK reads 示范县 in the second, the formulation is there all the same
        assertThat(f.get("数字乡村示范").count()).isEqualTo(2);
        assertThat(f).containsKey("好房子");             // one dictionary word of three characters, said once
        assertThat(f).doesNotContainKey("推动好房子");    // a combination said once is wording
        assertThat(f.get("数字乡村示范").sentence()).isEqualTo("大力推进数字乡村示范建设，打造数字乡村示范县。");
    }

    @Test
    void aFormulationInsideALongerOneUsedAsOftenSaysNothingMore() {
        List<Use> closed = Formulations.closed(List.of(new Use("新质生产力", 2, "s-1", ""), new Use("质生产力", 2, "s-1", ""),
                new Use("生产力", 5, "s-1", "")));
        assertThat(closed).extracting(Use::text).containsExactly("新质生产力", "生产力");
    }

    @Test
    void anyTextGivesFormulationsThatOccurInIt() {
        Random random = new Random(19);
        String alphabet = "新质生产力发展，。因地制宜的了和5a\n、（）《》推进建设";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (Formulations.Run r : Formulations.runs(govsearch.analysis.Folding.fold(text))) {
                assertThat(govsearch.analysis.Folding.fold(text).substring(r.start())).as(text).startsWith(r.text());
                assertThat(r.text().length()).isBetween(Formulations.MIN_CHARS, Formulations.MAX_CHARS);
            }
        }
    }
}
