package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.analysis.Folding;
import govsearch.analysis.IkAnalyzer;
import govsearch.report.Source;
import govsearch.testing.Corpus;
import govsearch.understand.Evaluation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: variants of a phrase came back as fragments — 为中心向以人民, 稳中有, 放管服”改革. Over the
 * bundled corpus, for every phrase of the government-words dictionary and a few more, every wording
 * found in every sentence holding half of the phrase is whole words (it starts where an IK smart
 * word starts and ends where one ends) and holds no punctuation, quote mark or space; the phrase
 * itself is the one wording allowed inside a longer word.
 */
class WordingsCorpusTest {

    static final List<String> MORE = List.of("稳中求进", "以人民为中心", "改革开放", "以经济建设为中心", "深化改革",
            "实事求是", "依法治国", "科教兴国", "可持续发展", "一带一路");

    static List<String> sentences = new ArrayList<>();
    static List<String> phrases = new ArrayList<>();

    @BeforeAll
    static void readTheCorpus() throws IOException {
        assumeTrue(Files.isRegularFile(Corpus.dir().resolve("manifest.tsv")), "no corpus at " + Corpus.dir().toAbsolutePath());
        for (Source s : Evaluation.load(Corpus.dir())) {
            String text = s.text();
            for (int[] span : Sentences.spans(text)) {
                sentences.add(text.substring(span[0], span[1]));
            }
        }
        try (InputStream in = IkAnalyzer.class.getResourceAsStream("gov-words.dic")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.strip().length() >= 3) {
                    phrases.add(line.strip());
                }
            }
        }
        phrases.addAll(MORE);
    }

    /** Where IK smart words start and end in a sentence, and the characters they cover. */
    record Words(Set<Integer> starts, Set<Integer> ends, boolean[] covered) {
        static final Analyzer SMART = IkAnalyzer.smart();

        static Words of(String text) throws IOException {
            Words w = new Words(new HashSet<>(), new HashSet<>(), new boolean[text.length()]);
            try (TokenStream ts = SMART.tokenStream("", text)) {
                OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    w.starts.add(o.startOffset());
                    w.ends.add(o.endOffset());
                    for (int i = o.startOffset(); i < o.endOffset(); i++) {
                        w.covered[i] = true;
                    }
                }
                ts.end();
            }
            return w;
        }

        /** Whether the wording occurs somewhere in the text from a word's start to a word's end, all in words. */
        boolean whole(String text, String wording) {
            for (int at = text.indexOf(wording); at >= 0; at = text.indexOf(wording, at + 1)) {
                int end = at + wording.length();
                boolean inWords = true;
                for (int i = at; i < end; i++) {
                    inWords &= covered[i];
                }
                if (inWords && starts.contains(at) && ends.contains(end)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Test
    void everyWordingOfEveryPhraseIsWholeWordsWithoutPunctuation() throws IOException {
        assertThat(phrases).hasSizeGreaterThan(80);
        Map<String, Set<String>> found = new HashMap<>();
        int checked = 0;
        for (String phrase : phrases) {
            List<String> look = Wordings.anchors(phrase).isEmpty() ? List.of(phrase) : Wordings.anchors(phrase);
            for (String sentence : sentences) {
                String folded = Folding.fold(sentence);
                if (look.stream().noneMatch(folded::contains)) {
                    continue;
                }
                List<String> wordings = Wordings.in(phrase, sentence);
                Words words = wordings.isEmpty() ? null : Words.of(sentence);
                for (String w : wordings) {
                    checked++;
                    found.computeIfAbsent(phrase, p -> new HashSet<>()).add(w);
                    assertThat(w.chars().allMatch(Character::isLetterOrDigit))
                            .as("%s: wording %s of %s", sentence, w, phrase).isTrue();
                    if (!Folding.fold(w).equals(Folding.fold(phrase))) {
                        assertThat(words.whole(sentence, w)).as("%s: wording %s of %s", sentence, w, phrase).isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(found.get("稳中求进")).contains("稳中求进", "稳中有进", "稳中向好", "稳中提质");
        assertThat(found.get("以人民为中心")).doesNotContain("为中心向以人民");
        assertThat(found.get("放管服")).containsOnly("放管服");
    }
}
