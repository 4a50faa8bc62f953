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
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sample corpus packaged with the application (classpath folder corpus/, labelled by its manifest.tsv). */
final class BundledCorpus {

    private static final Logger log = LoggerFactory.getLogger(BundledCorpus.class);
    static final String ROOT = "corpus/";

    private BundledCorpus() {
    }

    static Import.Summary importInto(ReportIndex index) throws IOException {
        Manifest manifest;
        try (InputStream in = resource("manifest.tsv")) {
            manifest = Manifest.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> files = manifest.files();
        List<Import.Failure> failures = new ArrayList<>();
        Iterator<Source> sources = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < files.size();
            }

            @Override
            public Source next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String file = files.get(next++);
                try (InputStream in = resource(file)) {
                    String text = ReportFiles.decode(in.readAllBytes());
                    return manifest.entry(file).source(ROOT + file, text);
                } catch (IOException e) {
                    throw new IllegalStateException("bundled corpus file " + file + " unreadable", e);
                }
            }
        };
        Import.Summary summary = Import.run(sources, index, failures,
                p -> log.info("bundled corpus: {}/{} reports indexed", p.added(), files.size()));
        log.info("bundled corpus: {} reports, {} chars in {} ms ({} MB/s)", summary.added(), summary.chars(),
                summary.took().toMillis(), String.format("%.1f", summary.megabytesPerSecond()));
        return summary;
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = BundledCorpus.class.getClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException("bundled corpus file missing: " + ROOT + file);
        }
        return in;
    }
}
