package govsearch.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The held-back split of the bundled corpus: a quarter of its labelled texts, listed in
 * {@code held-back.tsv} beside this class, that the rules of this package are not tuned on, so that
 * {@link Evaluation} can report their figures apart from those of the texts the rules were tuned on.
 * The list was chosen by {@link #chosen(String)} (a hash of the report id, not by hand); the rules
 * were tuned on the whole corpus before the list existed (docs/EVALUATION.md).
 */
public final class HeldBack {

    /** The list, a resource beside this class: comment lines, a header {@code file}, one manifest path a line. */
    public static final String RESOURCE = "held-back.tsv";

    private static final Set<String> FILES = load();

    private HeldBack() {
    }

    /** The manifest paths of the held-back texts (national/national-1954.txt …), in the list's order. */
    public static Set<String> files() {
        return FILES;
    }

    /** Whether the text at this url (a manifest path, or one under a folder such as corpus/) is held back. */
    public static boolean contains(String url) {
        String u = url.replace('\\', '/');
        for (String file : FILES) {
            if (u.equals(file) || u.endsWith("/" + file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rule the list was drawn with: the SHA-256 of the report id (its file name without folder
     * and extension), first 8 bytes read as an unsigned big-endian number, divisible by 4. Stable
     * across runs, machines and additions to the corpus, and blind to what the text says.
     */
    public static boolean chosen(String id) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        // Divisible by 4 depends only on the lowest two bits of the 8-byte number: those of byte 7.
        return (hash[7] & 3) == 0;
    }

    /** A report's id: the file name of its manifest path without folder and extension (national-1954). */
    public static String id(String file) {
        String name = file.substring(file.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Set<String> load() {
        Set<String> files = new LinkedHashSet<>();
        try (InputStream in = HeldBack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource govsearch/understand/" + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String f = line.strip();
                if (!f.isEmpty() && !f.startsWith("#") && !f.equals("file")) {
                    files.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(files);
    }
}
