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

    public static Result compute(Analytics index, int year, SearchQuery filters, int limit) throws IOException {
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
        // Anything written before that year is not new. The candidates hold every substring of the
        // year's clauses, so a string that is none has no extension that is one: stop extending there.
        index.eachSection(within(filters, new YearRange(0, year - 1)), (y, reportId, sectionId, title, text) -> {
            for (String clause : clauses(text)) {
                forEachCandidate(clause, candidates, t -> t.before = true);
            }
        });
        index.eachSection(within(filters, new YearRange(year + 1, 9999)), (y, reportId, sectionId, title, text) -> {
            for (String clause : clauses(text)) {
                forEachCandidate(clause, candidates, t -> {
                    if (t.before) {
                        return;
                    }
                    t.after++;
                    if (t.lastCountedYear != y) {
                        t.lastCountedYear = y;
                        t.yearsAfter++;
                    }
                    t.lastYear = Math.max(t.lastYear, y);
                });
            }
        });
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

    private static void forEachCandidate(String clause, Map<String, Tally> candidates, java.util.function.Consumer<Tally> each) {
        for (int i = 0; i + MIN_LENGTH <= clause.length(); i++) {
            for (int n = MIN_LENGTH; n <= MAX_LENGTH && i + n <= clause.length(); n++) {
                Tally t = candidates.get(clause.substring(i, i + n));
                if (t == null) {
                    break;
                }
                each.accept(t);
            }
        }
    }

    /** The folded runs of Han characters of a text: clauses never cross punctuation, digits or Latin words. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
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
