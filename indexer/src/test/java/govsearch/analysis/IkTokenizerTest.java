package govsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The two rules the tokenizer puts around IK: where it cuts the text into chunks IK reads in one
 * go (CHUNK = 4000 chars), and which lexemes it lets through. The cut is searched for from the
 * chunk's end back to its middle (start + 2000, exclusive), just after the last char that is no
 * letter or digit, since no word spans such a char.
 */
class IkTokenizerTest {

    @Test
    void aTextThatFitsInOneChunkIsOneChunk() {
        assertThat(IkTokenizer.chunkEnd("a".repeat(3999), 0)).isEqualTo(3999);
        assertThat(IkTokenizer.chunkEnd("a".repeat(4000), 0)).isEqualTo(4000);
        // Exactly 4000 letters from start: the whole rest, even with a space to cut at earlier.
        assertThat(IkTokenizer.chunkEnd("a".repeat(3000) + " " + "a".repeat(999), 0)).isEqualTo(4000);
        assertThat(IkTokenizer.chunkEnd("xx" + "a".repeat(4000), 2)).isEqualTo(4002);
    }

    @Test
    void aLongerTextIsCutJustAfterItsLastSpaceOrPunctuationInTheChunksSecondHalf() {
        // 5000 letters with a space at 2500 and a ， at 3500: the cut follows the ， (index 3501).
        StringBuilder text = new StringBuilder("字".repeat(5000));
        text.setCharAt(2500, ' ');
        text.setCharAt(3500, '，');
        assertThat(IkTokenizer.chunkEnd(text, 0)).isEqualTo(3501);
        // A non-letter as the chunk's last char (index 3999) cuts the chunk at its full length.
        text.setCharAt(3999, '。');
        assertThat(IkTokenizer.chunkEnd(text, 0)).isEqualTo(4000);
    }

    @Test
    void theSearchForACutStopsAtTheChunksMiddle() {
        // A space at index 2000 is inside the searched half (cut at 2001 > 2000); at 1999 it is not,
        // and a chunk of letters only is cut at its full length.
        StringBuilder inside = new StringBuilder("a".repeat(5000));
        inside.setCharAt(2000, ' ');
        assertThat(IkTokenizer.chunkEnd(inside, 0)).isEqualTo(2001);

        StringBuilder outside = new StringBuilder("a".repeat(5000));
        outside.setCharAt(1999, ' ');
        assertThat(IkTokenizer.chunkEnd(outside, 0)).isEqualTo(4000);

        // The same from a later start: the half is measured from the start, not from 0.
        StringBuilder later = new StringBuilder("a".repeat(9000));
        later.setCharAt(1000 + 1999, ' ');
        assertThat(IkTokenizer.chunkEnd(later, 1000)).isEqualTo(5000);
    }

    @Test
    void aLexemeIsLetThroughOnlyWhenItStartsNoEarlierThanTheLastAndEndsInsideTheChunk() {
        // inOrder(start, end, lastStart, chunkEnd)
        assertThat(IkTokenizer.inOrder(5, 7, 5, 10)).isTrue();    // same start as the last one
        assertThat(IkTokenizer.inOrder(4, 7, 5, 10)).isFalse();   // one before it
        assertThat(IkTokenizer.inOrder(5, 10, 0, 10)).isTrue();   // ends at the chunk's end
        assertThat(IkTokenizer.inOrder(5, 11, 0, 10)).isFalse();  // one past it
        assertThat(IkTokenizer.inOrder(5, 6, 0, 10)).isTrue();    // one char
        assertThat(IkTokenizer.inOrder(5, 5, 0, 10)).isFalse();   // empty
    }

    @Test
    void aCutNeverFallsBetweenTheTwoHalvesOfACharacterOutsideTheBasicPlane() {
        // 𠀀 (U+20000) is two chars, a high and a low surrogate; with the high one last in the chunk
        // (index 3999) the chunk ends before it, at 3999, and the next chunk starts with the whole char.
        String text = "字".repeat(3999) + "𠀀" + "字".repeat(2000);
        assertThat(IkTokenizer.chunkEnd(text, 0)).isEqualTo(3999);
        // With the pair at 3998-3999 the cut after its low half (4000) keeps it whole.
        String whole = "字".repeat(3998) + "𠀀" + "字".repeat(2000);
        assertThat(IkTokenizer.chunkEnd(whole, 0)).isEqualTo(4000);
    }
}
