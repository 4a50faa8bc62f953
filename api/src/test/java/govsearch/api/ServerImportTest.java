package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code govsearch import --server URL} and the hand-over: files sent to a real running service
 * are read and indexed by it while searches go on, and are searchable when the command returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerImportTest {

    static final String TOKEN = "import-admin-token";
    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("govsearch-server-import");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("govsearch.data", DATA::toString);
        registry.add("govsearch.admin-token", () -> TOKEN);
        registry.add("govsearch.import.max-file-bytes", () -> "100000");
    }

    @LocalServerPort
    int port;

    @TempDir
    Path tmp;

    /**
     * HTTP/1.1 as the command line speaks it, with a time limit: the client's default first offers an
     * h2c upgrade, and a search sent so was once left unanswered here, hanging the test for good.
     */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(java.time.Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    record Run(int status, String out, String err) {
    }

    Run importThrough(String server, String token, String... paths) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ServerImport.run(List.of(paths), server, token, server, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void filesSentToTheRunningServiceAreSearchableWhenTheCommandReturnsWhileSearchesGoOnWithoutError() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("城市报告"));
        Files.writeString(folder.resolve("a.txt"), "一、基本情况\n本市建成鹭岛云栖驿站十二处，服务群众。\n");
        Files.writeString(folder.resolve("b.txt"), "2023年县委统战部工作情况报告\n一、主要工作\n统战工作开展鹭岛云栖驿站联谊活动。\n");
        Files.writeString(folder.resolve("manifest.tsv"), "file\ttitle\tyear\tregion\tdoc_type\n"
                + "a.txt\t厦门市2024年政府工作报告\t2024\t福建省/厦门市\t政府工作报告\n");
        Path bad = Files.writeString(tmp.resolve("empty.txt"), "  \n");

        AtomicBoolean importing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        Thread loop = Thread.ofPlatform().start(() -> {
            while (importing.get()) {
                try {
                    HttpResponse<String> r = get("/api/search?q=%E5%B7%A5%E4%BD%9C");
                    if (r.statusCode() != 200) {
                        errors.add(r.statusCode() + " " + r.body());
                    }
                    searches.incrementAndGet();
                } catch (Exception e) {
                    errors.add(e.toString());
                }
            }
        });

        Run run;
        try {
            run = importThrough(base(), TOKEN, folder.toString(), bad.toString());
        } finally {
            importing.set(false);
            loop.join();
        }

        assertThat(run.status()).as("one file was skipped: " + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("imported 2 reports (0 already indexed, 0 relabelled)");
        assertThat(run.err()).contains("govsearch: skipped " + bad + ": ");
        assertThat(searches.get()).as("searches ran during the import").isPositive();
        assertThat(errors).as("no search failed during the import").isEmpty();

        String hits = get("/api/search?q=%22%E9%B9%AD%E5%B2%9B%E4%BA%91%E6%A0%96%E9%A9%BF%E7%AB%99%22").body();
        assertThat(hits).contains("\"reports\":2", "厦门市2024年政府工作报告", "\"url\":\"" + folder.resolve("a.txt") + "\"");
        assertThat(Files.list(DATA.resolve("import")).toList()).as("upload folders are removed").isEmpty();

        Run again = importThrough(base(), TOKEN, folder.toString());
        assertThat(again.status()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("imported 0 reports (2 already indexed, 0 relabelled)");
    }

    @Test
    void theHandOverFileNamesTheServiceAndItsTokenForTheCommandLine() throws Exception {
        Handover.Server running = ServerImport.holding(DATA);

        assertThat(running).as("the running service holds DATA/index and wrote server.json").isNotNull();
        assertThat(running.url()).isEqualTo("http://127.0.0.1:" + port);

        Path file = Files.writeString(tmp.resolve("handed.txt"), "一、基本情况\n交接导入的报告写到松柏书院。\n");
        Run run = importThrough(running.url(), running.token(), file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(get("/api/search?q=%22%E6%9D%BE%E6%9F%8F%E4%B9%A6%E9%99%A2%22").body()).contains("\"reports\":1");
    }

    @Test
    void aWrongTokenATooLargeFileAndAMissingServiceAreOneLineEach() throws Exception {
        Path file = Files.writeString(tmp.resolve("r.txt"), "一、基本情况\n内容。\n");
        Run wrong = importThrough(base(), "nope", file.toString());
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err().strip()).contains("refused the import (401)", "admin token").doesNotContain("\n");

        Path big = Files.writeString(tmp.resolve("big.txt"), "一、基本情况\n" + "很长的报告。".repeat(20_000));
        Run tooLarge = importThrough(base(), TOKEN, big.toString());
        assertThat(tooLarge.status()).isEqualTo(1);
        assertThat(tooLarge.err()).contains("(413)", "big.txt is over 100000 bytes", "govsearch.import.max-file-bytes");

        Run away = importThrough("http://127.0.0.1:1", TOKEN, file.toString());
        assertThat(away.status()).isEqualTo(1);
        assertThat(away.err().strip()).isEqualTo("govsearch: cannot reach the service at http://127.0.0.1:1 (is govsearch serve running there?)");
    }

    @Test
    void anImportJobsProgressIsPolledOrFollowedAsServerSentEventsAsACrawlJobsIs() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roots\"\r\n\r\n"
                + "[{\"given\":\"sse.txt\",\"path\":\"/client/sse.txt\"}]\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"/client/sse.txt\"\r\n\r\n"
                + "一、基本情况\n跟踪导入进度的报告写到青石驿馆。\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/import"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = started.body().replaceFirst("(?s).*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<java.util.stream.Stream<String>> events = http.send(HttpRequest.newBuilder(
                        URI.create(base() + "/api/import/" + id + "/events")).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofLines());
        List<String> lines = events.body().toList(); // the stream ends with the job

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        int end = lines.lastIndexOf("event:end");
        assertThat(end).as(String.join("\n", lines)).isNotNegative();
        assertThat(lines.get(end + 1)).contains("\"id\":\"" + id + "\"", "\"state\":\"done\"", "\"added\":1");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/import/" + id))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body()).contains("\"state\":\"done\"", "\"added\":1");
        assertThat(get("/api/search?q=%22%E9%9D%92%E7%9F%B3%E9%A9%BF%E9%A6%86%22").body()).contains("\"reports\":1");
    }

    @Test
    void badUploadsAre400Or413WithTheParameterNamed() throws Exception {
        HttpResponse<String> notMultipart = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/import"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notMultipart.statusCode()).isEqualTo(400);
        assertThat(notMultipart.body()).contains("\"param\":\"body\"", "multipart/form-data");

        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roots\"\r\n\r\n"
                + "[{\"given\":\"x\",\"path\":\"/x\"}]\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"/x/../../etc/passwd\"\r\n\r\nroot\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> escape = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/import"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(escape.statusCode()).isEqualTo(400);
        assertThat(escape.body()).contains("\"param\":\"file\"", "not a usable file path");

        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/import/nope"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
