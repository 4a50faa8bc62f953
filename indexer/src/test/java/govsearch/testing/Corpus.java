package govsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's bundled sample corpus, for tests. */
public final class Corpus {

    /**
     * JUnit tag of the tests that read or index the whole bundled corpus (the layout property, the
     * evaluation, the corpus-wide segmentation and comparison). Surefire runs them like any other;
     * the mutation profile (indexer/pom.xml) leaves them out, as each would run again for every
     * surviving mutant and their rules are pinned by smaller tests (docs/QUALITY.md).
     */
    public static final String WHOLE = "whole-corpus";

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
