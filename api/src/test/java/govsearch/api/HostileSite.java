package govsearch.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A site that is out to hurt its crawler, on a real HTTP server at 127.0.0.1:
 *
 * <pre>
 * /robots.txt    404: everything allowed
 * /sitemap.xml   the sitemap bomb given (gzip, sent with Content-Encoding: gzip), or 404
 * /slow/N.html   answers after 200 ms and links to /slow/N+1.html: a crawl that never ends by itself
 * anything else  a small page linking to /slow/1.html
 * </pre>
 */
final class HostileSite implements AutoCloseable {

    private final HttpServer server;
    private final Path sitemapBomb;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    HostileSite(Path sitemapBomb) throws IOException {
        this.sitemapBomb = sitemapBomb;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://localhost:" + port() + path;
    }

    Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /**
     * Writes a gzipped sitemap of {@code urls} {@code <url>} entries, streamed: nothing of its size
     * is ever held in memory. Twenty million make about 0.9 GB of XML in a few megabytes of gzip.
     */
    static Path writeSitemapBomb(Path file, int urls) throws IOException {
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            block.append("<url><loc>http://localhost/r/").append(i % 10).append(".html</loc></url>\n");
        }
        byte[] thousand = block.toString().getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < urls / 1000; i++) {
                out.write(thousand);
            }
            out.write("</urlset>\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** The size of the XML {@link #writeSitemapBomb} writes for {@code urls} entries, in bytes. */
    static long sitemapBombXmlBytes(int urls) {
        long perThousand = 0;
        for (int i = 0; i < 1000; i++) {
            perThousand += ("<url><loc>http://localhost/r/" + (i % 10) + ".html</loc></url>\n").length();
        }
        return perThousand * (urls / 1000);
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        counts.merge(path, 1, Integer::sum);
        try (ex) {
            if (path.equals("/robots.txt") || (path.equals("/sitemap.xml") && sitemapBomb == null)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            if (path.equals("/sitemap.xml")) {
                ex.getResponseHeaders().add("Content-Type", "application/xml");
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                ex.sendResponseHeaders(200, Files.size(sitemapBomb));
                try (InputStream in = Files.newInputStream(sitemapBomb)) {
                    in.transferTo(ex.getResponseBody());
                }
                return;
            }
            String next = "/slow/1.html";
            if (path.startsWith("/slow/")) {
                Thread.sleep(200);
                next = "/slow/" + (Integer.parseInt(path.replaceAll("\\D", "")) + 1) + ".html";
            }
            byte[] body = ("<html><body><a href=\"" + next + "\">下一页</a></body></html>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } catch (IOException | NumberFormatException | InterruptedException crawlerGone) {
            // the crawler went away, or a path the site does not know
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
