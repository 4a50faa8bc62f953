package org.wltea.analyzer.core;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.testing.Corpus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The import's IK segmentation over the flat dictionary gives what IK's own CJK segmenter gives:
 * the same max-word and smart lexemes, in the same order, with the same positions and types.
 */
class FlatCJKSegmenterTest {

    private static List<String> lexemes(TwoModeSegmenter segmenter, String text) throws IOException {
        List<String> out = new ArrayList<>();
        segmenter.segment(new StringReader(text),
                l -> out.add("max " + l.getBeginPosition() + "+" + l.getLength() + " " + l.getLexemeType() + " " + l.getLexemeText()),
                l -> out.add("smart " + l.getBeginPosition() + "+" + l.getLength() + " " + l.getLexemeType() + " " + l.getLexemeText()));
        return out;
    }

    @Test
    @Tag(Corpus.WHOLE)
    void everyBundledReportIsSegmentedAsIksOwnSegmenterDoes() throws IOException {
        TwoModeSegmenter flat = new TwoModeSegmenter(true);
        TwoModeSegmenter ik = new TwoModeSegmenter(false);
        List<Path> files;
        try (Stream<Path> all = Files.walk(Corpus.dir())) {
            files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        long compared = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            List<String> expected = lexemes(ik, text);
            assertThat(lexemes(flat, text)).as(f.getFileName().toString()).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).isGreaterThan(1_000_000);
    }

    @Test
    void randomTextsOfWordsAndTheirPiecesAreSegmentedAsIksOwnSegmenterDoes() throws IOException {
        // Pieces of real words, run together with digits, Latin letters, punctuation and long runs
        // that cross IK's buffer refills (4,096 chars): where partial matches start, go on and stop.
        String[] pieces = {"中华人民共和国", "人民", "共和", "和国", "高质量发展", "质量", "发展", "全面建成小康社会", "小康",
                "一带一路", "社会主义", "现代化", "国家", "五", "个", "万元", "GDP", "2024年", "，", "。", " ", "新质生产力",
                "生产", "力", "乡村振兴", "振", "兴", "abc", "3.5%", "第一", "百分之"};
        Random random = new Random(7);
        TwoModeSegmenter flat = new TwoModeSegmenter(true);
        TwoModeSegmenter ik = new TwoModeSegmenter(false);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(i % 10 == 0 ? 3000 : 60);
            for (int k = 0; k < n; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(lexemes(flat, text)).as(text).isEqualTo(lexemes(ik, text));
        }
    }
}
