package govsearch.crawler.store;

import govsearch.crawler.fetch.Fetched;
import govsearch.crawler.fetch.Fetcher;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Raw responses as a WARC file (one response and one request record per fetch, through jwarc), so
 * pages can be read again — after a crash, after a change to the page reader — without fetching
 * them again, and so other tools (pywb, warcio) can read our crawl. Each append is forced to disk
 * before it returns; the caller then logs the returned end offset as the commit point, and
 * {@link #open} cuts whatever lies past the last committed offset (a record torn by a kill).
 */
public final class PageStore implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final WarcWriter writer;
    private final boolean durable;

    private PageStore(Path file, FileChannel channel, boolean durable) throws IOException {
        this.file = file;
        this.channel = channel;
        this.writer = new WarcWriter(channel);
        this.durable = durable;
    }

    /** Opens {@code file} for appending, first cutting it back to {@code committedEnd} bytes. */
    public static PageStore open(Path file, long committedEnd) throws IOException {
        return open(file, committedEnd, true);
    }

    /**
     * @param durable force each append to disk before it returns (a crawl's commit point); false
     *                for bulk writing that is thrown away when interrupted (benchmark pages)
     */
    public static PageStore open(Path file, long committedEnd, boolean durable) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (ch.size() > committedEnd) {
                ch.truncate(committedEnd);
                ch.force(true);
            }
            ch.position(ch.size());
            PageStore store = new PageStore(file, ch, durable);
            if (ch.size() == 0) {
                store.writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                        .fields(Map.of("software", List.of(Fetcher.USER_AGENT), "format", List.of("WARC File Format 1.1")))
                        .build());
            }
            return store;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Appends the exchange, forces it to disk and returns the file's new end offset. */
    public synchronized long append(Fetched f) throws IOException {
        URI uri = URI.create(f.url());
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        HttpRequest.Builder httpRequest = new HttpRequest.Builder("GET", target).addHeader("Host", uri.getRawAuthority());
        f.requestHeaders().forEach(httpRequest::addHeader);
        HttpResponse.Builder httpResponse = new HttpResponse.Builder(f.status(), reason(f.status()));
        f.headers().forEach((name, values) -> {
            String n = name.toLowerCase(Locale.ROOT);
            // the body is stored as received after de-chunking: its length is what it is
            if (!n.equals("content-length") && !n.equals("transfer-encoding")) {
                values.forEach(v -> httpResponse.addHeader(name, v));
            }
        });
        httpResponse.body(null, f.body());
        WarcResponse.Builder response = new WarcResponse.Builder(uri).date(f.date()).body(httpResponse.build());
        if (f.address() != null) {
            response.ipAddress(f.address());
        }
        if (f.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        WarcResponse written = response.build();
        WarcRequest request = new WarcRequest.Builder(uri).date(f.date()).body(httpRequest.build())
                .concurrentTo(written.id()).build();
        writer.write(written);
        writer.write(request);
        if (durable) {
            channel.force(false);
        }
        return channel.position();
    }

    /** Every response in {@code file} up to {@code end} bytes, in the order they were stored. */
    public static void read(Path file, long end, Consumer<Fetched> pages) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             WarcReader reader = new WarcReader(new BoundedChannel(ch, end))) {
            readAll(reader, pages);
        }
    }

    /** Every response in any WARC file (.warc or .warc.gz, ours or another crawler's). */
    public static void read(Path file, Consumer<Fetched> pages) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            readAll(reader, pages);
        }
    }

    private static void readAll(WarcReader reader, Consumer<Fetched> pages) throws IOException {
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            if (next.get() instanceof WarcResponse response) {
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException notHttp) {
                    continue;
                }
                byte[] body = http.body().stream().readAllBytes();
                Map<String, List<String>> headers = new LinkedHashMap<>(http.headers().map());
                InetAddress ip = response.ipAddress().orElse(null);
                pages.accept(new Fetched(response.target(), response.date(), Map.of(), http.status(), headers, body,
                        response.truncated() != WarcTruncationReason.NOT_TRUNCATED, ip));
            }
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 404 -> "Not Found";
            default -> "-";
        };
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(true);
        } finally {
            writer.close();
        }
    }

    /** A read-only view of the first {@code end} bytes of a file. */
    private static final class BoundedChannel implements java.nio.channels.ReadableByteChannel {
        private final FileChannel ch;
        private final long end;

        BoundedChannel(FileChannel ch, long end) {
            this.ch = ch;
            this.end = end;
        }

        @Override
        public int read(java.nio.ByteBuffer dst) throws IOException {
            long left = end - ch.position();
            if (left <= 0) {
                return -1;
            }
            if (dst.remaining() > left) {
                java.nio.ByteBuffer slice = dst.slice();
                slice.limit((int) left);
                int n = ch.read(slice);
                if (n > 0) {
                    dst.position(dst.position() + n);
                }
                return n;
            }
            return ch.read(dst);
        }

        @Override
        public boolean isOpen() {
            return ch.isOpen();
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
