package govsearch.index.lucene;

import govsearch.analysis.IkAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** The fields of a section document. Every section carries its report's fields, for filters and facets. */
final class Fields {

    /** Every document is a section today; the kind keeps room for other documents in the same index. */
    static final String KIND = "kind";
    static final String SECTION = "section";
    static final String REPORT_ID = "reportId";
    static final String SECTION_ID = "sectionId";
    static final String URL = "url";
    /** Marks the first section document of each report; lists and counts reports. */
    static final String FIRST = "first";
    static final String ORDINAL = "ordinal";
    /** Heading and body, IK max-word tokens; stored, and the text snippets come from. */
    static final String TEXT = "text";
    /** The section's IK smart words and their counts, stored for comparisons ({@link SectionWords#encode}). */
    static final String WORDS = "words";
    /**
     * The field name a literal string's matches are reported under ({@link LiteralQuery}). Indexes
     * written before 2026-12-06 hold a bigram field of this name, which nothing reads any more.
     */
    static final String EXACT = "exact";
    static final String TITLE = "title";
    /** Length of the section text, for per-million rates. */
    static final String CHARS = "chars";
    static final String PUBLISHED = "publishedAt";
    static final String YEAR = "year";
    static final String PROVINCE = "province";
    static final String CITY = "city";
    static final String COUNTY = "county";
    /** Every name of every level of the report's region, for the region filter. */
    static final String REGION = "region";
    static final String DOC_TYPE = "docType";
    /** The section's own work domains (filter); indexed, not stored. */
    static final String DOMAIN = "domain";
    /** Each document a section cites, as {@code Citations.key}; matched by substring. */
    static final String CITES = "cites";
    /**
     * The same domains as doc values, for the domain facet: it counts the domains of the matching
     * sections, so that a facet value filters to its count (a field of its own: an index keeps one
     * doc-values type per field, and DOMAIN was written without).
     */
    static final String SECTION_DOMAIN = "sectionDomain";
    /** The administrative level of the report's author: 国家, 省, 市, 县, 乡镇/街道. */
    static final String ADMIN_LEVEL = "adminLevel";
    /** Who issued the report (发布机构 / 发文机关 of its page's 政府信息公开 table): a keyword, for the issuer facet and filter. */
    static final String ISSUER = "issuer";
    /** The report's {@link govsearch.report.Understanding}, encoded, on its first section. */
    static final String UNDERSTANDING = "understanding";
    static final String NUMBER = "number";
    static final String SECTION_TITLE = "sectionTitle";
    static final String LEVEL = "level";
    static final String PATH = "path";
    static final char PATH_SEPARATOR = '\u001f';

    /**
     * The stored fields a hit, a concordance line, a precedent or a list entry shows: all but the
     * report's understanding and the section's words, which only the reader and comparisons need.
     */
    static final java.util.Set<String> SHOWN = java.util.Set.of(REPORT_ID, SECTION_ID, URL, TEXT, TITLE, PUBLISHED,
            YEAR, PROVINCE, CITY, COUNTY, DOC_TYPE, NUMBER, SECTION_TITLE, LEVEL, PATH);

    /** Positions for phrases, offsets in the postings for highlighting. */
    static final FieldType SEARCHED = new FieldType();

    static {
        SEARCHED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SEARCHED.setTokenized(true);
        SEARCHED.freeze();
    }

    private Fields() {
    }

    static Analyzer indexAnalyzer() {
        return IkAnalyzer.maxWord();
    }
}
