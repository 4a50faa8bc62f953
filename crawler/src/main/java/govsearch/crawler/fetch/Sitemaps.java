package govsearch.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a fetched sitemap — XML (urlset or sitemapindex), RSS, Atom or plain text, gzipped or not —
 * as a stream, never as a whole: a 3 MB gzip can hold a gigabyte of XML and twenty million URLs.
 * The sitemap protocol's own limits hold: the first {@link #MAX_URLS} URLs are kept (a site that
 * lists more is broken, not hostile: the rest are counted, not kept), and a sitemap that expands
 * past {@link #MAX_DECODED_BYTES} is a compression bomb: reading stops there and {@link TooLarge}
 * says why. The XML parser reads no DTD and no external entity. A broken sitemap lists what was
 * read before the break.
 */
public final class Sitemaps {

    /** The sitemap protocol's limit on URLs in one sitemap (sitemaps.org). */
    public static final int MAX_URLS = 50_000;
    /** The sitemap protocol's limit on the size of one sitemap, uncompressed. */
    public static final long MAX_DECODED_BYTES = 50L << 20;
    /** Longer than any URL the crawl keeps (TrapFilter drops URLs over 1,024 characters). */
    private static final int MAX_URL_CHARS = 4096;
    private static final int MAX_DEPTH = 32;

    /**
     * @param pages    page URLs
     * @param sitemaps sitemap URLs of an index
     * @param listed   URLs the sitemap lists, kept or not: more than {@link #MAX_URLS} means some were left out
     */
    public record Listed(List<String> pages, List<String> sitemaps, long listed) {
        static final Listed NOTHING = new Listed(List.of(), List.of(), 0);

        public boolean cut() {
            return listed > pages.size() + sitemaps.size();
        }
    }

    /** A sitemap past the protocol's limits: a broken or a hostile site (a compression bomb). */
    public static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private Sitemaps() {
    }

    /** @throws TooLarge when the sitemap expands past {@link #MAX_DECODED_BYTES} */
    public static Listed read(Fetched f) throws TooLarge {
        if (f.status() != 200 || f.truncated() || f.body().length == 0) {
            return Listed.NOTHING;
        }
        Collector found = new Collector(f.url());
        Capped capped = null;
        try (InputStream in = decoded(f)) {
            capped = (Capped) in;
            if (startsWithMarkup(in)) {
                readXml(in, found);
            } else {
                readText(in, found);
            }
        } catch (TooLarge e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException broken) {
            // the XML parser wraps the cap's exception in its own
            if (capped != null && capped.overflow != null) {
                throw capped.overflow;
            }
            // otherwise what was read before the break stands
        }
        return new Listed(List.copyOf(found.pages), List.copyOf(found.sitemaps), found.listed);
    }

    /** Content-Encoding undone, then gzip undone when the bytes are a .gz file, all under the cap. */
    private static Capped decoded(Fetched f) throws IOException {
        InputStream in = new BufferedInputStream(ContentEncoding.open(f.body(), f.header("Content-Encoding")));
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in));
        }
        return new Capped(in, MAX_DECODED_BYTES, f.url());
    }

    private static boolean startsWithMarkup(InputStream in) throws IOException {
        in.mark(1024);
        try {
            for (int i = 0; i < 1024; i++) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                if (b == '<') {
                    return true;
                }
                if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xef || b == 0xbb || b == 0xbf)) {
                    return false; // plain text, one URL a line
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private static final XMLInputFactory XML = xmlFactory();

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /**
     * {@code <loc>} in {@code <url>} is a page and in {@code <sitemap>} a sitemap; RSS
     * {@code <item><link>} and Atom {@code <entry><link href>} are pages.
     */
    private static void readXml(InputStream in, Collector found) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        try {
            String[] path = new String[MAX_DEPTH + 1];
            int depth = 0;
            StringBuilder text = new StringBuilder();
            boolean inUrl = false;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > MAX_DEPTH) {
                            return; // no sitemap nests this deep
                        }
                        String name = xml.getLocalName();
                        path[depth] = name;
                        String parent = depth > 1 ? path[depth - 1] : "";
                        if (name.equals("loc") || (name.equals("link") && parent.equals("item"))) {
                            text.setLength(0);
                            inUrl = true;
                        } else if (name.equals("link") && parent.equals("entry")) {
                            String rel = xml.getAttributeValue(null, "rel");
                            if (rel == null || rel.equals("alternate")) {
                                found.add(xml.getAttributeValue(null, "href"), false);
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inUrl && text.length() <= MAX_URL_CHARS && !found.full()) {
                            text.append(xml.getTextCharacters(), xml.getTextStart(),
                                    Math.min(xml.getTextLength(), MAX_URL_CHARS + 1 - text.length()));
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (inUrl) {
                            String parent = depth > 1 ? path[depth - 1] : "";
                            if (found.full()) {
                                found.listed++; // past the limit only counted: nothing kept, nothing made
                            } else if (text.length() <= MAX_URL_CHARS) {
                                found.add(text.toString(), path[depth].equals("loc") && parent.equals("sitemap"));
                            }
                            inUrl = false;
                        }
                        depth--;
                    }
                    default -> {
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    /** One URL a line; a line longer than any URL is skipped without being held whole. */
    private static void readText(InputStream in, Collector found) throws IOException {
        byte[] line = new byte[MAX_URL_CHARS];
        int n = 0;
        boolean tooLong = false;
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0 || b == '\n' || b == '\r') {
                String url = tooLong ? "" : new String(line, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
                if (url.startsWith("http://") || url.startsWith("https://")) {
                    found.add(url, false); // only absolute URLs: a text sitemap has nothing else
                }
                n = 0;
                tooLong = false;
                if (b < 0) {
                    return;
                }
            } else if (n < line.length) {
                line[n++] = (byte) b;
            } else {
                tooLong = true;
            }
        }
    }

    /** The URLs found so far, absolute http(s) only; past the protocol's limit only counted. */
    private static final class Collector {
        final URI base;
        final String url;
        final List<String> pages = new ArrayList<>();
        final List<String> sitemaps = new ArrayList<>();
        long listed;

        Collector(String url) {
            this.url = url;
            this.base = URI.create(url);
        }

        boolean full() {
            return listed >= MAX_URLS;
        }

        void add(String found, boolean sitemap) {
            if (found == null || found.isBlank()) {
                return;
            }
            String absolute;
            try {
                absolute = base.resolve(found.strip()).toString();
            } catch (IllegalArgumentException notAUrl) {
                return;
            }
            if (!absolute.startsWith("http://") && !absolute.startsWith("https://")) {
                return;
            }
            if (++listed <= MAX_URLS) {
                (sitemap ? sitemaps : pages).add(absolute);
            }
        }
    }

    /** Counts the decoded bytes and stops at the cap: the decoding never runs past it. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private final String url;
        private long count;
        private long mark;
        TooLarge overflow;

        Capped(InputStream in, long cap, String url) {
            super(in);
            this.cap = cap;
            this.url = url;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            mark = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = mark;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > cap) {
                throw overflow = new TooLarge("sitemap " + url + " expands past " + ContentEncoding.megabytes(cap)
                        + " once decoded, the sitemap protocol's limit (a compression bomb?)");
            }
        }
    }
}
