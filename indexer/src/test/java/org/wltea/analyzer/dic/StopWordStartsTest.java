package org.wltea.analyzer.dic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first chars of IK's stop words, read from its trie: a lexeme starting with any other char is
 * no stop word, so the import's segmenter skips the trie for it.
 */
class StopWordStartsTest {

    @Test
    void everyCharThatStartsAStopWordIsSetAndNoOtherWhateverTheTriesSize() throws ReflectiveOperationException {
        // A root with up to three children keeps them in an array, with more in a map.
        for (List<String> words : List.of(List.of("的", "了而"), List.of("的", "了", "而且", "of", "the", "an"))) {
            DictSegment trie = new DictSegment((char) 0);
            words.forEach(w -> trie.fillSegment(w.toCharArray()));
            boolean[] starts = StopWordStarts.of(trie);
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                boolean startsOne = false;
                for (String w : words) {
                    startsOne |= w.charAt(0) == c;
                }
                assertThat(starts[c]).as("%s in %s", c, words).isEqualTo(startsOne);
                if (!startsOne) {
                    char[] lexeme = {c, '的'};
                    assertThat(trie.match(lexeme, 0, 1).isMatch() || trie.match(lexeme, 0, 2).isMatch()).isFalse();
                }
            }
        }
    }

    @Test
    void ourConfigurationLoadsNoStopWords() {
        Dictionary.initial(org.wltea.analyzer.cfg.DefaultConfig.getInstance());
        boolean[] starts = StopWordStarts.of(Dictionary.getSingleton());
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(starts[c]).as("%s", c).isFalse();
        }
    }
}
