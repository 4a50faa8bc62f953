package govsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's bundled corpus read as plain files, to check the service against. */
public final class CorpusFiles {

    private static String all;

    private CorpusFiles() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("corpus.dir", "../corpus"));
    }

    public static String text(String file) {
        try {
            return Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every report text, one after another. */
    public static synchronized String all() {
        if (all == null) {
            StringBuilder sb = new StringBuilder();
            try (Stream<Path> files = Files.walk(dir())) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    sb.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = sb.toString();
        }
        return all;
    }

    /** Plain substring count over the corpus. */
    public static long count(String s) {
        String text = all();
        long n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
