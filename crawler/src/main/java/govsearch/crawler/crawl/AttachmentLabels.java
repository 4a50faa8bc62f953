package govsearch.crawler.crawl;

import govsearch.crawler.url.UrlNormalizer;
import govsearch.report.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a report page hands down to the documents it links (附件): its title, publish date and
 * 政府信息公开 table, for an attachment that has none of its own. A page whose own text is only a
 * note on its attachment (现将…公布如下。附件：….pdf) gives no report: the attachment is the report,
 * and takes the page's title, date and table over its own; the note is held back, and handed on at
 * the end only if no attachment gave a report (docs/design/attachment-notes.md).
 */
final class AttachmentLabels {

    /**
     * Fewer letters than this on a page that attaches a document is a note on the attachment, not a
     * report of its own: the shortest report page we have seen runs to thousands.
     */
    static final int MAX_NOTE_LETTERS = 400;
    /** More document links than this on a short page is a list of documents, not a note on one report. */
    static final int MAX_NOTE_ATTACHMENTS = 5;

    /** The labels of the report page that linked each URL first (the note page's, for its attachments). */
    private final Map<String, Label> linkedFrom = new ConcurrentHashMap<>();
    /** Note pages held back, by URL. */
    private final Map<String, Source> heldNotes = new ConcurrentHashMap<>();

    /**
     * A report page's title, date and 政府信息公开 table, handed down to the documents it links;
     * {@code notePage} is the page's URL when its own text is only a note on them (its title then wins).
     */
    private record Label(String title, LocalDate publishedAt, govsearch.report.Disclosure disclosure, String notePage) {
    }

    /**
     * The reports a read page or document gives now: none for a page that is only a note on its
     * attachment (held back), a document's with the linking page's labels.
     */
    List<Source> read(String url, PageReading.Read read) {
        Source note = note(read);
        remember(url, read, note != null);
        if (note != null) {
            heldNotes.put(url, note);
            return List.of();
        }
        return labelled(url, read);
    }

    /** The notes no attachment gave a report for (refused, unreadable, not reached): the pages' own reports after all. */
    List<Source> drainHeldNotes() {
        List<Source> notes = new ArrayList<>(heldNotes.values());
        heldNotes.clear();
        return notes;
    }

    /** The page's one source when its text is only a note beside a readable attachment, else null. */
    private static Source note(PageReading.Read read) {
        List<String> attachments = read.attachments().stream().distinct().toList();
        if (read.document() || read.sources().size() != 1 || attachments.size() > MAX_NOTE_ATTACHMENTS
                || attachments.stream().allMatch(PageReading::isOfd)) {
            return null;
        }
        Source page = read.sources().getFirst();
        return page.text().codePoints().filter(Character::isLetterOrDigit).count() < MAX_NOTE_LETTERS ? page : null;
    }

    /** The links of a report page are noted as linked from it, before any of them is fetched. */
    private void remember(String url, PageReading.Read read, boolean note) {
        if (read.document() || read.sources().isEmpty()) {
            return;
        }
        Source page = read.sources().getFirst();
        if (page.title() == null && page.publishedAt() == null && page.disclosure() == null) {
            return;
        }
        Label label = new Label(page.title(), page.publishedAt(), page.disclosure(), note ? url : null);
        for (String link : note ? read.attachments() : read.links()) {
            String normal = UrlNormalizer.normalize(link);
            if (normal != null) {
                if (note) {
                    linkedFrom.put(normal, label); // the page the attachment is the report of knows it best
                } else {
                    linkedFrom.putIfAbsent(normal, label);
                }
            }
        }
    }

    /**
     * A document's reports, with the linking page's title and date where the document has none — or,
     * when the page was only a note on it, the page's title, date and table over the document's own.
     */
    private List<Source> labelled(String url, PageReading.Read read) {
        Label page = read.document() ? linkedFrom.get(url) : null;
        if (page == null) {
            return read.sources();
        }
        boolean note = page.notePage() != null;
        List<Source> sources = new ArrayList<>();
        for (Source s : read.sources()) {
            String title = note && page.title() != null || s.title() == null ? page.title() : s.title();
            LocalDate published = note && page.publishedAt() != null || s.publishedAt() == null ? page.publishedAt() : s.publishedAt();
            sources.add(new Source(s.url(), s.text(), title, published, s.year(), s.region(), s.docType(),
                    s.disclosure() == null ? page.disclosure() : s.disclosure()));
            if (note && s.text().codePoints().filter(Character::isLetterOrDigit).count() >= Crawl.MIN_REPORT_LETTERS) {
                heldNotes.remove(page.notePage()); // the attachment is the report: the note is not one
            }
        }
        return sources;
    }
}
