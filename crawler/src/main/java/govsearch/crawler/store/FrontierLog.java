package govsearch.crawler.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crawl's memory, one line per event, appended and forced to disk before the crawl goes on:
 *
 * <pre>
 * Q  depth  redirects  url     a link entered the frontier
 * S  warcEnd  url              the page is stored: the WARC holds it up to byte warcEnd
 * F  url  reason               the page failed for good (404, refused, timed out …)
 * U  url                       a recrawl found the page unchanged (304)
 * </pre>
 *
 * Replaying the log gives the frontier back: queued minus stored minus failed is what is left to
 * fetch. A line torn by a kill has no newline; it is cut off on open and its event happens again.
 */
public final class FrontierLog implements Closeable {

    /** A link waiting in the frontier. */
    public record Queued(int depth, int redirects) {
    }

    /** What the log says so far. Maps keep log order. */
    public record State(Map<String, Queued> queued, Map<String, Long> stored, Map<String, String> failed,
                        long warcEnd) {

        public boolean done(String url) {
            return stored.containsKey(url) || failed.containsKey(url);
        }
    }

    private final FileChannel channel;
    private final State state;

    private FrontierLog(FileChannel channel, State state) {
        this.channel = channel;
        this.state = state;
    }

    /** Opens (or creates) the log, replays it and cuts a torn last line. */
    public static FrontierLog open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            byte[] all = Files.readAllBytes(file);
            int complete = 0;
            for (int i = all.length - 1; i >= 0; i--) {
                if (all[i] == '\n') {
                    complete = i + 1;
                    break;
                }
            }
            if (complete < all.length) {
                ch.truncate(complete);
                ch.force(true);
            }
            ch.position(complete);
            State state = replay(new String(all, 0, complete, StandardCharsets.UTF_8));
            return new FrontierLog(ch, state);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static State replay(String text) {
        Map<String, Queued> queued = new LinkedHashMap<>();
        Map<String, Long> stored = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        long warcEnd = 0;
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "Q" -> queued.putIfAbsent(f[3], new Queued(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                    case "S" -> {
                        long end = Long.parseLong(f[1]);
                        stored.put(f[2], end);
                        warcEnd = Math.max(warcEnd, end);
                    }
                    case "F" -> failed.put(f[1], f.length > 2 ? f[2] : "");
                    default -> {
                        // U and unknown lines change nothing to replay
                    }
                }
            } catch (RuntimeException malformed) {
                // a line we cannot read is skipped; its page is fetched again at worst
            }
        }
        return new State(queued, stored, failed, warcEnd);
    }

    /** The state replayed on open; the crawl keeps it current from there. */
    public State state() {
        return state;
    }

    public static String queued(String url, int depth, int redirects) {
        return "Q\t" + depth + "\t" + redirects + "\t" + url;
    }

    public static String stored(String url, long warcEnd) {
        return "S\t" + warcEnd + "\t" + url;
    }

    public static String failed(String url, String reason) {
        return "F\t" + url + "\t" + reason.replaceAll("[\\t\\r\\n]+", " ");
    }

    public static String unchanged(String url) {
        return "U\t" + url;
    }

    /** Appends the lines in one write and forces them to disk. */
    public synchronized void append(List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.replace('\n', ' ')).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
