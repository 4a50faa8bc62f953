package govsearch.api;

import govsearch.importer.Import;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code govsearch import PATH… --server URL}, and the hand-over when DATA/index is held by the
 * running service: sends the files to its {@code POST /api/import}, follows the job until it ends
 * and prints the summary a local import prints. The service reads the files; this only sends them
 * (every file under a folder, and the manifest.tsv files above each path, which label them).
 */
final class ServerImport {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(200);
    /**
     * A status request unanswered for so long (10 s unless set) is asked again, up to {@link
     * #POLL_TRIES} times in a row before the service counts as lost: one sent on a kept-alive
     * connection the service was closing at that moment is never answered (seen in CI: the service
     * logged the next request 30 s later and answered it in 1 ms), and the next goes out on a fresh
     * connection.
     */
    private static final String POLL_TIMEOUT_MS = "govsearch.import.poll-timeout-ms";
    private static final int POLL_TRIES = 3;

    private ServerImport() {
    }

    /**
     * The service named in DATA/server.json when it holds DATA/index now; null when the index is
     * free (or absent), so the command imports itself.
     */
    static Handover.Server holding(Path data) {
        Path index = DataDir.index(data);
        if (!Files.isDirectory(index)) {
            return null;
        }
        try (FSDirectory dir = FSDirectory.open(index); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return null;
        } catch (LockObtainFailedException held) {
            return Handover.read(data, JSON);
        } catch (IOException e) {
            return null; // the local import meets the same problem and says what it is
        }
    }

    static int run(List<String> given, String server, String token, String where, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        String base = server.replaceAll("/+$", "");
        // HTTP/1.1, which the service speaks: the client's default first offers an h2c upgrade on a plain
        // connection, and a poll reusing that connection was seen to wait out its 30 s timeout.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/import")).timeout(Duration.ofHours(1))
                .header("Authorization", "Bearer " + (token == null ? "" : token))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(body(given)).build();
        HttpResponse<String> started;
        try {
            started = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            err.println("govsearch: cannot reach the service at " + base + " (is govsearch serve running there?)");
            return 1;
        } catch (IOException e) {
            err.println("govsearch: sending the files to " + base + " failed: " + e.getMessage());
            return 1;
        }
        if (started.statusCode() != 202) {
            err.println("govsearch: the service at " + base + " refused the import (" + started.statusCode() + "): "
                    + message(started.body()));
            return 1;
        }
        String id = JSON.readTree(started.body()).get("id").asString();
        HttpRequest poll = HttpRequest.newBuilder(URI.create(base + "/api/import/" + id))
                .timeout(Duration.ofMillis(Long.getLong(POLL_TIMEOUT_MS, 10_000)))
                .header("Authorization", "Bearer " + (token == null ? "" : token)).GET().build();
        int unanswered = 0;
        while (true) {
            HttpResponse<String> r;
            try {
                r = http.send(poll, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                unanswered = 0;
            } catch (IOException e) {
                if (++unanswered < POLL_TRIES) {
                    Thread.sleep(POLL);
                    continue;
                }
                err.println("\ngovsearch: lost the service at " + base + " during import " + id + ": " + e.getMessage()
                        + " (" + POLL_TRIES + " status requests in a row)");
                return 1;
            }
            if (r.statusCode() != 200) {
                err.println("\ngovsearch: the service at " + base + " answered " + r.statusCode() + " for import " + id
                        + ": " + message(r.body()));
                return 1;
            }
            JsonNode job = JSON.readTree(r.body());
            String state = job.get("state").asString();
            out.printf("\r%d/%d read, %d added, %d already indexed, %d failed", job.get("seen").asInt(),
                    job.get("total").asInt(), job.get("added").asInt(), job.get("alreadyIndexed").asInt(),
                    job.get("failed").asInt());
            if (state.equals("failed")) {
                out.println();
                err.println("govsearch: the import failed in the service: " + job.get("error").asString());
                return 1;
            }
            if (state.equals("done")) {
                int status = GovSearch.printSummary(summary(job), where, out, err);
                int unlisted = job.get("failed").asInt() - job.get("failures").size();
                if (unlisted > 0) {
                    err.println("govsearch: " + unlisted + " more files skipped (the service lists the first "
                            + job.get("failures").size() + ")");
                }
                return unlisted > 0 ? 1 : status;
            }
            Thread.sleep(POLL);
        }
    }

    private static Import.Summary summary(JsonNode job) {
        List<Import.Failure> failures = new ArrayList<>();
        for (JsonNode f : job.get("failures")) {
            failures.add(new Import.Failure(f.get("url").asString(), f.get("reason").asString()));
        }
        return new Import.Summary(job.get("added").asInt(), job.get("alreadyIndexed").asInt(), job.get("relabelled").asInt(),
                failures, job.get("chars").asLong(), job.get("textBytes").asLong(), Duration.ofMillis(job.get("tookMs").asLong()));
    }

    private static String message(String body) {
        try {
            JsonNode error = JSON.readTree(body).get("error");
            if (error != null && error.isString()) {
                return error.asString();
            }
        } catch (RuntimeException notJson) {
            // fall through to the body itself
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static final String BOUNDARY = "govsearch-" + UUID.randomUUID();

    /** multipart/form-data: the roots, then each file streamed from disk. */
    static HttpRequest.BodyPublisher body(List<String> given) throws IOException {
        List<Map<String, String>> roots = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (String g : given) {
            Path abs = Path.of(g).toAbsolutePath().normalize();
            roots.add(Map.of("given", g, "path", abs.toString()));
            for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
                Path manifest = dir.resolve("manifest.tsv");
                if (Files.isRegularFile(manifest)) {
                    files.add(manifest);
                }
            }
            if (Files.isRegularFile(abs)) {
                files.add(abs);
            } else if (Files.isDirectory(abs)) {
                try (Stream<Path> walk = Files.walk(abs)) {
                    walk.filter(Files::isRegularFile).filter(p -> !hidden(abs.relativize(p))).sorted().forEach(files::add);
                }
            }
        }
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"roots\"\r\n"
                + "\r\n" + JSON.writeValueAsString(roots) + "\r\n"));
        for (Path f : files) {
            String name = URLEncoder.encode(f.toString(), StandardCharsets.UTF_8).replace("+", "%20");
            parts.add(text("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''" + name
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n"));
            parts.add(HttpRequest.BodyPublishers.ofFile(f));
            parts.add(text("\r\n"));
        }
        parts.add(text("--" + BOUNDARY + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
    }

    /** .git and other dot-folders hold no reports, and can be large. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static HttpRequest.BodyPublisher text(String s) {
        return HttpRequest.BodyPublishers.ofByteArray(s.getBytes(StandardCharsets.UTF_8));
    }
}
