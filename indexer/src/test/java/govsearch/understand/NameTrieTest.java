package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trie the gazetteer scans texts with, built here from a handful of names: it finds the
 * leftmost, then longest, name at each point, reads traditional and full-width text as simplified,
 * and gives offsets in the text as written. {@link Gazetteer}'s own trie is built once per JVM, so
 * each test builds its own (an instance field, not a static one) to pin how a trie is built as well
 * as how it scans.
 */
class NameTrieTest {

    private final NameTrie<String> trie = NameTrie.of(Map.of(
            "河南", "河南 (short)", "河南省", "河南省", "漯河市", "漯河市", "河南县", "河南县", "广东", "广东", "东营", "东营"));

    @Test
    void eachNameIsFoundLeftmostThenLongestWithItsOffsets() {
        assertThat(scan("河南省漯河市舞阳县，河南"))
                .containsExactly("0-3 河南省", "3-6 漯河市", "10-12 河南 (short)");
    }

    @Test
    void aNameWrittenInTraditionalCharactersIsFoundAtItsOwnOffsets() {
        assertThat(scan("青海河南縣")).containsExactly("2-5 河南县");
        assertThat(trie.longestAt("河南縣", 0)).isEqualTo(3);
    }

    @Test
    void noNameStartingAtAPointIsMinusOne() {
        assertThat(trie.longestAt("舞阳县", 0)).isEqualTo(-1);
        assertThat(trie.longestAt("河", 0)).as("a name's prefix is no name").isEqualTo(-1);
        assertThat(scan("各位代表")).isEmpty();
    }

    @Test
    void aRefusedMatchIsSkippedAndTheScanGoesOnFromItsSecondCharacter() {
        List<String> found = new ArrayList<>();
        trie.scan("推广东营经验", (start, end, value) -> !value.equals("广东"),
                (start, end, value) -> found.add(start + "-" + end + " " + value));

        assertThat(found).containsExactly("2-4 东营");
        assertThat(scan("推广东营经验")).as("accepted, 广东 hides 东营").containsExactly("1-3 广东");
    }

    private List<String> scan(String text) {
        List<String> found = new ArrayList<>();
        trie.scan(text, (start, end, value) -> found.add(start + "-" + end + " " + value));
        return found;
    }
}
