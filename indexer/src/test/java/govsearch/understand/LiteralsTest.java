package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How the gazetteer counts a text's self-references (全省, 市委 …): as the regex alternations it
 * used to count them with, occurrence by occurrence. The regexes stay here as the specification.
 */
class LiteralsTest {

    private static final Pattern LOCAL_SELF = Pattern.compile(
            "(?:全|我|本)(?:省|市|县|旗|盟|州)|全区|我区|本区|(?:省|市|县|旗|盟|州|区)(?:委|政府)");
    private static final Pattern NATIONAL_SELF = Pattern.compile("全国|党中央|国务院|中共中央");
    private static final Pattern CITY_SELF = Pattern.compile("全市|我市|本市|市委|市政府|市人民政府");
    private static final Pattern PROVINCE_SELF = Pattern.compile("全省|我省|本省|省委|省政府|省人民政府");

    @Test
    void occurrencesAreTakenLeftToRightWithoutOverlapping() {
        assertThat(Gazetteer.CITY_SELF.count("全市委")).as("全市 taken, 市委 overlaps it").isEqualTo(1);
        assertThat(Gazetteer.CITY_SELF.count("市人民政府和市政府")).isEqualTo(2);
        assertThat(Gazetteer.LOCAL_SELF.count("我省省委全区区政府")).isEqualTo(4);
        assertThat(Gazetteer.NATIONAL_SELF.count("中共中央国务院")).isEqualTo(2);
        assertThat(Gazetteer.NATIONAL_SELF.count("")).isZero();
    }

    @Test
    void atOnePositionTheFirstStringListedWins() {
        Literals shortFirst = Literals.of("市", "市政府");
        Literals longFirst = Literals.of("市政府", "市");

        assertThat(shortFirst.count("市政府市政府")).isEqualTo(2);
        assertThat(longFirst.count("市政府市")).isEqualTo(2);
        assertThat(Literals.of("ab", "b").count("abab")).isEqualTo(2);
        assertThat(Literals.of("b", "ab").count("abab")).as("a at 0 starts nothing listed first, ab still matches")
                .isEqualTo(2);
    }

    @Test
    void pairsAreEveryFirstFollowedByEverySecondInOrder() {
        assertThat(Literals.pairs(List.of("全", "我"), List.of("省", "市"))).containsExactly("全省", "全市", "我省", "我市");
    }

    @Test
    void anEmptyStringIsRefused() {
        assertThatThrownBy(() -> Literals.of("全省", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Literals.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGazetteersCountsEqualItsFormerRegexesOnRandomTexts() {
        // Texts dense in the patterns' characters, so that occurrences touch and overlap.
        String alphabet = "全我本省市县旗盟州区委政府人民国党中央务院共，。\n的a1";
        Random random = new Random(18);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(Gazetteer.LOCAL_SELF.count(text)).as(text).isEqualTo(regexCount(LOCAL_SELF, text));
            assertThat(Gazetteer.NATIONAL_SELF.count(text)).as(text).isEqualTo(regexCount(NATIONAL_SELF, text));
            assertThat(Gazetteer.CITY_SELF.count(text)).as(text).isEqualTo(regexCount(CITY_SELF, text));
            assertThat(Gazetteer.PROVINCE_SELF.count(text)).as(text).isEqualTo(regexCount(PROVINCE_SELF, text));
        }
    }

    @Test
    void aReportsCountsEqualTheRegexes() {
        String text = "2024年，全市上下在市委、市政府的坚强领导下，我市经济……省委省政府、国务院、党中央、中共中央部署，"
                + "全省、全区、本区、区委、县政府、州委、旗委、盟政府，市人民政府，省人民政府。";
        assertThat(Gazetteer.LOCAL_SELF.count(text)).isEqualTo(regexCount(LOCAL_SELF, text)).isPositive();
        assertThat(Gazetteer.NATIONAL_SELF.count(text)).isEqualTo(regexCount(NATIONAL_SELF, text)).isEqualTo(3);
        assertThat(Gazetteer.CITY_SELF.count(text)).isEqualTo(regexCount(CITY_SELF, text)).isEqualTo(5);
        assertThat(Gazetteer.PROVINCE_SELF.count(text)).isEqualTo(regexCount(PROVINCE_SELF, text)).isEqualTo(4);
    }

    private static int regexCount(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
