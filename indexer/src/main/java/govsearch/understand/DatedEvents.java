package govsearch.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The curated table of dated events in {@code dated-events.tsv}: named events, sessions of the
 * National People's Congress, Party congresses and plenary sessions, five-year plans and the bases
 * of anniversaries, found in a text by one leftmost-longest scan.
 */
final class DatedEvents {

    enum Kind { EVENT, SESSION, PLAN, ANNIVERSARY }

    /** A name of the table: what it is and its year (for a plan its first year, for an anniversary its base). */
    record Event(String name, Kind kind, int year) {
    }

    private static final java.util.Map<Integer, Integer> CONGRESSES = new HashMap<>();
    static final NameTrie<Event> TRIE = load();

    private DatedEvents() {
    }

    /** The year of the n-th national congress of the Party, null when the table does not have it. */
    static Integer congressYear(int n) {
        return CONGRESSES.get(n);
    }

    /** The year of the first Party congress held after the given year's, null when the table has none. */
    static Integer congressAfter(int year) {
        return CONGRESSES.values().stream().filter(y -> y > year).min(Integer::compare).orElse(null);
    }

    static String numeral(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }

    private static NameTrie<Event> load() {
        Map<String, Event> names = new HashMap<>();
        try (InputStream in = DatedEvents.class.getResourceAsStream("dated-events.tsv")) {
            if (in == null) {
                throw new IllegalStateException("dated-events.tsv missing beside " + DatedEvents.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "event" -> put(names, f[1], Kind.EVENT, Integer.parseInt(f[2]));
                    case "anniversary" -> put(names, f[1], Kind.ANNIVERSARY, Integer.parseInt(f[2]));
                    case "plan" -> put(names, f[1], Kind.PLAN, Integer.parseInt(f[2]));
                    case "npc" -> {
                        String term = f[1];
                        String[] years = f[2].split(",");
                        for (int k = 0; k < years.length; k++) {
                            String s = numeral(k + 1);
                            int y = Integer.parseInt(years[k]);
                            put(names, "第" + term + "届全国人民代表大会第" + s + "次会议|" + term + "届全国人大" + s
                                    + "次会议|第" + term + "届全国人大第" + s + "次会议", Kind.SESSION, y);
                        }
                    }
                    case "cpc" -> {
                        String n = f[1];
                        int y = Integer.parseInt(f[2]);
                        CONGRESSES.put(govsearch.report.ChineseNumber.parse(n), y);
                        String names2 = "第" + n + "次全国代表大会|党的第" + n + "次全国代表大会|党第" + n + "次全国代表大会|中国共产党第" + n
                                + "次全国代表大会|党的" + n + "大";
                        if (n.length() >= 2 && !n.equals("十一")) {
                            names2 += "|" + n + "大";
                        }
                        put(names, names2, Kind.SESSION, y);
                        if (f.length > 3) {
                            String[] plenums = f[3].split(",");
                            for (int k = 0; k < plenums.length; k++) {
                                String s = numeral(k + 1);
                                put(names, n + "届" + s + "中全会|第" + n + "届中央委员会第" + s + "次全体会议",
                                        Kind.SESSION, Integer.parseInt(plenums[k]));
                            }
                        }
                    }
                    default -> throw new IllegalStateException("dated-events.tsv: unknown kind in " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NameTrie.of(names);
    }

    private static void put(Map<String, Event> names, String alternatives, Kind kind, int year) {
        for (String name : alternatives.split("\\|")) {
            names.put(name, new Event(name, kind, year));
        }
    }
}
