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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each report once, with all its URLs. Texts are compared without their {@link Boilerplate}
 * lines (repost and source notes, dates, counters, left-over chrome) and as letters and digits
 * only (spacing and punctuation go). A report text is the same report as one seen before when
 *
 * <ul>
 * <li><b>exact</b>: its letters hash the same (a copy under another URL, other chrome, another
 * charset, a repost note added); or</li>
 * <li><b>near</b>: its {@link MinHash} signature over 4-character shingles shares a band with one
 * seen before (the candidates), and the shingle sets are alike: estimated Jaccard similarity at
 * least {@link #NEAR_JACCARD} (a line or a figure changed), or the smaller set at least
 * {@link #NEAR_CONTAINMENT} contained in the larger while the two differ in size by less than
 * {@link #MIN_SIZE_RATIO} (lines added around the same report).</li>
 * </ul>
 *
 * Two reports on the same template (the same opening, headings and closing, other departments
 * and figures) share their frame but not their substance, and stay two. Texts shorter than
 * {@link #MIN_NEAR_CHARS} letters are matched exactly only: their shingles say too little.
 *
 * <p>The first URL a report is seen under is its URL; the later ones are its aliases.
 */
public final class Dedup {

    public static final int MIN_NEAR_CHARS = 100;
    public static final double NEAR_JACCARD = 0.75;
    public static final double NEAR_CONTAINMENT = 0.9;
    public static final double MIN_SIZE_RATIO = 0.6;

    public enum Verdict { NEW, EXACT, NEAR }

    /** @param reportUrl the URL of the report this text is (itself when NEW) */
    public record Decision(Verdict verdict, String reportUrl) {
    }

    private record Seen(String url, MinHash.Signature signature) {
    }

    private final Map<String, String> byDigest = new HashMap<>();
    private final Map<Long, List<Seen>> byBand = new HashMap<>();
    private final Map<String, List<String>> urls = new LinkedHashMap<>();
    private int exact;
    private int near;

    public Decision offer(String url, String text) {
        String letters = letters(Boilerplate.strip(text));
        String digest = sha1(letters);
        // the signature is the costly part: computed outside the lock, so threads compute in parallel
        MinHash.Signature signature = letters.length() >= MIN_NEAR_CHARS ? MinHash.of(letters) : null;
        return decide(url, digest, signature);
    }

    private synchronized Decision decide(String url, String digest, MinHash.Signature signature) {
        String same = byDigest.get(digest);
        if (same != null && same.equals(url)) {
            return new Decision(Verdict.NEW, url); // the same page read again (a recrawl, a replay)
        }
        if (same != null) {
            alias(same, url);
            exact++;
            return new Decision(Verdict.EXACT, same);
        }
        if (signature != null) {
            Seen match = nearest(url, signature);
            if (match != null) {
                alias(match.url(), url);
                byDigest.put(digest, match.url());
                near++;
                return new Decision(Verdict.NEAR, match.url());
            }
            Seen seen = new Seen(url, signature);
            for (int band = 0; band < MinHash.BANDS; band++) {
                byBand.computeIfAbsent(signature.band(band), k -> new ArrayList<>(1)).add(seen);
            }
        }
        byDigest.put(digest, url);
        urls.computeIfAbsent(url, k -> new ArrayList<>(List.of(url)));
        return new Decision(Verdict.NEW, url);
    }

    /** The most similar report among the candidates that share a band, when it is the same report. */
    private Seen nearest(String url, MinHash.Signature signature) {
        Seen best = null;
        double bestJaccard = -1;
        Set<Seen> tried = new HashSet<>();
        for (int band = 0; band < MinHash.BANDS; band++) {
            for (Seen s : byBand.getOrDefault(signature.band(band), List.of())) {
                if (s.url().equals(url) || !tried.add(s)) {
                    continue;
                }
                double j = signature.jaccard(s.signature());
                if (same(signature, s.signature()) && j > bestJaccard) {
                    best = s;
                    bestJaccard = j;
                }
            }
        }
        return best;
    }

    /** Whether two signatures are the same report: alike, or one contained in the other of about its size. */
    static boolean same(MinHash.Signature a, MinHash.Signature b) {
        if (a.jaccard(b) >= NEAR_JACCARD) {
            return true;
        }
        double ratio = (double) Math.min(a.shingles(), b.shingles()) / Math.max(a.shingles(), b.shingles());
        return ratio >= MIN_SIZE_RATIO && a.containment(b) >= NEAR_CONTAINMENT;
    }

    /** Letters and digits only: what a repost keeps even when it changes spacing and punctuation. */
    static String letters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
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

    private static String sha1(String s) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
