package govsearch.index;

/** Inclusive range of report years. */
public record YearRange(int from, int to) {

    public YearRange {
        if (from > to) {
            throw new IllegalArgumentException("year range " + from + "-" + to + " ends before it starts");
        }
    }

    public static YearRange of(int year) {
        return new YearRange(year, year);
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    /** Intersection; null when the ranges do not overlap. */
    public YearRange and(YearRange other) {
        if (other == null) {
            return this;
        }
        int f = Math.max(from, other.from);
        int t = Math.min(to, other.to);
        return f <= t ? new YearRange(f, t) : null;
    }
}
