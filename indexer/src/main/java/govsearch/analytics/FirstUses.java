package govsearch.analytics;

import govsearch.analysis.Folding;
import govsearch.index.BadQuery;
import govsearch.index.YearRange;
import govsearch.index.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 新提法: the strings a sub-corpus (the national reports, a province …) first wrote in a given year
 * and kept using after, ranked by how much they are used later — the list commentators compile by
 * hand each spring. A string is 2 to {@value #MAX_LENGTH} Han characters within a clause; of the
 * strings that are always used together (新质, 质生产力 inside 新质生产力), only the longest is listed.
 */
public final class FirstUses {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 12;
    public static final int MAX_LIMIT = 200;

    /** One entry: uses in its first year and after, the later years it is used in, and where it first stands. */
    public record Entry(String string, long usesThatYear, long usesAfter, int yearsAfter, int lastYear,
                        String reportId, String sectionId, String reportTitle) {
    }

    public record Result(int year, long candidates, List<Entry> entries) {
    }

    private FirstUses() {
    }

    /** A string's tallies while the sub-corpus is read. */
    private static final class Tally {
        long thatYear;
        long after;
        int yearsAfter;
        int lastYear;
        int lastCountedYear = Integer.MIN_VALUE;
        boolean before;
        String reportId;
        String sectionId;
        String reportTitle;
    }

    /**
     * What a backend tells of the year's strings it finds without reading the other years' text:
     * of a string never used in the sub-corpus before the year and used after it, its uses after,
     * the later years it is used in and the last.
     */
    public interface LaterUse {
        void accept(String string, long usesAfter, int yearsAfter, int lastYear);
    }

    /** The year's first appearances, their later uses from the backend's own index when it has one. */
    public static Result compute(Analytics index, int year, SearchQuery filters, int limit) throws IOException {
        return compute(index, year, filters, limit, false);
    }

    /**
     * The same, reading the text of every other year of the sub-corpus: what a backend without an
     * index of its strings does, and the reference the indexed path is tested against.
     */
    public static Result byScan(Analytics index, int year, SearchQuery filters, int limit) throws IOException {
        return compute(index, year, filters, limit, true);
    }

    private static Result compute(Analytics index, int year, SearchQuery filters, int limit, boolean scan) throws IOException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQuery("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit,
                    "条数应在 1 到 " + MAX_LIMIT + " 之间，收到的是 " + limit + "。");
        }
        // The year's strings, with where each first stands.
        Map<String, Tally> candidates = new HashMap<>();
        index.eachSection(within(filters, new YearRange(year, year)), (y, reportId, sectionId, title, text) -> {
            for (String clause : clauses(text)) {
                for (int i = 0; i + MIN_LENGTH <= clause.length(); i++) {
                    for (int n = MIN_LENGTH; n <= MAX_LENGTH && i + n <= clause.length(); n++) {
                        Tally t = candidates.computeIfAbsent(clause.substring(i, i + n), k -> new Tally());
                        if (t.thatYear++ == 0) {
                            t.reportId = reportId;
                            t.sectionId = sectionId;
                            t.reportTitle = title;
                        }
                    }
                }
            }
        });
        long generated = candidates.size();
        SearchQuery before = within(filters, new YearRange(0, year - 1));
        SearchQuery after = within(filters, new YearRange(year + 1, 9999));
        boolean indexed = !scan && index.laterUses(before, after, List.copyOf(candidates.keySet()), (s, uses, years, last) -> {
            Tally t = candidates.get(s);
            t.after = uses;
            t.yearsAfter = years;
            t.lastYear = last;
        });
        if (!indexed) {
            scanLater(index, before, after, candidates);
        }
        return ranked(year, generated, candidates, limit);
    }

    /** Reads the sub-corpus's text before and after the year: what is used before is not new; what is new is counted after. */
    private static void scanLater(Analytics index, SearchQuery before, SearchQuery after, Map<String, Tally> candidates)
            throws IOException {
        Strings table = new Strings(candidates);
        // Anything written before that year is not new. The candidates hold every substring of the
        // year's clauses, so a string that is none has no extension that is one: stop extending there.
        index.eachSection(before, (y, reportId, sectionId, title, text) -> table.eachIn(text, t -> t.before = true));
        index.eachSection(after, (y, reportId, sectionId, title, text) ->
                table.eachIn(text, t -> {
                    if (t.before) {
                        return;
                    }
                    t.after++;
                    if (t.lastCountedYear != y) {
                        t.lastCountedYear = y;
                        t.yearsAfter++;
                    }
                    t.lastYear = Math.max(t.lastYear, y);
                }));
    }

    /** The new strings used after, the always-together ones absorbed by the longest, most used later first. */
    private static Result ranked(int year, long generated, Map<String, Tally> candidates, int limit) {
        candidates.values().removeIf(t -> t.before || t.after == 0);
        // Of strings used exactly as often as one a character longer, keep the longer; down the chain
        // (新质生产力 → 质生产力 → 生产力) each part is compared with the string it is part of.
        List<String> byLength = new ArrayList<>(candidates.keySet());
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        java.util.Set<String> absorbed = new java.util.HashSet<>();
        for (String s : byLength) {
            Tally t = candidates.get(s);
            if (s.length() == MIN_LENGTH) {
                continue;
            }
            for (String part : new String[]{s.substring(1), s.substring(0, s.length() - 1)}) {
                Tally p = candidates.get(part);
                if (p != null && p.thatYear == t.thatYear && p.after == t.after) {
                    absorbed.add(part);
                }
            }
        }
        candidates.keySet().removeAll(absorbed);
        List<Entry> entries = new ArrayList<>();
        candidates.forEach((s, t) -> entries.add(new Entry(s, t.thatYear, t.after, t.yearsAfter, t.lastYear, t.reportId,
                t.sectionId, t.reportTitle)));
        entries.sort(Comparator.comparingLong(Entry::usesAfter).reversed()
                .thenComparing(Comparator.comparingInt(Entry::yearsAfter).reversed())
                .thenComparing(Comparator.comparingInt((Entry e) -> e.string().length()).reversed())
                .thenComparing(Entry::string));
        return new Result(year, generated, List.copyOf(entries.subList(0, Math.min(limit, entries.size()))));
    }

    /** The filters with their year range replaced: the sub-corpus the caller chose, in other years. */
    private static SearchQuery within(SearchQuery filters, YearRange years) {
        return filters.withYears(years);
    }

    /** Whether each UTF-16 unit is a Han character: the script lookup is the slowest step of a scan. */
    private static final boolean[] HAN = new boolean[1 << 16];

    static {
        for (int c = 0; c < HAN.length; c++) {
            HAN[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    /**
     * The year's strings as a trie, walked along each clause of the sub-corpus: the scans of the
     * years before and after read every clause, and a substring and a hash-map lookup per span made
     * them the cost of first appearances. The strings are every substring of the year's clauses, so
     * every prefix of one (of two characters or more) is one too: each step is one probe of an
     * open-addressing table keyed by (node, next char), with no string compared.
     */
    private static final class Strings {
        private static final long EMPTY = -1;
        private final long[] keys;
        private final int[] nodes;
        private final int shift;
        private final int mask;
        private final Tally[] tallies;
        private int size;
        private char[] run = new char[256];

        Strings(Map<String, Tally> candidates) {
            int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(candidates.size() * 2L + 1));
            keys = new long[1 << bits];
            java.util.Arrays.fill(keys, EMPTY);
            nodes = new int[1 << bits];
            shift = 64 - bits;
            mask = (1 << bits) - 1;
            tallies = new Tally[candidates.size() + 1];
            List<String> shortestFirst = new ArrayList<>(candidates.keySet());
            shortestFirst.sort(Comparator.comparingInt(String::length));
            for (String k : shortestFirst) {
                int node = -1;
                for (int j = MIN_LENGTH - 1; j < k.length(); j++) {
                    long key = j == MIN_LENGTH - 1 ? first(k.charAt(0), k.charAt(1)) : next(node, k.charAt(j));
                    int found = find(key);
                    if (found < 0) {
                        found = size++;
                        put(key, found);
                    }
                    node = found;
                }
                tallies[node] = candidates.get(k);
            }
        }

        private static long first(char a, char b) {
            return (long) a << 16 | b;
        }

        private static long next(int node, char c) {
            return (long) (node + 1) << 32 | c;
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        }

        private int find(long key) {
            for (int i = slot(key); keys[i] != EMPTY; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return nodes[i];
                }
            }
            return -1;
        }

        private void put(long key, int node) {
            int i = slot(key);
            while (keys[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            nodes[i] = node;
        }

        /** Each occurrence of a year's string in the text's clauses (folded runs of Han characters). */
        void eachIn(String text, java.util.function.Consumer<Tally> each) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                if (!HAN[text.charAt(i)]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && HAN[text.charAt(i)]) {
                    i++;
                }
                int length = i - start;
                if (length < MIN_LENGTH) {
                    continue;
                }
                if (run.length < length) {
                    run = new char[Math.max(length, 2 * run.length)];
                }
                for (int j = 0; j < length; j++) {
                    run[j] = Folding.fold(text.charAt(start + j));
                }
                for (int p = 0; p + MIN_LENGTH <= length; p++) {
                    int node = find(first(run[p], run[p + 1]));
                    for (int end = p + MIN_LENGTH; node >= 0; end++) {
                        each.accept(tallies[node]);
                        if (end >= length || end - p >= MAX_LENGTH) {
                            break;
                        }
                        node = find(next(node, run[end]));
                    }
                }
            }
        }
    }

    /** The folded runs of Han characters of a text: clauses never cross punctuation, digits or Latin words. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && HAN[text.charAt(i)];
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                if (i - start >= MIN_LENGTH) {
                    out.add(Folding.fold(text.substring(start, i)));
                }
                start = -1;
            }
        }
        return out;
    }
}
