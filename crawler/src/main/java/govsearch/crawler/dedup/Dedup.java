package govsearch.crawler.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each report once, with all its URLs. A report text is the same report as one seen before when
 * its letters hash the same (exact: a copy under another URL, other chrome, another charset) or
 * when its {@link SimHash} is at most {@link SimHash#NEAR} bits from one (near: a repost with a
 * line changed). Near-duplicates are looked up through four 16-bit bands of the fingerprint: two
 * fingerprints within 3 bits agree on at least one band. Texts shorter than
 * {@link #MIN_NEAR_CHARS} letters are matched exactly only; their fingerprints say too little.
 *
 * <p>The first URL a report is seen under is its URL; the later ones are its aliases.
 */
public final class Dedup {

    public static final int MIN_NEAR_CHARS = 100;

    public enum Verdict { NEW, EXACT, NEAR }

    /** @param reportUrl the URL of the report this text is (itself when NEW) */
    public record Decision(Verdict verdict, String reportUrl) {
    }

    private record Seen(String url, long fingerprint) {
    }

    private final Map<String, String> byDigest = new HashMap<>();
    private final Map<Long, List<Seen>> byBand = new HashMap<>();
    private final Map<String, List<String>> urls = new LinkedHashMap<>();
    private int exact;
    private int near;

    public synchronized Decision offer(String url, String text) {
        String letters = SimHash.letters(text);
        String digest = sha1(letters);
        String same = byDigest.get(digest);
        if (same != null && same.equals(url)) {
            return new Decision(Verdict.NEW, url); // the same page read again (a recrawl, a replay)
        }
        if (same != null) {
            alias(same, url);
            exact++;
            return new Decision(Verdict.EXACT, same);
        }
        long fp = SimHash.of(letters);
        if (letters.length() >= MIN_NEAR_CHARS) {
            for (int band = 0; band < 4; band++) {
                for (Seen s : byBand.getOrDefault(bandKey(fp, band), List.of())) {
                    if (SimHash.distance(fp, s.fingerprint()) <= SimHash.NEAR && !s.url().equals(url)) {
                        alias(s.url(), url);
                        byDigest.put(digest, s.url());
                        near++;
                        return new Decision(Verdict.NEAR, s.url());
                    }
                }
            }
            Seen seen = new Seen(url, fp);
            for (int band = 0; band < 4; band++) {
                byBand.computeIfAbsent(bandKey(fp, band), k -> new ArrayList<>()).add(seen);
            }
        }
        byDigest.put(digest, url);
        urls.computeIfAbsent(url, k -> new ArrayList<>(List.of(url)));
        return new Decision(Verdict.NEW, url);
    }

    /** Report URL → all its URLs, the report URL first; in the order reports were found. */
    public synchronized Map<String, List<String>> urls() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        urls.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    public synchronized int reports() {
        return urls.size();
    }

    public synchronized int exactDuplicates() {
        return exact;
    }

    public synchronized int nearDuplicates() {
        return near;
    }

    /** Writes {@link #urls()} as TSV (report URL, then its aliases), atomically: a new file renamed over the old. */
    public void writeUrls(Path tsv) throws IOException {
        StringBuilder sb = new StringBuilder();
        urls().values().forEach(all -> sb.append(String.join("\t", all)).append('\n'));
        Path tmp = tsv.resolveSibling(tsv.getFileName() + ".tmp");
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        Files.move(tmp, tsv, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void alias(String reportUrl, String url) {
        List<String> all = urls.computeIfAbsent(reportUrl, k -> new ArrayList<>(List.of(reportUrl)));
        if (!all.contains(url)) {
            all.add(url);
        }
    }

    private static long bandKey(long fp, int band) {
        return ((long) band << 16) | ((fp >>> (16 * band)) & 0xffff);
    }

    private static String sha1(String s) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
