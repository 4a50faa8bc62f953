package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTest {

    @TempDir
    Path tmp;

    @Test
    void takesAtMostOnePath() throws Exception {
        assertThat(CommandLine.parse(new String[]{"eval"}).args()).isEmpty();
        assertThat(CommandLine.parse(new String[]{"eval", "corpus"}).args()).containsExactly("corpus");
        assertThatThrownBy(() -> CommandLine.parse(new String[]{"eval", "a", "b"}))
                .hasMessageContaining("eval takes no paths, got 'b'");
    }

    @Test
    void scoresAFolderWithAManifestAndSaysWhatCouldNotBeEvaluated() throws Exception {
        Files.writeString(tmp.resolve("manifest.tsv"), """
                file\ttitle\tyear\tregion\tdoc_type
                hebei.txt\t2025年河北省政府工作报告\t2025\t河北省\tgovernment_work_report
                short.txt\t决议\t2019\t全国 (NPC)\tnpc_resolution
                """);
        Files.writeString(tmp.resolve("hebei.txt"), """
                2025年河北省政府工作报告
                ——2025年1月14日在河北省第十四届人民代表大会第三次会议上
                河北省人民政府省长 王正谱
                各位代表：
                一、2024年工作回顾
                过去一年，全省上下奋力拼搏，石家庄、唐山、保定、邯郸经济稳中有进，雄安新区建设扎实推进。
                二、2025年工作总体要求和主要任务
                今年全省经济社会发展的主要预期目标是：生产总值增长5.5%左右。
                """);
        Files.writeString(tmp.resolve("short.txt"), "第十三届全国人民代表大会第二次会议\n关于政府工作报告的决议\n（2019年3月15日）\n会议批准这个报告。\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = Eval.run(List.of(tmp.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out).contains("2 labelled texts", "1 not evaluable", "year     1/1 (100.0%)",
                "province 1/1 (100.0%)", "counting not-evaluable as misses 1/2 (50.0%)", "not evaluable short.txt");
    }

    /** The held-back texts are found by their manifest path, as in the bundled corpus, and counted apart. */
    @Test
    void reportsTheHeldBackTextsApartFromTheTuningSet() throws Exception {
        Files.createDirectories(tmp.resolve("national"));
        Files.writeString(tmp.resolve("manifest.tsv"), """
                file\ttitle\tyear\tregion\tdoc_type
                national/national-1954.txt\t1954年政府工作报告\t1954\t全国 (State Council)\tgovernment_work_report
                national/national-1955.txt\t1955年政府工作报告\t1955\t全国 (State Council)\tgovernment_work_report
                """);
        String body = "各位代表：\n一、过去一年的工作\n全国人民团结一致，党中央和国务院领导全国各族人民，全国经济稳步发展。\n";
        Files.writeString(tmp.resolve("national/national-1954.txt"), "标题\n日期\n署名\n\n" + body);
        Files.writeString(tmp.resolve("national/national-1955.txt"), "标题\n日期\n署名\n\n" + body);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Eval.run(List.of(tmp.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("tuning set (the rules were tuned on these): 1 documents",
                "held back (kept out of tuning since 2026-12-05; tuned on before): 1 documents",
                "national/national-1954.txt: year");
        assertThat(out).containsPattern("miss national/national-1954.txt: year \\S+ not 1954 \\(held back\\)");
        assertThat(out).containsPattern("miss national/national-1955.txt: year \\S+ not 1955 \\[");
    }

    @Test
    void aFolderWithNoHeldBackTextSaysThereIsNoSplit() throws Exception {
        Files.writeString(tmp.resolve("manifest.tsv"), "file\tyear\nhebei.txt\t2025\n");
        Files.writeString(tmp.resolve("hebei.txt"), "一\n二\n三\n四\n2025年河北省政府工作报告，全省上下奋力拼搏。\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Eval.run(List.of(tmp.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("held-back split: none of these texts is on the held-back list")
                .doesNotContain("tuning set");
    }
}
