package govsearch.crawler.crawl;

import govsearch.crawler.dedup.Dedup;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.fetch.Fetched;
import govsearch.crawler.fetch.Fetcher;
import govsearch.crawler.fetch.Robots;
import govsearch.crawler.fetch.Sitemaps;
import govsearch.crawler.store.FrontierLog;
import govsearch.crawler.store.PageStore;
import govsearch.crawler.url.HostFilter;
import govsearch.crawler.url.UrlFilter;
import govsearch.crawler.url.UrlFilters;
import govsearch.crawler.url.UrlNormalizer;
import govsearch.crawler.url.UrlPattern;
import govsearch.report.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A polite, resumable crawl from seed URLs into a crawl directory ({@code DATA/crawl/}):
 *
 * <ul>
 * <li>{@code pages.warc} — every response with its request ({@link PageStore});</li>
 * <li>{@code frontier.log} — every link queued, page stored or failed ({@link FrontierLog});</li>
 * <li>{@code urls.tsv} — each report's URL followed by the other URLs it was found under.</li>
 * </ul>
 *
 * Workers take URLs host by host ({@link HostQueues}); robots.txt is read first on each site and
 * obeyed, its Crawl-delay honoured (at most 30 s) when longer than the crawl's delay; the site's
 * sitemaps (robots.txt {@code Sitemap:} lines and /sitemap.xml) seed the frontier, read as streams
 * within the sitemap protocol's limits (the first 50,000 URLs of each); a sitemap that expands past
 * 50 MB, a compression bomb, ends the crawl ({@link Aborted}), as running out of memory does —
 * never a hang or a crawl that says it is done. A page is stored
 * and logged before its links are queued and its reports handed on, each report once
 * ({@link Dedup}).
 *
 * <p>Started again on the same directory, a crawl reads its stored pages back (reports are handed
 * on again; the import skips what it already has), queues what was queued and not done, and
 * fetches no stored page again. With {@code recrawl}, stored pages are fetched again with
 * If-None-Match / If-Modified-Since; 304 leaves them as they are.
 */
public final class Crawl {

    /**
     * @param maxPages  pages fetched (stored or failed) over the life of the crawl directory
     * @param include   null for none
     * @param exclude   null for none
     * @param allHosts  follow links to any host, not only the seeds' hosts
     * @param threads   workers; one host is fetched by one worker at a time whatever this is
     */
    public record Options(List<String> seeds, int maxPages, int maxDepth, Duration delay, UrlPattern include,
                          UrlPattern exclude, boolean allHosts, boolean recrawl, int threads, Fetcher.Settings fetch) {

        public static Options of(List<String> seeds) {
            return new Options(seeds, 1000, 5, Duration.ofSeconds(1), null, null, false, false, 4,
                    Fetcher.Settings.DEFAULTS);
        }

        public Options withMaxPages(int n) {
            return new Options(seeds, n, maxDepth, delay, include, exclude, allHosts, recrawl, threads, fetch);
        }

        public Options withMaxDepth(int n) {
            return new Options(seeds, maxPages, n, delay, include, exclude, allHosts, recrawl, threads, fetch);
        }

        public Options withDelay(Duration d) {
            return new Options(seeds, maxPages, maxDepth, d, include, exclude, allHosts, recrawl, threads, fetch);
        }

        public Options withPatterns(UrlPattern inc, UrlPattern exc) {
            return new Options(seeds, maxPages, maxDepth, delay, inc, exc, allHosts, recrawl, threads, fetch);
        }

        public Options withAllHosts(boolean all) {
            return new Options(seeds, maxPages, maxDepth, delay, include, exclude, all, recrawl, threads, fetch);
        }

        public Options withRecrawl(boolean again) {
            return new Options(seeds, maxPages, maxDepth, delay, include, exclude, allHosts, again, threads, fetch);
        }

        public Options withFetch(Fetcher.Settings settings) {
            return new Options(seeds, maxPages, maxDepth, delay, include, exclude, allHosts, recrawl, threads, settings);
        }
    }

    /**
     * @param fetched    requests for pages in this run (robots.txt and sitemaps not counted)
     * @param queued     URLs waiting in the frontier
     * @param failed     pages that failed for good (4xx/5xx, refused, timed out, too large, forbidden)
     * @param stored     pages in the store, over the life of the directory
     * @param reports    distinct reports found
     * @param duplicates report texts found again under another URL
     * @param unchanged  pages a recrawl found unchanged (304)
     */
    public record Progress(int fetched, int queued, int failed, int stored, int reports, int duplicates,
                           int unchanged) {
    }

    /** What the crawl tells as it goes; called from worker threads. */
    public interface Listener {
        void progress(Progress p);

        default void failure(String url, String reason) {
        }
    }

    /**
     * Why a crawl ended before its frontier or budget did: a sitemap that expands past the
     * protocol's 50 MB (a compression bomb), or the crawl ran out of memory. What was stored and handed on stays.
     */
    public static final class Aborted extends IOException {
        public Aborted(String reason) {
            super(reason);
        }
    }

    private static final int MAX_REDIRECTS = 5;
    /** Fewer letters than this is a list page's leftovers or a navigation page, not a report. */
    static final int MIN_REPORT_LETTERS = 50;
    /** Pages queued from sitemaps in one run, all sitemaps together: enough for any page budget. */
    private static final int MAX_SITEMAP_PAGES = 50_000;

    private final Path dir;
    private final Options options;
    private final Consumer<Source> reports;
    private final Listener listener;
    private final UrlFilter filters;
    private final Fetcher fetcher;
    private final Robots robots;
    private final Dedup dedup = new Dedup();
    private final HostQueues<Item> frontier = new HostQueues<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Set<String> sitemapsSeen = ConcurrentHashMap.newKeySet();
    private final Set<String> seedHosts;
    private final Map<String, Fetcher.Validators> validators = new HashMap<>();
    /** What report pages hand down to the documents they link, and the notes held back for their attachments. */
    private final AttachmentLabels labels = new AttachmentLabels();
    private final AtomicInteger fetched = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger sitemapPages = new AtomicInteger();
    private final Object commitLock = new Object();
    private volatile boolean stopped;
    private volatile String aborted;
    private FrontierLog log;
    private PageStore store;

    /** A URL in the frontier: a page to fetch, or a sitemap to read for pages. */
    private record Item(String url, int depth, int redirects, boolean sitemap, boolean revisit) {
    }

    /**
     * @param reports receives each distinct report as it is found (and, on a restart, those found before)
     */
    public Crawl(Path dir, Options options, AddressPolicy policy, Consumer<Source> reports, Listener listener) {
        this.dir = dir;
        this.options = options;
        this.reports = reports;
        this.listener = listener;
        Set<String> hosts = new LinkedHashSet<>();
        for (String seed : options.seeds()) {
            String normal = UrlNormalizer.normalize(seed);
            if (normal != null) {
                hosts.add(HostFilter.host(normal));
            }
        }
        this.seedHosts = Set.copyOf(hosts);
        this.filters = UrlFilters.defaults(options.allHosts() ? null : seedHosts, options.maxDepth(),
                options.include(), options.exclude());
        this.fetcher = new Fetcher(policy, options.fetch());
        this.robots = new Robots(fetcher);
    }

    /** Asks the crawl to stop after the requests in flight; {@link #run} then returns. */
    public void stop() {
        stopped = true;
        frontier.close();
    }

    /** Stops the crawl for good, with a reason {@link #run} throws as {@link Aborted}; the first reason wins. */
    private void abort(String url, String reason) {
        synchronized (this) {
            if (aborted != null) {
                return;
            }
            aborted = reason;
        }
        stop();
        listener.failure(url, reason);
    }

    /**
     * Crawls until the frontier is empty, the page budget is spent or {@link #stop} is called.
     *
     * @throws Aborted when the crawl had to stop: a sitemap bomb, or no memory left
     */
    public Progress run() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (FileChannel lockFile = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IOException("another crawl is using " + dir);
            }
            log = FrontierLog.open(dir.resolve("frontier.log"));
            try (FrontierLog l = log; PageStore s = PageStore.open(dir.resolve("pages.warc"), log.state().warcEnd());
                 Fetcher f = fetcher) {
                store = s;
                resume();
                List<Thread> workers = new ArrayList<>();
                for (int i = 0; i < Math.max(1, options.threads()); i++) {
                    workers.add(Thread.ofPlatform().name("crawl-" + i).daemon().start(this::work));
                }
                for (Thread w : workers) {
                    w.join();
                }
                synchronized (commitLock) {
                    // a note whose attachments gave no report (refused, unreadable, not reached) is the page's report
                    handOn(labels.drainHeldNotes());
                }
                dedup.writeUrls(dir.resolve("urls.tsv"));
                Progress last = progress();
                listener.progress(last);
                if (aborted != null) {
                    throw new Aborted(aborted);
                }
                return last;
            }
        }
    }

    /** The reports found so far, each with all its URLs (report URL first). */
    public Map<String, List<String>> reportUrls() {
        return dedup.urls();
    }

    private void resume() throws IOException {
        FrontierLog.State state = log.state();
        Map<String, Long> storedEnds = state.stored();
        PageStore.read(store.file(), state.warcEnd(), page -> {
            if (storedEnds.containsKey(page.url())) {
                stored.incrementAndGet();
                if (page.status() >= 400 || page.truncated()) {
                    failed.incrementAndGet();
                }
                String etag = page.header("ETag");
                String modified = page.header("Last-Modified");
                if (page.status() == 200 && (etag != null || modified != null)) {
                    validators.put(page.url(), new Fetcher.Validators(etag, modified));
                }
                handOnPage(page.url(), PageReading.read(page, options.fetch().maxDecodedBytes()));
            }
        });
        failed.addAndGet(state.failed().size());
        attempts.set(storedEnds.size() + state.failed().size());
        known.addAll(state.queued().keySet());
        for (Map.Entry<String, FrontierLog.Queued> e : state.queued().entrySet()) {
            if (!state.done(e.getKey())) {
                enqueue(new Item(e.getKey(), e.getValue().depth(), e.getValue().redirects(), false, false));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String seed : options.seeds()) {
            String url = filters.filter(new UrlFilter.Link(null, seed, 0));
            if (url != null && known.add(url)) {
                lines.add(FrontierLog.queued(url, 0, 0));
                enqueue(new Item(url, 0, 0, false, false));
            }
        }
        log.append(lines);
        if (options.recrawl()) {
            for (String url : storedEnds.keySet()) {
                enqueue(new Item(url, 0, 0, false, true));
            }
        }
        listener.progress(progress());
    }

    private void enqueue(Item item) {
        String host = HostFilter.host(item.url());
        if (host != null) {
            frontier.add(host, item);
        }
    }

    private void work() {
        try {
            while (!stopped) {
                HostQueues.Taken<Item> taken = frontier.take();
                if (taken == null) {
                    return;
                }
                long delay = options.delay().toNanos();
                try {
                    delay = Math.max(delay, visit(taken.item()));
                } catch (IOException e) {
                    listener.failure(taken.item().url(), "cannot store: " + e.getMessage());
                    stop();
                } catch (OutOfMemoryError e) {
                    // the allocation that failed is not held: there is room to say why and to stop
                    abort(taken.item().url(), "the crawl ran out of memory reading " + taken.item().url()
                            + "; stopped (a larger -Xmx, or a lower page size cap)");
                } catch (RuntimeException | StackOverflowError e) {
                    // one page the readers cannot take must not end the crawl, nor leave its worker dead
                    failQuietly(taken.item().url(), "cannot be read: " + e);
                } finally {
                    frontier.release(taken.host(), delay);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Works on one item; returns the delay the host asks for (its Crawl-delay). */
    private long visit(Item item) throws IOException, InterruptedException {
        String url = item.url();
        try {
            fetcher.policy().check(URI.create(url)); // before robots.txt, which is a request too
        } catch (AddressPolicy.Refused e) {
            if (!item.sitemap()) {
                fail(url, "refused: " + e.getMessage(), false);
            }
            return 0;
        }
        if (!robots.known(url)) {
            robots.rules(url); // a request of its own: wait before the next one
            seedSitemaps(url);
            Thread.sleep(politeDelay(url).toMillis());
        }
        long delay = politeDelay(url).toNanos();
        if (!robots.allowed(url)) {
            if (!item.sitemap()) {
                fail(url, "forbidden by robots.txt", false);
            }
            return 0; // nothing was requested
        }
        if (item.sitemap()) {
            readSitemap(item);
            return delay;
        }
        if (PageReading.isOfd(url)) {
            fail(url, PageReading.OFD_UNREAD, false); // nothing was requested: there is nothing to read it with
            return 0;
        }
        if (!item.revisit() && attempts.incrementAndGet() > options.maxPages()) {
            stop(); // the budget is spent; the item stays queued in the log for a later run
            return 0;
        }
        Fetched page;
        try {
            page = fetcher.fetch(url, item.revisit() ? validators.get(url) : null);
        } catch (AddressPolicy.Refused e) {
            fail(url, "refused: " + e.getMessage(), true); // nothing was requested
            return 0;
        } catch (IOException e) {
            fetched.incrementAndGet();
            fail(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), true);
            return delay;
        }
        fetched.incrementAndGet();
        commit(item, page);
        return delay;
    }

    /** The wait between two requests to {@code url}'s host: the crawl's delay, or the site's longer Crawl-delay. */
    Duration politeDelay(String url) {
        Duration crawlDelay = robots.crawlDelay(url);
        return crawlDelay.compareTo(options.delay()) > 0 ? crawlDelay : options.delay();
    }

    /** The first time a seed site is visited, its sitemaps join the frontier. */
    private void seedSitemaps(String url) {
        if (!seedHosts.contains(HostFilter.host(url))) {
            return;
        }
        URI u = URI.create(url);
        List<String> sitemaps = new ArrayList<>(robots.sitemaps(url));
        sitemaps.add(u.getScheme() + "://" + u.getRawAuthority() + "/sitemap.xml");
        for (String s : sitemaps) {
            String normal = UrlNormalizer.normalize(s);
            if (normal != null && seedHosts.contains(HostFilter.host(normal)) && sitemapsSeen.add(normal)) {
                enqueue(new Item(normal, 0, 0, true, false));
            }
        }
    }

    private void readSitemap(Item item) throws IOException {
        Fetched f;
        try {
            f = fetcher.fetch(item.url(), null);
        } catch (AddressPolicy.Refused | IOException e) {
            return; // no sitemap; seeds and links remain
        }
        Sitemaps.Listed listed;
        try {
            listed = Sitemaps.read(f);
        } catch (Sitemaps.TooLarge e) {
            abort(item.url(), e.getMessage());
            return;
        }
        if (listed.cut()) {
            listener.failure(item.url(), "lists " + String.format("%,d", listed.listed()) + " URLs, more than the "
                    + String.format("%,d", Sitemaps.MAX_URLS) + " of the sitemap protocol; the first "
                    + String.format("%,d", Sitemaps.MAX_URLS) + " are kept");
        }
        for (String s : listed.sitemaps()) {
            String normal = UrlNormalizer.normalize(s);
            if (normal != null && sitemapsSeen.add(normal) && sitemapsSeen.size() < 100) {
                enqueue(new Item(normal, 0, 0, true, false));
            }
        }
        List<String> lines = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (String page : listed.pages()) {
            String url = filters.filter(new UrlFilter.Link(item.url(), page, 1));
            if (url != null && !known.contains(url) && sitemapPages.incrementAndGet() > MAX_SITEMAP_PAGES) {
                listener.failure(item.url(), "the sitemaps list more than " + MAX_SITEMAP_PAGES
                        + " pages in all; the rest are not queued");
                break;
            }
            if (url != null && known.add(url)) {
                lines.add(FrontierLog.queued(url, 1, 0));
                items.add(new Item(url, 1, 0, false, false));
            }
        }
        log.append(lines);
        items.forEach(this::enqueue);
    }

    /** A page's reports handed on, or held back when the page is only a note on its attachment. */
    private void handOnPage(String url, PageReading.Read read) {
        handOn(labels.read(url, read));
    }

    private void commit(Item item, Fetched page) throws IOException {
        String url = item.url();
        if (page.status() == 304) {
            log.append(List.of(FrontierLog.unchanged(url)));
            unchanged.incrementAndGet();
            listener.progress(progress());
            return;
        }
        PageReading.Read read = PageReading.read(page, options.fetch().maxDecodedBytes());
        String failure = PageReading.failure(page);
        if (failure == null) {
            failure = read.failure();
        }
        List<String> lines = new ArrayList<>();
        List<Item> next = new ArrayList<>();
        synchronized (commitLock) {
            long end = store.append(page);
            lines.add(FrontierLog.stored(url, end));
            stored.incrementAndGet();
            if (page.isRedirect()) {
                String target = page.location() == null ? null
                        : filters.filter(new UrlFilter.Link(url, page.location(), item.depth()));
                if (target == null) {
                    failure = "redirect to " + page.header("Location") + " not followed: outside the crawl's hosts or filters";
                } else if (item.redirects() + 1 > MAX_REDIRECTS) {
                    failure = "more than " + MAX_REDIRECTS + " redirects";
                } else if (target != null && known.add(target)) {
                    lines.add(FrontierLog.queued(target, item.depth(), item.redirects() + 1));
                    next.add(new Item(target, item.depth(), item.redirects() + 1, false, false));
                }
            }
            for (String link : read.links()) {
                String kept = filters.filter(new UrlFilter.Link(url, link, item.depth() + 1));
                if (kept != null && known.add(kept)) {
                    lines.add(FrontierLog.queued(kept, item.depth() + 1, 0));
                    next.add(new Item(kept, item.depth() + 1, 0, false, false));
                }
            }
            log.append(lines);
            handOnPage(url, read);
        }
        next.forEach(this::enqueue);
        if (failure != null) {
            failed.incrementAndGet();
            listener.failure(url, failure);
        }
        listener.progress(progress());
    }

    private void handOn(List<Source> sources) {
        for (Source s : sources) {
            if (s.text().codePoints().filter(Character::isLetterOrDigit).count() < MIN_REPORT_LETTERS) {
                continue;
            }
            if (dedup.offer(s.url(), s.text()).verdict() == Dedup.Verdict.NEW) {
                reports.accept(s);
            }
        }
    }

    /** The reports of a stored page, as a crawl reads them (for benchmarks and imports of WARC files). */
    public static List<Source> reports(Fetched page) {
        return PageReading.read(page, Fetcher.Settings.DEFAULTS.maxDecodedBytes()).sources();
    }

    private void failQuietly(String url, String reason) {
        try {
            fail(url, reason, true);
        } catch (IOException e) {
            listener.failure(url, "cannot store: " + e.getMessage());
            stop();
        }
    }

    private void fail(String url, String reason, boolean counted) throws IOException {
        log.append(List.of(FrontierLog.failed(url, reason)));
        failed.incrementAndGet();
        if (!counted) {
            attempts.incrementAndGet();
        }
        listener.failure(url, reason);
        listener.progress(progress());
    }

    public Progress progress() {
        return new Progress(fetched.get(), frontier.size(), failed.get(), stored.get(), dedup.reports(),
                dedup.exactDuplicates() + dedup.nearDuplicates(), unchanged.get());
    }
}
