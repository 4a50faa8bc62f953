package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpotsTest {

    @Test
    void yearSpotsAreThe年AfterFourDigitsOfTheTwoCenturies() {
        String s = "1978年改革，2019年工作，1850年，30190年，二〇一九年";
        assertThat(Spots.years(s)).containsExactly(s.indexOf("年改革"), s.indexOf("年工作"));
    }

    @Test
    void numbersStartWhereADigitRunStarts() {
        assertThat(Spots.numbers("增长6.6%，达1,361万人")).containsExactly(2, 4, 8, 10);
    }

    /**
     * The promise the rules rely on: near the spots, the same matches as a scan of every position,
     * for patterns that need a spot and fit the window.
     */
    @Test
    void findsWhatAFullScanFindsForPatternsThatNeedTheSpot() {
        Random random = new Random(42);
        String[] pieces = {"2018年", "1999年", "20", "19", "年", "工作", "回顾", "的", "。", "\n", "一、", "是", "之年", "〔", "〕",
                "国发", "5号", "第", "，", "增长", "6.6", "%", "万", "人", " ", "明年", "计划", "以来", "十二大"};
        List<Rule> rules = List.of(
                new Rule(Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})年(?:的|国内|政府)?(?:工作|工作的)?回顾"), "year", 4, 9),
                new Rule(Pattern.compile("(?:^|[。\\n])[\\s]*((?:19|20)\\d{2})年[，,]?是[^。\\n]{0,60}?(?:之年|一年)",
                        Pattern.MULTILINE), "year", 16, 70),
                new Rule(Pattern.compile("(?m)^[\\s]*[一二三]{1,3}、[\\s]*((?:19|20)\\d{2})年(?:的)?(?:工作)(?!回顾)"), "year", 24, 16),
                new Rule(Pattern.compile("[\\p{IsHan}]{1,8}〔((?:19|20)\\d{2})〕\\s*第?\\d{1,4}\\s*号"), "〔", 8, 20),
                new Rule(Pattern.compile("(?:(增长)了?)?(?<![\\d.])(\\d+(?:\\.\\d+)?)(万)?(%|人)"), "digit", 3, 40),
                new Rule(Pattern.compile("明年(?:的)?[^。，\\n]{0,10}?计划"), "明年", 0, 20),
                new Rule(Pattern.compile("([一二三四五六七八九十]{1,3})大以来"), "以来", 10, 2));
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            for (Rule rule : rules) {
                assertThat(spans(Spots.matches(rule.pattern, s, rule.spots(s), rule.before, rule.after)))
                        .as("%s in %s", rule.pattern, s)
                        .isEqualTo(spans(everywhere(rule.pattern, s)));
            }
        }
    }

    private record Rule(Pattern pattern, String spot, int before, int after) {

        int[] spots(String s) {
            return switch (spot) {
                case "year" -> Spots.years(s);
                case "digit" -> Spots.numbers(s);
                case "〔" -> Spots.chars(s, "〔");
                default -> Spots.of(s, spot);
            };
        }
    }

    private static List<MatchResult> everywhere(Pattern p, String s) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group()).toList();
    }
}
