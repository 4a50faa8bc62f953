package govsearch.report;

import java.time.LocalDate;

/**
 * A report text as collected, before it is understood: the text and whatever labels came with it
 * (a manifest, a page's metadata). Null labels are left to the rules that read the text.
 */
public record Source(String url, String text, String title, LocalDate publishedAt, Integer year, Region region,
                     String docType) {

    public static Source of(String url, String text) {
        return new Source(url, text, null, null, null, null, null);
    }
}
