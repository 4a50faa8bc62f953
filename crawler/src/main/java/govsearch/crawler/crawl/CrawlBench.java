package govsearch.crawler.crawl;

import govsearch.crawler.dedup.Dedup;
import govsearch.crawler.fetch.Fetched;
import govsearch.crawler.store.PageStore;
import govsearch.report.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The crawler's offline benchmark ({@code govsearch bench-crawl}): what a crawl does with a page
 * once it has it, without network or politeness. Builds {@code pages} pages on a report-template
 * site's page (its chrome, 4 generated reports each, 篇一…篇四; half GBK under a gb2312 label,
 * half UTF-8; one page in ten a repost of an earlier one with a repost note and a figure
 * changed), writes them to a WARC as a crawl stores them, then times reading them back:
 * WARC record → {@link Crawl#reports} (charset, jsoup parse, links, extraction, chrome, splitting)
 * → {@link Dedup}, on one thread, then on every core (one thread reading the WARC, the others
 * reading pages). One untimed pass over the first pages warms the JIT first.
 */
public final class CrawlBench {

    /** What one timed pass did. */
    public record Pass(int threads, int pages, long bodyBytes, int reports, int duplicates, long nanos) {
        public double pagesPerSecond() {
            return pages / (nanos / 1e9);
        }

        public double megabytesPerSecond() {
            return bodyBytes / 1e6 / (nanos / 1e9);
        }
    }

    private static final Charset GBK = Charset.forName("GBK");
    private static final String[] SUBJECTS = {"民政", "教育", "卫生健康", "交通运输", "水利", "农业农村", "自然资源",
        "生态环境", "文化旅游", "市场监管", "应急管理", "住房城乡建设", "人力资源社会保障", "财政", "审计", "统计",
        "科技", "商务", "林业", "医疗保障", "退役军人事务", "信访", "司法行政", "乡村振兴"};
    private static final String[] ACTIONS = {"完成固定资产投资", "新建重点项目", "培训基层干部", "排查整改隐患",
        "发放补助资金", "办理群众诉求", "整改审计问题", "开展专项检查", "新增就业岗位", "改造老旧小区", "建成高标准农田",
        "查处违法案件", "引进招商项目", "完成植树造林", "新建村级服务站", "化解矛盾纠纷"};
    private static final String[] UNITS = {"万元", "个", "人次", "处", "场", "件", "户", "公里", "亩", "家"};
    private static final String[] FRAMES = {"坚持以人民为中心的发展思想", "围绕县委县政府中心工作", "聚焦群众急难愁盼问题",
        "坚持稳中求进工作总基调", "深化放管服改革", "统筹发展和安全", "持续优化营商环境", "扎实推进共同富裕",
        "压紧压实工作责任", "强化督促检查", "健全长效机制", "推动工作提质增效"};
    private static final String[] NUMERALS = {"一", "二", "三", "四"};

    private CrawlBench() {
    }

    /** Generates {@code pages} pages into a WARC in {@code dir}, reads them back, and prints the figures. */
    public static List<Pass> run(int pages, Path dir, PrintStream out) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path warc = dir.resolve("bench-pages.warc");
        Files.deleteIfExists(warc);
        long start = System.nanoTime();
        long bodies = generate(warc, pages);
        out.printf("bench-crawl: %d pages (%.1f MB of bodies; WARC %.1f MB) written in %.1f s to %s%n", pages,
                bodies / 1e6, Files.size(warc) / 1e6, (System.nanoTime() - start) / 1e9, warc);
        read(warc, 1, Math.min(pages, 300)); // warm-up, untimed
        int cores = Runtime.getRuntime().availableProcessors();
        List<Pass> passes = new ArrayList<>();
        for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
            Pass p = read(warc, threads, Integer.MAX_VALUE);
            passes.add(p);
            out.printf("  %d thread%s: %d pages, %d reports, %d duplicates in %.2f s: %.0f pages/s, %.1f MB/s%n",
                    threads, threads == 1 ? " " : "s", p.pages(), p.reports(), p.duplicates(), p.nanos() / 1e9,
                    p.pagesPerSecond(), p.megabytesPerSecond());
        }
        out.printf("  (%d cores; parse + extract + split + dedup from the WARC, no network, no politeness)%n", cores);
        Files.deleteIfExists(warc);
        return passes;
    }

    /** Reads up to {@code limit} pages of {@code warc} through the crawl's page reader and dedup. */
    static Pass read(Path warc, int threads, int limit) throws IOException, InterruptedException {
        Dedup dedup = new Dedup();
        AtomicInteger pages = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        if (threads <= 1) {
            readWarc(warc, limit, page -> work(page, dedup, pages, bytes));
        } else {
            BlockingQueue<Fetched> queue = new ArrayBlockingQueue<>(256);
            Fetched end = new Fetched("", Instant.EPOCH, Map.of(), 0, Map.of(), new byte[0], false, null);
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().name("bench-" + i).start(() -> {
                    try {
                        for (Fetched f = queue.take(); f != end; f = queue.take()) {
                            work(f, dedup, pages, bytes);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            try {
                readWarc(warc, limit, page -> {
                    try {
                        queue.put(page);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted");
                    }
                });
            } finally {
                for (int i = 0; i < threads; i++) {
                    queue.put(end);
                }
                for (Thread w : workers) {
                    w.join();
                }
            }
        }
        return new Pass(threads, pages.get(), bytes.get(), dedup.reports(),
                dedup.exactDuplicates() + dedup.nearDuplicates(), System.nanoTime() - start);
    }

    private static void readWarc(Path warc, int limit, java.util.function.Consumer<Fetched> each) throws IOException {
        AtomicInteger n = new AtomicInteger();
        try {
            PageStore.read(warc, page -> {
                if (n.incrementAndGet() > limit) {
                    throw new Enough();
                }
                each.accept(page);
            });
        } catch (Enough enough) {
            // the warm-up reads the first pages only
        }
    }

    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** What a crawl does with a stored page: its reports, each offered to dedup (as Crawl.handOn). */
    private static void work(Fetched page, Dedup dedup, AtomicInteger pages, AtomicLong bytes) {
        for (Source s : Crawl.reports(page)) {
            if (s.text().codePoints().filter(Character::isLetterOrDigit).count() >= Crawl.MIN_REPORT_LETTERS) {
                dedup.offer(s.url(), s.text());
            }
        }
        pages.incrementAndGet();
        bytes.addAndGet(page.body().length);
    }

    /** Writes the pages as a crawl stores them; returns the bytes of their bodies. */
    static long generate(Path warc, int pages) throws IOException {
        String template = template();
        int open = template.indexOf("<div class=\"content\">") + "<div class=\"content\">".length();
        int close = template.indexOf("<p>点击下载：");
        String head = template.substring(0, open);
        String tail = template.substring(close);
        List<String> contents = new ArrayList<>();
        long bytes = 0;
        try (PageStore store = PageStore.open(warc, 0, false)) {
            for (int i = 0; i < pages; i++) {
                Random r = new Random(i);
                String content;
                String path;
                if (i % 10 == 9 && i >= 5) {
                    content = "<p>本文转载自xx县人民政府网，转载请注明出处。</p>\n"
                            + contents.get(i - 5).replaceFirst("(\\d)(\\d)([万个人处场件户公亩家])", "$2$1$3");
                    path = "/repost/" + i + ".html";
                } else {
                    content = content(r, i);
                    path = "/baogao/" + i + ".html";
                }
                contents.add(content);
                String title = SUBJECTS[i % SUBJECTS.length] + "工作情况报告4篇_xx范文网";
                String html = head.replace("统战情况报告4篇_xx范文网", title) + content + tail;
                boolean gbk = i % 2 == 0;
                byte[] body = gbk ? html.getBytes(GBK) : html.replace("charset=gb2312", "charset=utf-8")
                        .getBytes(StandardCharsets.UTF_8);
                bytes += body.length;
                store.append(new Fetched("http://www.example-fanwen.cn" + path, Instant.now(),
                        Map.of("User-Agent", govsearch.crawler.fetch.Fetcher.USER_AGENT), 200,
                        Map.of("Content-Type", List.of(gbk ? "text/html" : "text/html; charset=utf-8")), body, false,
                        null));
            }
        }
        return bytes;
    }

    /** Four reports, 篇一…篇四, of 10 to 20 paragraphs each. */
    private static String content(Random r, int page) {
        StringBuilder sb = new StringBuilder("<p>下面是小编为大家整理的工作情况报告4篇，供大家参考。</p>\n");
        for (int k = 0; k < 4; k++) {
            String subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
            sb.append("<p><strong>篇").append(NUMERALS[k]).append("</strong></p>\n<p><strong>")
                    .append(2015 + r.nextInt(10)).append("年xx县").append(subject).append("工作情况报告（")
                    .append(page).append('-').append(k + 1).append("）</strong></p>\n");
            int paragraphs = 10 + r.nextInt(11);
            for (int p = 0; p < paragraphs; p++) {
                sb.append("<p>　　");
                if (p % 4 == 0) {
                    sb.append(NUMERALS[(p / 4) % 4]).append("、").append(FRAMES[r.nextInt(FRAMES.length)]).append("</p>\n<p>　　");
                }
                for (int s = 0; s < 3; s++) {
                    sb.append(FRAMES[r.nextInt(FRAMES.length)]).append("，").append(SUBJECTS[r.nextInt(SUBJECTS.length)])
                            .append("部门").append(ACTIONS[r.nextInt(ACTIONS.length)]).append(r.nextInt(9000) + 100)
                            .append(UNITS[r.nextInt(UNITS.length)]).append("，同比增长").append(r.nextInt(30) + 1)
                            .append('.').append(r.nextInt(10)).append("%。");
                }
                sb.append("</p>\n");
            }
        }
        return sb.toString();
    }

    private static String template() {
        try (InputStream in = CrawlBench.class.getResourceAsStream("/govsearch/crawler/bench/template-multi.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
