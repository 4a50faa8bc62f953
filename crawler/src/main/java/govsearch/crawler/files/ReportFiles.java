package govsearch.crawler.files;

import govsearch.crawler.document.Documents;
import govsearch.crawler.document.TextDecoding;
import govsearch.crawler.fetch.ContentEncoding;
import govsearch.importer.Import.Failure;
import govsearch.report.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Report files on disk, given as files or folders: every regular file goes through the one reader
 * ({@link Documents}), whatever its format; a ZIP archive is read like a folder
 * ({@link ZipArchives}) and a WARC file record by record ({@link WarcArchives}). A manifest.tsv in
 * a folder (or in a folder of an archive) labels the files under it.
 *
 * <p>Nothing is skipped in silence but what is never a report: a folder's README.* and
 * manifest.tsv describe it, and hidden files and folders (.git, .DS_Store, __MACOSX) belong to the
 * tools that made them. Every other file gives reports or a {@link Failure} with its reason, and the
 * rest of the batch goes on. Each report keeps its file's path as its url; an archive member's url
 * is {@code archive.zip!/member}, a WARC record's its WARC-Target-URI.
 */
public final class ReportFiles {

    /**
     * Bounds on what one import reads, so a hostile or mistaken file is refused with a reason
     * instead of filling the heap.
     *
     * @param maxFileBytes     a file, archive member or WARC record larger than this is refused
     *                         (archives and WARC files themselves are streamed and may be larger)
     * @param maxReportChars   a text longer than this is no report (the longest we know has ~100k)
     * @param maxEntries       members of one archive, nested archives included
     * @param maxExpandedBytes bytes one archive may expand to, nested archives included
     * @param maxDepth         archives inside archives: 1 reads a zip's members but no zip inside it
     */
    public record Limits(long maxFileBytes, int maxReportChars, int maxEntries, long maxExpandedBytes, int maxDepth) {

        /** 50 MB a file unless {@code -Dgovsearch.import.max-file-mb=N} says otherwise. */
        public static Limits defaults() {
            return new Limits(Long.getLong("govsearch.import.max-file-mb", 50L) << 20, 5_000_000, 10_000, 1L << 30, 3);
        }

        public Limits withMaxFileBytes(long n) {
            return new Limits(n, maxReportChars, maxEntries, maxExpandedBytes, maxDepth);
        }

        public Limits withMaxReportChars(int n) {
            return new Limits(maxFileBytes, n, maxEntries, maxExpandedBytes, maxDepth);
        }

        public Limits withArchiveLimits(int entries, long expandedBytes, int depth) {
            return new Limits(maxFileBytes, maxReportChars, entries, expandedBytes, depth);
        }

        String tooLarge(long size) {
            return "larger than the " + ContentEncoding.megabytes(maxFileBytes) + " limit for one file ("
                    + ContentEncoding.megabytes(size) + "; -Dgovsearch.import.max-file-mb raises it)";
        }
    }

    /** Extensions of files that are never report texts: refused by name, without reading them. */
    private static final Set<String> NOT_REPORTS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp",
            "svg", "ico", "css", "js", "mp3", "mp4", "avi", "mov", "wav", "exe", "dll", "so", "class", "jar", "iso");

    private final Limits limits;
    private final List<Source> sources = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Path, Manifest> manifests = new HashMap<>();

    private ReportFiles(Limits limits) {
        this.limits = limits;
    }

    public List<Source> sources() {
        return sources;
    }

    /** Each file, member or record that gave no report, with the reason. */
    public List<Failure> failures() {
        return failures;
    }

    /** What was passed over on purpose and is no failure (WARC request, metadata and image records …), one line each. */
    public List<String> notes() {
        return notes;
    }

    public static ReportFiles read(List<Path> paths) {
        return read(paths, Limits.defaults());
    }

    /** Reads every report file under the given paths. Paths that do not exist are failures. */
    public static ReportFiles read(List<Path> paths, Limits limits) {
        ReportFiles files = new ReportFiles(limits);
        for (Path path : paths) {
            if (!Files.exists(path)) {
                files.fail(path.toString(), "no such file or folder");
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !passedOver(path.relativize(p).toString()))
                            .sorted().forEach(files::readFile);
                } catch (IOException | RuntimeException e) {
                    files.fail(path.toString(), "cannot list folder: " + e.getMessage());
                }
            } else {
                files.readFile(path);
            }
        }
        return files;
    }

    /** A folder's description or a tool's leftover, never a report: skipped without a word. */
    static boolean passedOver(String relativePath) {
        for (String part : relativePath.replace('\\', '/').split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        String name = name(relativePath).toLowerCase(Locale.ROOT);
        return name.startsWith("readme.") || name.equals("manifest.tsv");
    }

    /** Why a file is not read at all, judged by its name, or null. */
    static String notAReport(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot >= 0 && NOT_REPORTS.contains(n.substring(dot + 1)) ? "not a report: a ." + n.substring(dot + 1) + " file" : null;
    }

    private void readFile(Path file) {
        String url = file.toString();
        String name = file.getFileName().toString();
        String byName = notAReport(name);
        if (byName != null) {
            fail(url, byName);
            return;
        }
        try {
            long size = Files.size(file);
            Container container = Container.of(name, head(file));
            if (container == Container.WARC) {
                try (InputStream in = Files.newInputStream(file)) {
                    WarcArchives.read(url, in, this);
                }
                return;
            }
            if (container == Container.ZIP) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                    if (ZipArchives.read(url, ch, 1, new ZipArchives.Budget(), this)) {
                        return;
                    }
                }
                // a Word document under another name: read below as the document it is
            }
            if (size > limits.maxFileBytes()) {
                fail(url, limits.tooLarge(size));
                return;
            }
            readDocument(url, Files.readAllBytes(file), null, manifestEntry(file));
        } catch (AccessDeniedException e) {
            fail(url, "cannot read: permission denied");
        } catch (NoSuchFileException e) {
            fail(url, "cannot read: the file went away");
        } catch (IOException | RuntimeException e) {
            fail(url, "cannot read: " + e.getMessage());
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    /**
     * Reads one file's or member's bytes: an archive inside is opened (to {@link Limits#maxDepth}),
     * anything else goes to {@link Documents}.
     *
     * @param depth how many archives hold these bytes
     */
    void readMember(String url, byte[] bytes, ZipArchives.Budget budget, int depth, Manifest.Entry entry) {
        Container container = Container.of(name(url), bytes);
        if (container == Container.WARC) {
            WarcArchives.read(url, new java.io.ByteArrayInputStream(bytes), this);
            return;
        }
        if (container == Container.ZIP) {
            if (depth + 1 > limits.maxDepth()) {
                fail(url, "an archive nested more than " + limits.maxDepth() + " deep; not opened (a zip bomb?)");
                return;
            }
            try (var ch = new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(bytes)) {
                if (ZipArchives.read(url, ch, depth + 1, budget, this)) {
                    return;
                }
            }
        }
        readDocument(url, bytes, null, entry);
    }

    /** Reads a document through {@link Documents}; {@code contentType} as the server declared it, or null. */
    void readDocument(String url, byte[] bytes, String contentType, Manifest.Entry entry) {
        Documents.Read read;
        try {
            read = Documents.read(url, bytes, contentType);
        } catch (RuntimeException | StackOverflowError e) {
            fail(url, "cannot read: " + e);
            return;
        }
        switch (read) {
            case Documents.Refused r -> fail(url, r.reason());
            case Documents.Texts t -> {
                for (Source s : t.sources()) {
                    add(entry == null ? s : label(s, entry, t.sources().size() == 1));
                }
            }
        }
    }

    private void add(Source s) {
        if (s.text().length() > limits.maxReportChars()) {
            fail(s.url(), "a text of " + s.text().length() + " characters, more than the " + limits.maxReportChars()
                    + " one report may have; not a report");
            return;
        }
        sources.add(s);
    }

    Limits limits() {
        return limits;
    }

    void fail(String url, String reason) {
        failures.add(new Failure(url, reason));
    }

    void note(String line) {
        notes.add(line);
    }

    /** The manifest's labels over what the reader found; a page of several reports keeps their own titles. */
    static Source label(Source s, Manifest.Entry e, boolean single) {
        return new Source(s.url(), s.text(), single && e.title() != null ? e.title() : s.title(), s.publishedAt(),
                e.year() != null ? e.year() : s.year(), e.region() != null ? e.region() : s.region(),
                e.docType() != null ? e.docType() : s.docType(), s.disclosure());
    }

    static String name(String path) {
        String p = path.replace('\\', '/');
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
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
