package govsearch.api;

import java.nio.file.Path;

/** Layout of the data directory. */
final class DataDir {

    private DataDir() {
    }

    static Path index(Path data) {
        return data.resolve("index");
    }
}
