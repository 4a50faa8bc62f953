package govsearch.api;

import govsearch.crawler.files.Manifest;
import govsearch.crawler.files.ReportFiles;
import govsearch.importer.Import;
import govsearch.index.ReportIndex;
import govsearch.report.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sample corpus packaged with the application (classpath folder corpus/, labelled by its manifest.tsv). */
final class BundledCorpus {

    private static final Logger log = LoggerFactory.getLogger(BundledCorpus.class);
    static final String ROOT = "corpus/";

    private BundledCorpus() {
    }

    static Import.Summary importInto(ReportIndex index) throws IOException {
        List<Source> sources = load();
        Import.Summary summary = Import.run(sources.iterator(), index, List.of(),
                p -> log.info("bundled corpus: {}/{} reports indexed", p.added(), sources.size()));
        summary.failures().forEach(f -> log.warn("bundled corpus: {} not indexed: {}", f.url(), f.message()));
        log.info("bundled corpus: {} reports, {} chars in {} ms ({} MB/s)", summary.added(), summary.chars(),
                summary.took().toMillis(), String.format("%.1f", summary.megabytesPerSecond()));
        return summary;
    }

    /** Every report of the bundled corpus with its manifest labels. */
    static List<Source> load() throws IOException {
        Manifest manifest;
        try (InputStream in = resource("manifest.tsv")) {
            manifest = Manifest.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Source> sources = new ArrayList<>();
        for (String file : manifest.files()) {
            try (InputStream in = resource(file)) {
                sources.add(manifest.entry(file).source(ROOT + file, ReportFiles.decode(in.readAllBytes())));
            }
        }
        return sources;
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = BundledCorpus.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException("bundled corpus file missing: " + ROOT + file);
        }
        return in;
    }
}
