package govsearch.crawler.crawl;

import govsearch.crawler.document.Documents;
import govsearch.crawler.document.Format;
import govsearch.crawler.fetch.ContentEncoding;
import govsearch.crawler.fetch.Fetched;
import govsearch.crawler.files.ReportFiles;
import govsearch.crawler.page.PageCharset;
import govsearch.crawler.page.Pages;
import govsearch.crawler.page.ReportSplitter;
import govsearch.crawler.page.ScriptPager;
import govsearch.report.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How the crawl reads a stored response: its reports and the links to follow, within limits a
 * hostile page cannot break — the decoded size (Content-Encoding) and the number of tags, since a
 * parsed page takes 10 to 40 times its size in memory (20 MB of nested {@code <b>} is 800 MB of DOM).
 */
final class PageReading {

    /** Ten times the tags of the largest report page we have seen; about 80 MB of DOM at most. */
    static final int MAX_TAGS = 400_000;

    private PageReading() {
    }

    /**
     * What a stored page gives: its reports and the links to follow.
     *
     * @param document the reports come from a document (PDF, Word …), not a page
     * @param failure  why a response that should give reports gave none, or null
     */
    record Read(List<Source> sources, List<String> links, boolean document, String failure, boolean saysAttachment) {
        static final Read NOTHING = new Read(List.of(), List.of(), false, null);

        Read(List<Source> sources, List<String> links, boolean document, String failure) {
            this(sources, links, document, failure, false);
        }

        Read(List<Source> sources, List<String> links) {
            this(sources, links, false, null);
        }

        /**
         * The links to documents a report page offers as its 附件 (PDF, Word, WPS, OFD), absolute; none
         * when the page does not say 附件 (a list of PDFs is no report page with attachments).
         */
        List<String> attachments() {
            return document || !saysAttachment ? List.of() : links.stream().filter(PageReading::isAttachment).toList();
        }

        static Read failed(String reason) {
            return new Read(List.of(), List.of(), false, reason);
        }
    }

    /** What a page's link to an OFD file is listed with: the crawl never asks for one. */
    static final String OFD_UNREAD = "an OFD file (版式文档): no OFD reader in this build; listed, not read";

    private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile(
            "(?i)\\.(pdf|docx?|wps|ofd)$");

    /** A link whose path names a document a report page would attach: PDF, Word, WPS, OFD. */
    static boolean isAttachment(String url) {
        int end = url.length();
        for (char c : new char[]{'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return ATTACHMENT.matcher(url.substring(0, end)).find();
    }

    /** An OFD file by its path: a ZIP of XML the build has no reader for. */
    static boolean isOfd(String url) {
        return isAttachment(url) && url.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT).endsWith(".ofd");
    }

    /** Why a stored page gives no reports, or null when it is a page like any other. */
    static String failure(Fetched page) {
        if (page.status() >= 400) {
            return "HTTP " + page.status();
        }
        if (page.truncated()) {
            return "larger than " + (page.body().length >> 10) + " KiB; stored cut, not read";
        }
        return null;
    }

    /**
     * Reports and links of a stored page; only complete 200 responses are read, decoded from their
     * Content-Encoding first. What the bytes are decides how they are read, whatever the URL's
     * extension says: a PDF or Word file (an attachment, 附件) is a document; a page or a text
     * is read as one when it is declared as text, so an image is never read as text.
     */
    static Read read(Fetched page, long decodedCap) {
        if (page.status() != 200 || page.truncated() || page.body().length == 0) {
            return Read.NOTHING;
        }
        ContentEncoding.Decoded decoded = ContentEncoding.decode(page.body(), page.header("Content-Encoding"), decodedCap);
        if (!decoded.ok()) {
            return Read.failed(decoded.reason());
        }
        byte[] body = decoded.bytes();
        try {
            Format format = Format.sniff(page.url(), body, page.contentType());
            if (format == Format.PDF || format == Format.DOCX || format == Format.DOC || format == Format.RTF) {
                return switch (Documents.read(page.url(), body, page.contentType())) {
                    case Documents.Texts t -> new Read(t.sources(), List.of(), true, null);
                    case Documents.Refused r -> Read.failed(r.reason());
                };
            }
            if (format == Format.ZIP && new String(body, 0, Math.min(body.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("OFD.xml")) {
                return Read.failed(OFD_UNREAD); // an OFD under another name: what the bytes are decides
            }
            if (!page.isText() || format == Format.BINARY || format == Format.ZIP || format == Format.WARC) {
                return Read.NOTHING;
            }
            if (!page.isHtml() && format != Format.HTML) {
                String text = ReportFiles.decode(body);
                return new Read(ReportSplitter.split(Source.of(page.url(), text)), List.of());
            }
            String html = PageCharset.decode(body, page.contentType()).text();
            if (tags(html) > MAX_TAGS) {
                return Read.failed("more than " + String.format("%,d", MAX_TAGS) + " tags; not read (a markup bomb?)");
            }
            Document doc = Jsoup.parse(html, page.url());
            String meta = doc.select("meta[name=robots]").attr("content").toLowerCase(Locale.ROOT);
            List<String> links = new ArrayList<>();
            if (!meta.contains("nofollow") && !meta.contains("none")) {
                for (Element a : doc.select("a[href], area[href], frame[src], iframe[src]")) {
                    if (!a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) {
                        String abs = a.hasAttr("href") ? a.absUrl("href") : a.absUrl("src");
                        if (!abs.isEmpty()) {
                            links.add(abs);
                        }
                    }
                }
                links.addAll(ScriptPager.pages(doc, page.url())); // pages 2…N written by the pager's script
            }
            boolean saysAttachment = doc.body() != null && doc.body().text().contains("附件");
            List<Source> sources = meta.contains("noindex") || meta.contains("none") ? List.of()
                    : Pages.read(page.url(), doc); // parsed once: links above, reports here
            return new Read(sources, links, false, null, saysAttachment);
        } catch (RuntimeException | StackOverflowError unreadable) {
            return Read.NOTHING;
        }
    }

    /** Opening and closing tags, comments and doctype alike: what the parser makes nodes of. */
    private static int tags(String html) {
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            n++;
        }
        return n;
    }
}
