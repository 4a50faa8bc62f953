package govsearch.crawler.files;

import govsearch.importer.Import.Failure;
import govsearch.crawler.document.TextDecoding;
import govsearch.crawler.page.Pages;
import govsearch.report.Source;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Report files on disk: .txt, .md and saved .html pages, given as files or folders. A manifest.tsv
 * in a folder labels the files under it. An unreadable file is reported and skipped; the rest
 * import. Each report keeps its file's path as its url.
 */
public final class ReportFiles {

    private final List<Source> sources = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<Path, Manifest> manifests = new HashMap<>();

    private ReportFiles() {
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Failure> failures() {
        return failures;
    }

    /** Reads every report file under the given paths. Paths that do not exist are failures. */
    public static ReportFiles read(List<Path> paths) {
        ReportFiles files = new ReportFiles();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                files.failures.add(new Failure(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ReportFiles::isReportFile).sorted().forEach(files::readFile);
                } catch (IOException | RuntimeException e) {
                    files.failures.add(new Failure(path.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else if (isReportFile(path)) {
                files.readFile(path);
            } else {
                files.failures.add(new Failure(path.toString(), "not a .txt, .md or .html file"));
            }
        }
        return files;
    }

    /** Report texts by their extension; a folder's README describes the folder and is not a report. */
    static boolean isReportFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("readme.")) {
            return false;
        }
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private void readFile(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                List<Source> pages = Pages.read(file.toString(), bytes, null);
                if (pages.isEmpty()) {
                    failures.add(new Failure(file.toString(), "no report text found in the page"));
                }
                sources.addAll(pages);
                return;
            }
            String text = decode(bytes);
            if (text.isBlank()) {
                failures.add(new Failure(file.toString(), "empty file"));
                return;
            }
            Manifest.Entry entry = manifestEntry(file);
            sources.add(entry == null ? Source.of(file.toString(), text) : entry.source(file.toString(), text));
        } catch (IOException | RuntimeException e) {
            failures.add(new Failure(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /** The entry for this file in the nearest manifest.tsv above it. */
    private Manifest.Entry manifestEntry(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            Manifest m = manifest(dir);
            Manifest.Entry e = m.entry(dir.relativize(abs).toString().replace('\\', '/'));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private Manifest manifest(Path dir) throws IOException {
        Manifest m = manifests.get(dir);
        if (m == null) {
            Path tsv = dir.resolve("manifest.tsv");
            if (Files.isRegularFile(tsv)) {
                try (var in = new InputStreamReader(Files.newInputStream(tsv), StandardCharsets.UTF_8)) {
                    m = Manifest.parse(in);
                }
            } else {
                m = Manifest.empty();
            }
            manifests.put(dir, m);
        }
        return m;
    }

    /** UTF-8 unless GB18030 reads clearly better: see {@link TextDecoding}. */
    public static String decode(byte[] bytes) {
        return TextDecoding.decode(bytes);
    }
}
