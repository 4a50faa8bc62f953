package govsearch.api;

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
}
