package govsearch.index.lucene;

import static govsearch.index.lucene.Fields.*;

import govsearch.analysis.IkSegmentation;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import govsearch.report.Understanding;
import govsearch.report.Understanding.DomainScore;
import govsearch.understand.Gazetteer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Reports to section documents and back. */
final class SectionDocuments {

    private SectionDocuments() {
    }

    /** A report's section documents, in order: one block, so a report never spans segments. */
    static List<Document> of(Report report) {
        List<Document> docs = new ArrayList<>(report.sections().size());
        for (int i = 0; i < report.sections().size(); i++) {
            docs.add(of(report, report.sections().get(i), i));
        }
        return docs;
    }

    private static Document of(Report report, Section section, int ordinal) {
        Document doc = new Document();
        doc.add(new StringField(KIND, SECTION, Field.Store.NO));
        doc.add(new StringField(REPORT_ID, report.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(REPORT_ID, new BytesRef(report.id())));
        doc.add(new StringField(SECTION_ID, section.id(), Field.Store.YES));
        doc.add(new StringField(URL, report.url(), Field.Store.YES));
        if (ordinal == 0) {
            doc.add(new StringField(FIRST, "1", Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        String content = section.content();
        // One IK pass for the max-word field and the stored smart words (IkSegmentation).
        IkSegmentation ik = IkSegmentation.of(content);
        doc.add(new Field(TEXT, ik.maxWordTokens(), SEARCHED));
        doc.add(new StoredField(TEXT, content));
        doc.add(new NumericDocValuesField(CHARS, content.length()));
        doc.add(new StoredField(WORDS, SectionWords.located(ik.smartWords(), ik.smartStarts(), ik.folded())));
        reportFields(doc, report);
        Understanding u = report.understanding();
        if (u != null) {
            keyword(doc, ADMIN_LEVEL, u.adminLevel());
            keyword(doc, ISSUER, u.issuer());
            for (DomainScore d : u.sectionDomains().getOrDefault(section.id(), List.of())) {
                doc.add(new StringField(DOMAIN, d.domain(), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(SECTION_DOMAIN, new BytesRef(d.domain())));
            }
            for (govsearch.report.Understanding.Cite c : u.cites()) {
                if (c.sectionId().equals(section.id())) {
                    doc.add(new StringField(CITES, govsearch.understand.Citations.key(c), Field.Store.NO));
                }
            }
            if (ordinal == 0) {
                doc.add(new StoredField(UNDERSTANDING, UnderstandingCodec.encode(u)));
            }
        }
        doc.add(new StoredField(NUMBER, section.number()));
        doc.add(new StoredField(SECTION_TITLE, section.title()));
        doc.add(new StoredField(LEVEL, section.level()));
        doc.add(new StoredField(PATH, String.join(String.valueOf(PATH_SEPARATOR), section.path())));
        return doc;
    }

    /** The report's fields that every one of its documents carries, for filters and facets. */
    private static void reportFields(Document doc, Report report) {
        doc.add(new StoredField(TITLE, report.title()));
        if (report.publishedAt() != null) {
            doc.add(new StoredField(PUBLISHED, report.publishedAt().toString()));
        }
        if (report.year() != null) {
            doc.add(new IntPoint(YEAR, report.year()));
            doc.add(new NumericDocValuesField(YEAR, report.year()));
            doc.add(new StoredField(YEAR, report.year()));
        }
        Region region = report.region();
        keyword(doc, PROVINCE, region.province());
        keyword(doc, CITY, region.city());
        keyword(doc, COUNTY, region.county());
        for (String name : Gazetteer.aliases(region)) {
            doc.add(new StringField(REGION, name, Field.Store.NO));
        }
        keyword(doc, DOC_TYPE, report.docType());
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    static Region region(Document doc) {
        return new Region(doc.get(PROVINCE), doc.get(CITY), doc.get(COUNTY));
    }

    static Integer year(Document doc) {
        IndexableField f = doc.getField(YEAR);
        return f == null ? null : f.numericValue().intValue();
    }

    static List<String> path(Document doc) {
        String p = doc.get(PATH);
        return p == null || p.isEmpty() ? List.of() : List.of(p.split(String.valueOf(PATH_SEPARATOR)));
    }

    static Section section(Document doc) {
        String content = doc.get(TEXT);
        String number = doc.get(NUMBER);
        String title = doc.get(SECTION_TITLE);
        String heading = number + title;
        String text = heading.isEmpty() ? content
                : content.length() > heading.length() ? content.substring(heading.length() + 1) : "";
        return new Section(doc.get(SECTION_ID), number, title, doc.getField(LEVEL).numericValue().intValue(), path(doc), text);
    }

    /** The report of its section documents, in document order. */
    static Report report(List<Document> sections) {
        Document first = sections.getFirst();
        String published = first.get(PUBLISHED);
        String understanding = first.get(UNDERSTANDING);
        return new Report(first.get(REPORT_ID), first.get(URL), first.get(TITLE),
                published == null ? null : LocalDate.parse(published), year(first), region(first), first.get(DOC_TYPE),
                sections.stream().map(SectionDocuments::section).toList(),
                understanding == null ? null : UnderstandingCodec.decode(understanding));
    }
}
