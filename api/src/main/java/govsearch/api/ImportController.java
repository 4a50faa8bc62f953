package govsearch.api;

import govsearch.index.BadQuery;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.codec.multipart.FilePartEvent;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.http.codec.multipart.PartEventHttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
 * {@code POST /api/import}: report files sent to the running service (multipart/form-data: a
 * {@code roots} field, JSON {@code [{given, path}]} naming what the user named, then one
 * {@code file} part per file, its filename the file's absolute path on the client). Answers 202
 * with a job to poll at {@code GET /api/import/{id}}. Needs the admin token, or the token the
 * service wrote to DATA/server.json for the command line ({@link Handover}).
 */
@RestController
class ImportController {

    private final ImportJobs jobs;
    private final Handover handover;
    private final ObjectMapper json;
    private final byte[] token;
    private final long maxFileBytes;
    private final long maxUploadBytes;
    private final int maxFiles;
    private final PartEventHttpMessageReader reader = new PartEventHttpMessageReader();

    ImportController(ImportJobs jobs, Handover handover, ObjectMapper json,
                     @Value("${govsearch.admin-token:}") String token,
                     @Value("${govsearch.import.max-file-bytes:52428800}") long maxFileBytes, // 50 MB, as the command line
                     @Value("${govsearch.import.max-upload-bytes:500000000}") long maxUploadBytes,
                     @Value("${govsearch.import.max-files:10000}") int maxFiles) {
        this.jobs = jobs;
        this.handover = handover;
        this.json = json;
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxFileBytes = maxFileBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.maxFiles = maxFiles;
    }

    /** What one upload has received so far; parts arrive one after another. */
    private final class Upload {
        final Path folder;
        final Set<Path> written = new HashSet<>();
        final AtomicLong bytes = new AtomicLong();
        List<ImportJobs.Root> roots;

        Upload(Path folder) {
            this.folder = folder;
        }
    }

    @Operation(summary = "Import report files into the running service (admin)",
            description = "multipart/form-data: a roots field (JSON [{given, path}]) and file parts whose filename is "
                    + "the file's client path. Files over govsearch.import.max-file-bytes, uploads over "
                    + "govsearch.import.max-upload-bytes or with more than govsearch.import.max-files files: 413. "
                    + "Answers 202 {id, state}.")
    @PostMapping(value = "/api/import", consumes = MediaType.ALL_VALUE)
    Mono<ResponseEntity<ImportJobs.View>> start(@RequestHeader(value = "Authorization", required = false) String auth,
                                                ServerHttpRequest request) {
        admin(auth);
        MediaType type = request.getHeaders().getContentType();
        if (type == null || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            throw new BadQuery("body", "send the files as multipart/form-data (a roots field, then file parts)",
                    "请以 multipart/form-data 上传文件（先是 roots 字段，再是各个文件）。");
        }
        long declared = request.getHeaders().getContentLength();
        if (declared > maxUploadBytes) {
            throw new TooLarge("body", "the upload is " + declared + " bytes, more than the " + maxUploadBytes
                    + " bytes one import takes (govsearch.import.max-upload-bytes); send the files in several imports",
                    "上传内容有 " + declared + " 字节，超过一次导入的上限 " + maxUploadBytes + " 字节：请分几次导入。");
        }
        Flux<PartEvent> events = reader.read(ResolvableType.forClass(PartEvent.class), request, Map.of());
        return Mono.fromCallable(() -> new Upload(jobs.newUploadFolder())).subscribeOn(Schedulers.boundedElastic())
                .flatMap(upload -> events.windowUntil(PartEvent::isLast)
                        .concatMap(part -> part.switchOnFirst((first, all) -> first.hasValue()
                                ? receive(upload, first.get(), all) : all.then()))
                        .then(Mono.fromCallable(() -> started(upload)))
                        .onErrorResume(e -> Mono.fromRunnable(() -> ImportJobs.delete(upload.folder))
                                .subscribeOn(Schedulers.boundedElastic()).then(Mono.error(e))));
    }

    private Mono<Void> receive(Upload upload, PartEvent first, Flux<PartEvent> all) {
        if (first instanceof FormPartEvent form) {
            if (!form.name().equals("roots")) {
                return Mono.error(new BadQuery(form.name(), "unknown field '" + Params.abbreviate(form.name())
                        + "'; expected roots and file parts", "未知的字段“" + Params.abbreviate(form.name()) + "”：只接受 roots 和文件。"));
            }
            upload.roots = roots(form.value());
            return all.doOnNext(e -> DataBufferUtils.release(e.content())).then();
        }
        if (!(first instanceof FilePartEvent file)) {
            return Mono.error(new BadQuery("body", "unexpected part " + Params.abbreviate(first.name()),
                    "意外的部分：" + Params.abbreviate(first.name())));
        }
        if (upload.roots == null) {
            return Mono.error(new BadQuery("roots", "the roots field must come before the files", "roots 字段必须在文件之前。"));
        }
        String name = file.filename();
        Path target = ImportJobs.place(upload.folder, name);
        if (target == null) {
            return Mono.error(new BadQuery("file", "not a usable file path: '" + Params.abbreviate(String.valueOf(name)) + "'",
                    "不可用的文件路径：“" + Params.abbreviate(String.valueOf(name)) + "”。"));
        }
        if (!upload.written.add(target)) {
            return Mono.error(new BadQuery("file", "the file " + Params.abbreviate(name) + " is sent twice",
                    "文件 " + Params.abbreviate(name) + " 上传了两次。"));
        }
        if (upload.written.size() > maxFiles) {
            return Mono.error(new TooLarge("file", "more than " + maxFiles + " files in one import "
                    + "(govsearch.import.max-files); send them in several imports",
                    "一次导入最多 " + maxFiles + " 个文件：请分几次导入。"));
        }
        AtomicLong size = new AtomicLong();
        var content = all.map(e -> {
            int n = e.content().readableByteCount();
            if (size.addAndGet(n) > maxFileBytes) {
                DataBufferUtils.release(e.content());
                throw new TooLarge("file", name + " is over " + maxFileBytes + " bytes, the limit for one file "
                        + "(govsearch.import.max-file-bytes)",
                        Params.abbreviate(name) + " 超过单个文件的上限 " + maxFileBytes + " 字节。");
            }
            if (upload.bytes.addAndGet(n) > maxUploadBytes) {
                DataBufferUtils.release(e.content());
                throw new TooLarge("body", "the upload is over the " + maxUploadBytes + " bytes one import takes "
                        + "(govsearch.import.max-upload-bytes); send the files in several imports",
                        "上传内容超过一次导入的上限 " + maxUploadBytes + " 字节：请分几次导入。");
            }
            return e.content();
        });
        return Mono.fromCallable(() -> Files.createDirectories(target.getParent())).subscribeOn(Schedulers.boundedElastic())
                .then(DataBufferUtils.write(content, target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    private List<ImportJobs.Root> roots(String value) {
        JsonNode node;
        try {
            node = json.readTree(value);
        } catch (JacksonException e) {
            throw new BadQuery("roots", "roots must be JSON: [{\"given\": …, \"path\": …}]",
                    "roots 应是 JSON：[{\"given\": …, \"path\": …}]。");
        }
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > maxFiles) {
            throw new BadQuery("roots", "roots must be a list of 1 to " + maxFiles + " {given, path} objects",
                    "roots 应是 1 到 " + maxFiles + " 个 {given, path} 对象的列表。");
        }
        List<ImportJobs.Root> roots = new ArrayList<>();
        for (JsonNode r : node) {
            JsonNode given = r.get("given");
            JsonNode path = r.get("path");
            if (given == null || !given.isString() || path == null || !path.isString() || given.asString().isBlank()) {
                throw new BadQuery("roots", "each root needs a given name and a path: " + Params.abbreviate(r.toString()),
                        "roots 的每一项都要有 given 和 path：" + Params.abbreviate(r.toString()));
            }
            roots.add(new ImportJobs.Root(given.asString(), path.asString()));
        }
        return roots;
    }

    private ResponseEntity<ImportJobs.View> started(Upload upload) {
        if (upload.roots == null) {
            throw new BadQuery("roots", "a roots field is required", "缺少 roots 字段。");
        }
        for (ImportJobs.Root r : upload.roots) {
            if (ImportJobs.place(upload.folder, r.path()) == null) {
                throw new BadQuery("roots", "not a usable path: '" + Params.abbreviate(r.path()) + "'",
                        "不可用的路径：“" + Params.abbreviate(r.path()) + "”。");
            }
        }
        ImportJobs.Job job = jobs.start(upload.folder, upload.roots, upload.written.size(), upload.bytes.get());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/import/" + job.id)).body(job.view());
    }

    @Operation(summary = "An import job's progress as server-sent events (admin); the stream ends with the job")
    @GetMapping(value = "/api/import/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<ImportJobs.View>> events(@RequestHeader(value = "Authorization", required = false) String auth,
                                                  @PathVariable String id) {
        admin(auth);
        ImportJobs.Job job = jobs.job(id).orElseThrow(() -> new NotFound("no import job with id '" + Params.abbreviate(id) + "'",
                "找不到编号为“" + Params.abbreviate(id) + "”的导入任务。"));
        return job.events().sample(Duration.ofMillis(200))
                .concatWith(Mono.fromSupplier(job::view))
                .map(v -> ServerSentEvent.builder(v).event(v.state() == ImportJobs.State.done
                        || v.state() == ImportJobs.State.failed ? "end" : "progress").build());
    }

    @Operation(summary = "An import job's state and counts (admin)")
    @GetMapping("/api/import/{id}")
    ImportJobs.View job(@RequestHeader(value = "Authorization", required = false) String auth, @PathVariable String id) {
        admin(auth);
        return jobs.job(id).orElseThrow(() -> new NotFound("no import job with id '" + Params.abbreviate(id) + "'",
                "找不到编号为“" + Params.abbreviate(id) + "”的导入任务。")).view();
    }

    private void admin(String auth) {
        byte[] given = auth != null && auth.startsWith("Bearer ")
                ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (given.length > 0 && handover.accepts(given)) {
            return;
        }
        if (token == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "the import API is disabled: no govsearch.admin-token is configured");
        }
        if (!MessageDigest.isEqual(given, token)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a valid admin token is required: Authorization: Bearer <token>");
        }
    }
}
