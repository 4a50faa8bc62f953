package govsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's bundled sample corpus, for tests. */
public final class Corpus {

    private Corpus() {
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
}
