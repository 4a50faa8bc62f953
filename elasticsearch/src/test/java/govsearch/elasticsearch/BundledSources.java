package govsearch.elasticsearch;

import govsearch.report.Source;
import govsearch.testing.Corpus;
import govsearch.understand.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled sample corpus ({@code corpus/}, through the system property {@code corpus.dir}) as
 * the sources an import reads: each file with its manifest labels — title, year, region and type —
 * as the application's bundled import labels them.
 */
final class BundledSources {

    private BundledSources() {
    }

    static List<Source> load() throws IOException {
        Path dir = Corpus.dir();
        Map<String, String> titles = titles(dir.resolve("manifest.tsv"));
        return Evaluation.load(dir).stream()
                .map(s -> new Source(s.url(), s.text(), titles.get(s.url()), s.publishedAt(), s.year(), s.region(), s.docType()))
                .toList();
    }

    private static Map<String, String> titles(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<String> columns = List.of(lines.getFirst().replace("\uFEFF", "").split("\t", -1));
        int file = columns.indexOf("file");
        int title = columns.indexOf("title");
        Map<String, String> titles = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (title >= 0 && title < cells.length && !cells[title].isBlank()) {
                titles.put(cells[file].strip(), cells[title].strip());
            }
        }
        return titles;
    }
}
