package govsearch.api;

import govsearch.crawler.files.ReportFiles;
import govsearch.importer.Import;
import govsearch.elasticsearch.ElasticsearchReportIndex;
import govsearch.index.ReportIndex;
import govsearch.index.lucene.Rebuild;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.boot.SpringApplication;

/**
 * The govsearch command: serve, import, crawl, reindex, bench, eval, bench-crawl, bench-import, load, help. Bad
 * arguments print a one-line message and the usage, and exit 1; {@code --help} prints the usage and exits 0.
 */
public final class GovSearch {

    private GovSearch() {
    }

    /**
     * Lucene says through java.util.logging, on stderr, that the JDK's incubating vector module is not
     * readable. Adding the module makes the JVM print its own warning instead, on every start, and
     * nothing turns that one off (docs/design/quiet-command-line.md). Held here: JUL keeps loggers
     * only weakly, and a collected logger would forget its level.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] argv) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        if (argv.length > 0 && argv[0].equals("load")
                && java.util.Arrays.stream(argv).noneMatch(a -> a.equals("--help") || a.equals("-h"))) {
            try {
                System.exit(LoadTest.run(argv, System.out, System.err));
            } catch (InterruptedException e) {
                System.exit(1);
            }
            return;
        }
        CommandLine cl;
        ServeProperties properties;
        try {
            properties = ServeProperties.split(argv);
            cl = CommandLine.parse(properties.rest());
        } catch (CommandLine.Invalid e) {
            System.err.println("govsearch: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(1);
            return;
        }
        if (cl.command().equals("help")) {
            System.out.println(cl.args().isEmpty() ? CommandLine.USAGE : CommandLine.usage(cl.args().getFirst()));
            System.exit(0);
            return;
        }
        String unusable = usesDataDir(cl) ? DataDir.unusable(cl.data()) : null;
        if (unusable != null) {
            System.err.println("govsearch: " + unusable);
            System.exit(1);
            return;
        }
        if (cl.command().equals("serve")) {
            // before the dictionary loads, whose one line would come first
            String refused = ServeChecks.refused(cl);
            if (refused != null) {
                System.err.println("govsearch: " + refused);
                System.exit(1);
                return;
            }
        }
        if (!cl.command().equals("bench-crawl")) {
            ikDictionaryQuietly();
        }
        if (cl.command().equals("serve")) {
            serve(cl, properties.properties());
            return;
        }
        int status;
        try {
            status = switch (cl.command()) {
                case "import" -> importFiles(cl, System.out, System.err);
                case "crawl" -> CrawlCommand.run(cl, System.out, System.err);
                case "reindex" -> reindex(cl, System.out);
                case "bench" -> Bench.run(cl.data(), cl.scales(), System.out);
                case "eval" -> Eval.run(cl.args(), System.out);
                case "bench-import" -> ImportBench.run(cl.data(), System.out);
                case "bench-crawl" -> {
                    govsearch.crawler.crawl.CrawlBench.run(cl.benchPages(), cl.data().resolve("bench-crawl"), System.out);
                    yield 0;
                }
                default -> throw new IllegalStateException(cl.command());
            };
        } catch (govsearch.index.BackendUnavailable e) {
            System.err.println("govsearch: the Elasticsearch cluster at " + cl.esUrl() + " cannot be reached: " + e.getMessage());
            status = 1;
        } catch (LockObtainFailedException e) {
            System.err.println("govsearch: the index in " + cl.data() + " is in use by another process (is govsearch serve running?)");
            status = 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("govsearch: " + cl.command() + " failed: " + e.getMessage());
            status = 1;
        } catch (InterruptedException e) {
            System.err.println("govsearch: " + cl.command() + " interrupted");
            status = 1;
        }
        System.exit(status);
    }

    /**
     * IK prints "加载扩展词典：…" to stdout when it loads its dictionary, which would mix into a
     * command's output. Loaded here first, while nothing else runs, with stdout pointed at stderr.
     */
    private static void ikDictionaryQuietly() {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            org.wltea.analyzer.dic.Dictionary.initial(org.wltea.analyzer.cfg.DefaultConfig.getInstance());
        } finally {
            System.setOut(stdout);
        }
    }

    /** Commands that write under DIR; with a cluster, only crawl keeps its pages there. */
    private static boolean usesDataDir(CommandLine cl) {
        return switch (cl.command()) {
            case "serve", "import", "reindex" -> cl.es() == null && cl.server() == null;
            case "crawl", "bench", "bench-crawl", "bench-import" -> true;
            default -> false;
        };
    }

    private static void serve(CommandLine cl, List<String> properties) {
        List<String> args = new ArrayList<>();
        args.add("--govsearch.data=" + cl.data());
        args.add("--govsearch.backend=" + cl.backend());
        if (cl.esUrl() != null) {
            args.add("--govsearch.elasticsearch.url=" + cl.esUrl());
        }
        if (cl.port() != null) {
            args.add("--server.port=" + cl.port());
        }
        args.addAll(properties);
        SpringApplication.run(ApiApplication.class, args.toArray(String[]::new));
    }

    static int importFiles(CommandLine cl, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        if (cl.server() != null) {
            return ServerImport.run(cl.args(), cl.server(), System.getenv("GOVSEARCH_ADMIN_TOKEN"), cl.server(), out, err);
        }
        Handover.Server running = cl.es() == null ? ServerImport.holding(cl.data()) : null;
        if (running != null) {
            err.println("govsearch: the service at " + running.url() + " holds the index in " + cl.data()
                    + "; sending the files to it");
            return ServerImport.run(cl.args(), running.url(), running.token(), cl.data() + " (through " + running.url() + ")",
                    out, err);
        }
        ReportFiles files = ReportFiles.read(cl.args().stream().map(Path::of).toList());
        // what was passed over on purpose (a WARC's request, image and redirect records …): counted, not failures
        files.notes().forEach(note -> err.println("govsearch: " + note));
        if (files.sources().isEmpty()) {
            // nothing to add: the index is not opened, so nothing is created under DIR
            return printSummary(new Import.Summary(0, 0, 0, files.failures(), 0, 0, java.time.Duration.ZERO), cl.data().toString(),
                    out, err);
        }
        Import.Summary summary;
        try (ReportIndex index = Backends.open(cl.data(), cl.es())) {
            int total = files.sources().size();
            summary = Import.run(files.sources().iterator(), index, files.failures(),
                    p -> out.printf("\r%d/%d read, %d added, %d already indexed, %d failed", p.seen(), total,
                            p.added(), p.skipped(), p.failed()));
        }
        return printSummary(summary, cl.data().toString(), out, err);
    }

    /** The end of every import, local or through a service: the counts, each skipped file, and the exit status. */
    static int printSummary(Import.Summary summary, String where, PrintStream out, PrintStream err) {
        out.println();
        out.printf("imported %d reports (%d already indexed, %d relabelled) in %.1f s, %.1f MB/s into %s%n",
                summary.added(), summary.skipped(), summary.relabelled(), summary.took().toMillis() / 1000.0, summary.megabytesPerSecond(), where);
        for (Import.Failure f : summary.failures()) {
            err.println("govsearch: skipped " + f.url() + ": " + f.message());
        }
        return summary.failures().isEmpty() ? 0 : 1;
    }

    private static int reindex(CommandLine cl, PrintStream out) throws IOException {
        if (cl.es() != null) {
            int n = ElasticsearchReportIndex.reindex(cl.es(), p -> out.printf("\r%d reports reindexed", p));
            out.println();
            out.println("reindexed " + n + " reports into " + ElasticsearchReportIndex.indicesBehind(cl.es())
                    + " behind the alias " + cl.es().alias());
            return 0;
        }
        Path index = DataDir.index(cl.data());
        if (!Files.isDirectory(index)) {
            System.err.println("govsearch: no index in " + cl.data());
            return 1;
        }
        int n = Rebuild.run(index, p -> out.printf("\r%d reports reindexed", p));
        out.println();
        out.println("reindexed " + n + " reports in " + cl.data());
        return 0;
    }
}
