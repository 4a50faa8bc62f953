package govsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a query and a report are matched on: one char for one char, upper-case ASCII to lower,
 * the full-width forms U+FF01–U+FF5E to the ASCII they stand for (U+FF01 − 0xFEE0 = '!'), the
 * ideographic space to a space, traditional characters to simplified, anything else as it is.
 * The ends of each range are tested because a range one char too short loses exactly them.
 */
class FoldingTest {

    @Test
    void upperCaseAsciiFoldsToLowerCaseFromAToZInclusive() {
        assertThat(Folding.fold('A')).isEqualTo('a');
        assertThat(Folding.fold('Z')).isEqualTo('z');
        // The chars just outside the range ('@' before A, '[' after Z) stay as they are.
        assertThat(Folding.fold('@')).isEqualTo('@');
        assertThat(Folding.fold('[')).isEqualTo('[');
    }

    @Test
    void fullWidthFormsFoldToAsciiFromTheFirstToTheLast() {
        assertThat(Folding.fold('\uFF01')).isEqualTo('!');   // ！, the first full-width form
        assertThat(Folding.fold('\uFF5E')).isEqualTo('~');   // ～, the last
        assertThat(Folding.fold('\uFF10')).isEqualTo('0');   // ０
        // A full-width capital is folded twice: to ASCII, then to lower case.
        assertThat(Folding.fold('\uFF27')).isEqualTo('g');   // Ｇ
        // Just outside: U+FF00 is unassigned, U+FF5F is the full-width white parenthesis ｟.
        assertThat(Folding.fold('\uFF00')).isEqualTo('\uFF00');
        assertThat(Folding.fold('\uFF5F')).isEqualTo('\uFF5F');
    }

    @Test
    void theIdeographicSpaceIsASpaceAndTraditionalCharactersAreSimplified() {
        assertThat(Folding.fold('\u3000')).isEqualTo(' ');
        assertThat(Folding.fold("國內生產總值ＧＤＰ增長")).isEqualTo("国内生产总值gdp增长");
        assertThat(Folding.fold("政府工作报告")).isEqualTo("政府工作报告");
    }

    @Test
    void foldingPartOfABufferLeavesTheCharsBeforeAndAfterIt() {
        char[] buffer = "ABCDEF".toCharArray();

        Folding.fold(buffer, 2, 3);

        // Offset 2, length 3: C, D and E fold; A, B before and F after are left.
        assertThat(new String(buffer)).isEqualTo("ABcdeF");
    }
}
