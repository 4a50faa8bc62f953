package govsearch.index.strings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuffixArrayTest {

    private static int[] naive(String s) {
        return java.util.stream.IntStream.range(0, s.length()).boxed()
                .sorted(Comparator.comparing(s::substring)).mapToInt(Integer::intValue).toArray();
    }

    private static int[] built(String s) {
        return SuffixArray.of(s.toCharArray(), s.length());
    }

    @Test
    void sortsTheSuffixesOfAWordWithRepeats() {
        // banana: a, ana, anana, banana, na, nana
        assertThat(built("banana")).containsExactly(5, 3, 1, 0, 4, 2);
        assertThat(built("ababa")).containsExactly(naive("ababa"));
        assertThat(built("aaaaaaaa")).containsExactly(7, 6, 5, 4, 3, 2, 1, 0);
    }

    @Test
    void aSingleCharAndAnEmptyText() {
        assertThat(built("建")).containsExactly(0);
        assertThat(built("")).isEmpty();
    }

    @Test
    void ordersCharsAsUnsignedValuesWithSeparatorsFirst() {
        String s = "高质量\0发展\0高质\uffff";
        assertThat(built(s)).containsExactly(naive(s));
    }

    @Test
    void agreesWithSortingEverySuffixOnRandomTextsOfSmallAndLargeAlphabets() {
        Random random = new Random(18);
        for (int round = 0; round < 400; round++) {
            int n = random.nextInt(300);
            int alphabet = 1 + random.nextInt(round % 2 == 0 ? 3 : 4000);
            char[] c = new char[n];
            for (int i = 0; i < n; i++) {
                c[i] = (char) ('一' + random.nextInt(alphabet));
            }
            String s = new String(c);
            assertThat(built(s)).as("round %d: %s", round, s).containsExactly(naive(s));
        }
    }

    @Test
    void aLongPeriodicTextNeedsSeveralLevelsOfRecursion() {
        String s = "稳中求进稳中有进".repeat(500) + "稳中求进";
        int[] sa = built(s);
        for (int i = 1; i < sa.length; i++) {
            assertThat(s.substring(sa[i - 1]).compareTo(s.substring(sa[i]))).isNegative();
        }
        assertThat(Arrays.stream(sa).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, s.length()).toArray());
    }
}
