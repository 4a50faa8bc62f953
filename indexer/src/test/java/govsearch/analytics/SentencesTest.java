package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a sentence of official prose starts and ends. */
class SentencesTest {

    static List<String> sentences(String text) {
        return Sentences.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void sentencesEndAfterTheirPunctuationOrBeforeALineEnd() {
        assertThat(sentences("坚持精准扶贫方略。确保不落一人！是否如期完成？推进乡村振兴；\n  ——稳定粮食生产面积\r\n巩固拓展成果!继续推进改革?落实落细政策;"))
                .containsExactly("坚持精准扶贫方略。", "确保不落一人！", "是否如期完成？", "推进乡村振兴；", "稳定粮食生产面积",
                        "巩固拓展成果!", "继续推进改革?", "落实落细政策;");
    }

    @Test
    void onlySentencesOfSixToThreeHundredCharactersCount() {
        assertThat(sentences("短句子。六个字的话。")).containsExactly("六个字的话。");
        assertThat(sentences("六个字的话。短句子。")).containsExactly("六个字的话。");
        assertThat(sentences("字".repeat(299) + "。" + "字".repeat(299) + "。" + "字".repeat(300) + "。"))
                .extracting(String::length).containsExactly(300, 300);
        assertThat(sentences("没有结尾标点的一句话")).containsExactly("没有结尾标点的一句话");
        assertThat(sentences("")).isEmpty();
    }

    @Test
    void theSentenceHoldingAnOffsetRunsFromAfterTheLastBoundaryToItsOwnPunctuation() {
        String text = "第一句。第二句话！\n第三句";
        int at = text.indexOf("二");

        assertThat(text.substring(Sentences.sentenceStart(text, at), Sentences.sentenceEnd(text, at))).isEqualTo("第二句话！");
        int third = text.indexOf("三");
        assertThat(text.substring(Sentences.sentenceStart(text, third), Sentences.sentenceEnd(text, third))).isEqualTo("第三句");
        assertThat(Sentences.sentenceStart(text, 0)).isZero();
        assertThat(Sentences.sentenceEnd("一行\n二行", 0)).isEqualTo(2);
    }
}
