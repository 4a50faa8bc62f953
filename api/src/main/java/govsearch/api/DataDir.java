package govsearch.api;

import java.nio.file.Files;
import java.nio.file.Path;

/** Layout of the data directory. */
final class DataDir {

    private DataDir() {
    }

    static Path index(Path data) {
        return data.resolve("index");
    }

    /** The command line's crawl: pages.warc, frontier.log, urls.tsv. */
    static Path crawl(Path data) {
        return data.resolve("crawl");
    }

    /** One crawl job of the service. */
    static Path crawlJob(Path data, String id) {
        return data.resolve("crawl").resolve("jobs").resolve(id);
    }

    /**
     * Why DIR cannot hold an index, in a sentence, or null when it can (or can be created). Asked
     * before anything starts, so a file in its place is one line, not a stack trace from deep in
     * the index or the web server.
     */
    static String unusable(Path data) {
        Path abs = data.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                return "the data directory " + data + " is a file, not a folder (choose another with --data DIR)";
            }
            if (!Files.isReadable(abs) || !Files.isWritable(abs) || !Files.isExecutable(abs)) {
                return "cannot read and write the data directory " + data + " (check its permissions, or choose another with --data DIR)";
            }
            Path index = index(abs);
            if (Files.exists(index) && !Files.isDirectory(index)) {
                return index + " is a file, not an index folder";
            }
            return null;
        }
        for (Path up = abs.getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    return "cannot create the data directory " + data + ": " + up + " is a file, not a folder";
                }
                if (!Files.isWritable(up) || !Files.isExecutable(up)) {
                    return "cannot create the data directory " + data + ": " + up + " is not writable";
                }
                return null;
            }
        }
        return null;
    }
}
