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

/** The govsearch command: serve, import, crawl, reindex, bench. Bad arguments print a message and exit 1. */
public final class GovSearch {

    private GovSearch() {
    }

    public static void main(String[] argv) {
        if (argv.length > 0 && argv[0].equals("load")) {
            try {
                System.exit(LoadTest.run(argv, System.out, System.err));
            } catch (InterruptedException e) {
                System.exit(1);
            }
            return;
        }
        CommandLine cl;
        try {
            cl = CommandLine.parse(argv);
        } catch (CommandLine.Invalid e) {
            System.err.println("govsearch: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(1);
            return;
        }
        if (cl.command().equals("serve")) {
            serve(cl);
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

    private static void serve(CommandLine cl) {
        List<String> args = new ArrayList<>();
        args.add("--govsearch.data=" + cl.data());
        args.add("--govsearch.backend=" + cl.backend());
        if (cl.esUrl() != null) {
            args.add("--govsearch.elasticsearch.url=" + cl.esUrl());
        }
        if (cl.port() != null) {
            args.add("--server.port=" + cl.port());
        }
        SpringApplication.run(ApiApplication.class, args.toArray(String[]::new));
    }

    static int importFiles(CommandLine cl, PrintStream out, PrintStream err) throws IOException {
        ReportFiles files = ReportFiles.read(cl.args().stream().map(Path::of).toList());
        Import.Summary summary;
        try (ReportIndex index = Backends.open(cl.data(), cl.es())) {
            int total = files.sources().size();
            summary = Import.run(files.sources().iterator(), index, files.failures(),
                    p -> out.printf("\r%d/%d read, %d added, %d already indexed, %d failed", p.seen(), total,
                            p.added(), p.skipped(), p.failed()));
        }
        out.println();
        out.printf("imported %d reports (%d already indexed, %d relabelled) in %.1f s, %.1f MB/s into %s%n",
                summary.added(), summary.skipped(), summary.relabelled(), summary.took().toMillis() / 1000.0, summary.megabytesPerSecond(), cl.data());
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
