package govsearch.api;

import govsearch.crawler.crawl.Crawl;
import govsearch.crawler.fetch.AddressPolicy;
import govsearch.crawler.url.UrlNormalizer;
import govsearch.crawler.url.UrlPattern;
import govsearch.index.BadQuery;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Admin endpoints that start and watch crawl jobs. Every call needs {@code Authorization: Bearer
 * <govsearch.admin-token>}; with no token configured the endpoints are disabled (403).
 */
@RestController
class CrawlController {

    private static final int MAX_SEEDS = 100;

    private final CrawlJobs jobs;
    private final ObjectMapper json;
    private final byte[] token;

    CrawlController(CrawlJobs jobs, ObjectMapper json, @Value("${govsearch.admin-token:}") String token) {
        this.jobs = jobs;
        this.json = json;
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Operation(summary = "Start a crawl job (admin)",
            description = "Body {seeds:[url…], maxPages, maxDepth, delayMs, include, exclude}. Seeds must be on "
                    + "govsearch.crawl.allowed-hosts and resolve to public addresses; include and exclude are "
                    + "RE2 regular expressions (linear time: no backreferences, no lookaround). Answers 202 {id, state}.")
    @PostMapping(value = "/api/crawl", consumes = MediaType.ALL_VALUE)
    Mono<ResponseEntity<CrawlJobs.View>> start(@RequestHeader(value = "Authorization", required = false) String auth,
                                               @RequestBody(required = false) String body) {
        admin(auth);
        // parsing is quick; resolving the seeds' hosts blocks, so it runs off the event loop
        return Mono.fromCallable(() -> {
            Crawl.Options options = options(body);
            for (String seed : options.seeds()) {
                try {
                    jobs.policy().check(URI.create(seed));
                } catch (AddressPolicy.Refused e) {
                    throw new BadQuery("seeds", "seed " + seed + " refused: " + e.getMessage(),
                            "起始网址 " + Params.abbreviate(seed) + " 不允许抓取（" + e.getMessage() + "）。");
                }
            }
            CrawlJobs.Job job = jobs.start(options);
            return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/crawl/" + job.id)).body(job.view());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Operation(summary = "A crawl job's state and counts (admin)")
    @GetMapping("/api/crawl/{id}")
    CrawlJobs.View job(@RequestHeader(value = "Authorization", required = false) String auth, @PathVariable String id) {
        admin(auth);
        return find(id).view();
    }

    @Operation(summary = "A crawl job's progress as server-sent events (admin); the stream ends with the job")
    @GetMapping(value = "/api/crawl/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<CrawlJobs.View>> events(@RequestHeader(value = "Authorization", required = false) String auth,
                                                 @PathVariable String id) {
        admin(auth);
        CrawlJobs.Job job = find(id);
        return job.events().sample(Duration.ofMillis(200))
                .concatWith(Mono.fromSupplier(job::view))
                .map(v -> ServerSentEvent.builder(v).event(v.state().ended() ? "end" : "progress").build());
    }

    @Operation(summary = "Cancel a crawl job (admin)",
            description = "A queued job is cancelled at once (200, state cancelled); a running one stops after the "
                    + "requests in flight (202; its state turns cancelled); an ended job is left as it is (200).")
    @DeleteMapping("/api/crawl/{id}")
    Mono<ResponseEntity<CrawlJobs.View>> cancel(@RequestHeader(value = "Authorization", required = false) String auth,
                                                @PathVariable String id) {
        admin(auth);
        // cancelling writes the job's state file: off the event loop
        return Mono.fromCallable(() -> {
            CrawlJobs.View view = jobs.cancel(id).orElseThrow(() -> notFound(id)).view();
            return ResponseEntity.status(view.state().ended() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(view);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private CrawlJobs.Job find(String id) {
        return jobs.job(id).orElseThrow(() -> notFound(id));
    }

    private static NotFound notFound(String id) {
        return new NotFound("no crawl job with id '" + Params.abbreviate(id) + "'",
                "找不到编号为“" + Params.abbreviate(id) + "”的抓取任务。");
    }

    private void admin(String auth) {
        if (token == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the crawl API is disabled: no govsearch.admin-token is configured");
        }
        byte[] given = auth != null && auth.startsWith("Bearer ")
                ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a valid admin token is required: Authorization: Bearer <token>");
        }
    }

    private Crawl.Options options(String body) {
        if (body == null || body.isBlank()) {
            throw new BadQuery("body", "a JSON body {seeds:[…]} is required", "请求内容应是 JSON：{seeds:[…]}。");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadQuery("body", "the body is not valid JSON", "请求内容不是有效的 JSON。");
        }
        if (root == null || !root.isObject()) {
            throw new BadQuery("body", "the body must be a JSON object {seeds:[…]}", "请求内容应是 JSON 对象：{seeds:[…]}。");
        }
        JsonNode seedsNode = root.get("seeds");
        if (seedsNode == null || !seedsNode.isArray() || seedsNode.isEmpty()) {
            throw new BadQuery("seeds", "seeds must be a non-empty list of http(s) URLs", "起始网址应是一个非空的 http(s) 网址列表。");
        }
        if (seedsNode.size() > MAX_SEEDS) {
            throw new BadQuery("seeds", "at most " + MAX_SEEDS + " seeds", "起始网址最多 " + MAX_SEEDS + " 个。");
        }
        List<String> seeds = new ArrayList<>();
        for (JsonNode s : seedsNode) {
            String url = s.isString() ? UrlNormalizer.normalize(s.asString()) : null;
            if (url == null) {
                throw new BadQuery("seeds", "not an http(s) URL: " + Params.abbreviate(s.toString()),
                        "不是 http(s) 网址：" + Params.abbreviate(s.toString()));
            }
            seeds.add(url);
        }
        Crawl.Options o = Crawl.Options.of(seeds).withMaxPages(number(root, "maxPages", 1, 10_000, 100))
                .withMaxDepth(number(root, "maxDepth", 0, 20, 3))
                .withDelay(Duration.ofMillis(number(root, "delayMs", 0, 60_000, 1000)));
        return o.withPatterns(pattern(root, "include"), pattern(root, "exclude"));
    }

    private static int number(JsonNode root, String name, int min, int max, int otherwise) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) {
            return otherwise;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            throw new BadQuery(name, name + " must be a whole number from " + min + " to " + max + ", got "
                    + Params.abbreviate(n.toString()), name + " 应是 " + min + " 到 " + max + " 之间的整数，收到的是 "
                    + Params.abbreviate(n.toString()) + "。");
        }
        return n.asInt();
    }

    private static UrlPattern pattern(JsonNode root, String name) {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            throw new BadQuery(name, name + " must be a regular expression string", name + " 应是一个正则表达式字符串。");
        }
        try {
            return UrlPattern.compile(n.asString());
        } catch (UrlPattern.Invalid e) {
            throw new BadQuery(name, name + " is " + e.getMessage(), name + " 不是可用的正则表达式（" + e.getMessage() + "）。");
        }
    }
}
