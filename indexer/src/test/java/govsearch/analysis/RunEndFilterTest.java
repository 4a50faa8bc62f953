package govsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class RunEndFilterTest {

    private record Token(String term, int start, int end, String type, int increment) {
    }

    /**
     * The index side is the unigram-and-bigram stream with each bigram in place of the unigram it
     * is stacked on: every bigram, and a unigram only where no bigram starts (a run's last
     * character, a lone one), each at the unigram stream's position, with its offsets and type.
     */
    @Test
    void theIndexSideIsTheUnigramAndBigramStreamWithEachBigramInPlaceOfItsFirstCharacter() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Corpus.dir())) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>(List.of("", "国", "成小康", "2019年工作，去年6月", "𠀀𠀁 𠀀", "カタカナとひらがな、한국어 문장",
                "ＧＤＰ增長6.6%", "a b c 中 d 中国 e"));
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        long tokens = 0;
        try (Analyzer index = ExactAnalyzer.forIndex(); Analyzer both = ExactAnalyzer.unigramsAndBigrams()) {
            for (String text : texts) {
                List<Token> expected = new ArrayList<>();
                for (Token t : tokens(both, text)) {
                    if (t.increment() == 0 && t.type().equals(CJKBigramFilter.DOUBLE_TYPE)) {
                        Token unigram = expected.removeLast();
                        expected.add(new Token(t.term(), t.start(), t.end(), t.type(), unigram.increment()));
                    } else {
                        expected.add(t);
                    }
                }
                List<Token> actual = tokens(index, text);
                assertThat(actual).as(text.length() > 30 ? text.substring(0, 30) : text).isEqualTo(expected);
                tokens += actual.size();
            }
        }
        assertThat(tokens).isGreaterThan(1_500_000);
    }

    private static List<Token> tokens(Analyzer a, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("exact", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), type.type(),
                        increment.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }
}
