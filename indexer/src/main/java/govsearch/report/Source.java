package govsearch.report;

import java.time.LocalDate;

/**
 * A report text as collected, before it is understood: the text and whatever labels came with it
 * (a manifest, a page's metadata). Null labels are left to the rules that read the text.
 *
 * @param disclosure the page's 政府信息公开 table, or null
 */
public record Source(String url, String text, String title, LocalDate publishedAt, Integer year, Region region,
                     String docType, Disclosure disclosure) {

    /** A source without a 政府信息公开 table. */
    public Source(String url, String text, String title, LocalDate publishedAt, Integer year, Region region,
                  String docType) {
        this(url, text, title, publishedAt, year, region, docType, null);
    }

    /** The same source under another URL, its labels kept. */
    public Source withUrl(String other) {
        return new Source(other, text, title, publishedAt, year, region, docType, disclosure);
    }

    public static Source of(String url, String text) {
        return new Source(url, text, null, null, null, null, null, null);
    }
}
