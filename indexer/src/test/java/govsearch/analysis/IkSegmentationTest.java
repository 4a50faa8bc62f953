package govsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Section;
import govsearch.report.Source;
import govsearch.testing.Corpus;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wltea.analyzer.core.Lexeme;

class IkSegmentationTest {

    private static final Analyzer MAX_WORD = IkAnalyzer.maxWord();
    private static final Analyzer SMART = IkAnalyzer.smart();

    /** Numerals with quantifiers (smart mode compounds them), folding, letters, a 4000-char chunk boundary. */
    private static final List<String> EDGES = List.of(
            "",
            "。",
            "二〇一九年粮食产量一万三千二百七十七亿斤，增长6.5%，ＧＤＰ增長６．６％，CPI上涨2.9个百分点。",
            "三百五十万吨钢，第十四个五年规划，1949年10月1日，2.5倍，百分之八十。",
            "愛國統一戰線 iPhone 5G网络 COVID-19 疫情 Ａｂｃ abc_def 3.14159",
            // Cased letters beyond ASCII, which only the lower-casing changes, and a surrogate pair.
            "第Ⅱ类水质 ΑΒΓ测试 ÄÖÜ МОСКВА Ⓐ级 𝐀𝐁 Ǆ",
            "发展".repeat(2100) + "改革开放" + "人民".repeat(1990) + "。小康社会",
            "a".repeat(4100) + "中国人民");

    @Test
    void bothModesAtOnceGiveWhatEachModeGivesAlone() throws IOException {
        for (String text : EDGES) {
            assertSame(text);
        }
    }

    @Test
    void aLexemeOutOfOrderOrPastItsChunkIsDroppedAsIkTokenizerDropsIt() {
        int[] lastStart = {0};
        // chunk from 100: a lexeme at 5..7 of the chunk is at 105..107 of the text
        assertThat(IkSegmentation.kept(new Lexeme(0, 5, 2, Lexeme.TYPE_CNWORD), 100, 4100, lastStart)).isTrue();
        assertThat(lastStart[0]).isEqualTo(105);
        assertThat(IkSegmentation.kept(new Lexeme(0, 3, 2, Lexeme.TYPE_CNWORD), 100, 4100, lastStart))
                .as("starts at 103, before the last kept start 105").isFalse();
        assertThat(IkSegmentation.kept(new Lexeme(0, 3999, 2, Lexeme.TYPE_CNWORD), 100, 4100, lastStart))
                .as("ends at 4101, past the chunk's end 4100").isFalse();
        assertThat(lastStart[0]).as("a dropped lexeme moves nothing").isEqualTo(105);
    }

    /** Every section of the bundled corpus, as the import segments them. */
    @Test
    @Tag(Corpus.WHOLE)
    void bothModesAtOnceGiveWhatEachModeGivesAloneOnTheBundledCorpus() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Corpus.dir())) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        long chars = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (Section s : ReportReader.read(new Source(file.toString(), text, null, null, null, null, null)).sections()) {
                assertSame(s.content());
                chars += s.content().length();
            }
        }
        assertThat(chars).isGreaterThan(2_000_000);
    }

    @Test
    void noCharFromTheCjkRadicalsToYiChangesWhenLowerCasedAsTheShortcutAssumes() {
        for (char c = '\u2E80'; c < '\uA640'; c++) {
            assertThat(Character.isSurrogate(c) || Character.toLowerCase(c) != c).as("U+%04X", (int) c).isFalse();
        }
        assertThat(IkSegmentation.lowerCase("第Ⅱ类ΑΒΓ")).isEqualTo("第ⅱ类αβγ");
    }

    @Test
    void eachSmartWordStartsWhereItStandsInTheFoldedTextUnlessLowerCasingChangedIt() {
        for (String text : EDGES) {
            IkSegmentation ik = IkSegmentation.of(text);
            assertThat(ik.folded()).isEqualTo(Folding.fold(text));
            int[] starts = ik.smartStarts();
            assertThat(starts).hasSize(ik.smartWords().size());
            for (int i = 0; i < starts.length; i++) {
                String word = ik.smartWords().get(i);
                String there = ik.folded().substring(starts[i], starts[i] + word.length());
                assertThat(IkSegmentation.lowerCase(there)).as("word %d of %s", i, text.substring(0, Math.min(20, text.length())))
                        .isEqualTo(word);
                if (i > 0) {
                    assertThat(starts[i]).isGreaterThanOrEqualTo(starts[i - 1]);
                }
            }
        }
    }

    private static void assertSame(String text) throws IOException {
        IkSegmentation both = IkSegmentation.of(text);
        String what = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        assertThat(tokens(both.maxWordTokens())).as("max-word of %s", what)
                .containsExactlyElementsOf(tokens(MAX_WORD.tokenStream("text", text)));
        List<String> smart = tokens(SMART.tokenStream("text", text));
        assertThat(both.smartWords()).as("smart words of %s", what)
                .containsExactlyElementsOf(smart.subList(0, smart.size() - 1).stream()
                        .map(t -> t.substring(0, t.indexOf(' '))).toList());
    }

    /**
     * Term, offsets, type and position increment of each token, and the end state: the final offset
     * and the final position increment, which the index adds before the next value of the same field.
     */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " " + type.type() + " +"
                        + increment.getPositionIncrement());
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }
}
