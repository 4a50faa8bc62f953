package govsearch.api;

import govsearch.crawler.crawl.Crawl;
import govsearch.crawler.crawl.CrawlIndexer;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.index.lucene.LuceneReportIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code govsearch crawl URL…}: crawls into DATA/crawl and indexes what it finds into DATA/index,
 * with a live progress line on stderr and a summary at the end. Crawls whatever the user names,
 * loopback included ({@link AddressPolicy#permissive()}).
 */
final class CrawlCommand {

    private static final int FAILURES_SHOWN = 20;

    private CrawlCommand() {
    }

    static Crawl.Options options(CommandLine cl) {
        CommandLine.CrawlArgs a = cl.crawl();
        Crawl.Options o = Crawl.Options.of(cl.args());
        if (a.maxPages() != null) {
            o = o.withMaxPages(a.maxPages());
        }
        if (a.maxDepth() != null) {
            o = o.withMaxDepth(a.maxDepth());
        }
        if (a.delayMs() != null) {
            o = o.withDelay(Duration.ofMillis(a.delayMs()));
        }
        return o.withPatterns(a.include(), a.exclude()).withAllHosts(a.allHosts()).withRecrawl(a.recrawl());
    }

    static int run(CommandLine cl, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Files.createDirectories(cl.data());
        Path dir = DataDir.crawl(cl.data());
        AtomicInteger failuresShown = new AtomicInteger();
        long start = System.nanoTime();
        CrawlIndexer.Outcome outcome;
        try (govsearch.index.ReportIndex index = Backends.open(cl.data(), cl.es())) {
            outcome = CrawlIndexer.run(dir, options(cl), AddressPolicy.permissive(), index, new Crawl.Listener() {
                @Override
                public void progress(Crawl.Progress p) {
                    synchronized (err) {
                        err.printf("\r%d fetched, %d queued, %d failed, %d reports found (%d duplicates)   ",
                                p.fetched(), p.queued(), p.failed(), p.reports(), p.duplicates());
                    }
                }

                @Override
                public void failure(String url, String reason) {
                    if (failuresShown.incrementAndGet() <= FAILURES_SHOWN) {
                        synchronized (err) {
                            err.printf("\rgovsearch: %s: %s%n", url, reason);
                        }
                    }
                }
            }, p -> { }, c -> { });
        } catch (IOException e) {
            err.println(); // the reason (a sitemap bomb, no memory left …) goes on a line of its own
            throw e;
        }
        err.println();
        Crawl.Progress p = outcome.crawl();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("crawled %d pages in %.1f s (%d stored in all, %d failed, %d unchanged); %d reports found, "
                        + "%d duplicates set aside; %d added to the index (%d already indexed)%n",
                p.fetched(), seconds, p.stored(), p.failed(), p.unchanged(), p.reports(), p.duplicates(),
                outcome.imported().added(), outcome.imported().skipped());
        out.printf("pages in %s, their URLs in %s%n", dir.resolve("pages.warc"), dir.resolve("urls.tsv"));
        if (failuresShown.get() > FAILURES_SHOWN) {
            err.printf("govsearch: %d more failures not shown (frontier.log lists them: lines starting with F)%n",
                    failuresShown.get() - FAILURES_SHOWN);
        }
        return 0;
    }
}
