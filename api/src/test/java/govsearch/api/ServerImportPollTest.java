package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govsearch import --server}: a status request the service never answers is asked again,
 * and only several in a row make the service count as lost. A real HTTP server stands in for the
 * service, taking the files and answering the job's status as the service does — or not at all.
 */
@Timeout(60)
class ServerImportPollTest {

    private static final String DONE = "{\"state\":\"done\",\"seen\":1,\"total\":1,\"added\":1,\"alreadyIndexed\":0,"
            + "\"relabelled\":0,\"failed\":0,\"failures\":[],\"chars\":12,\"textBytes\":36,\"tookMs\":5}";

    @TempDir
    Path tmp;

    private HttpServer server;
    private final CountDownLatch end = new CountDownLatch(1);
    private final AtomicInteger polls = new AtomicInteger();

    @BeforeEach
    void shortPolls() {
        System.setProperty("govsearch.import.poll-timeout-ms", "500");
    }

    @AfterEach
    void stop() {
        System.clearProperty("govsearch.import.poll-timeout-ms");
        end.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    /** A service whose first {@code unanswered} status requests get no answer at all. */
    private String serviceLeavingUnanswered(int unanswered) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/import", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 202, "{\"id\":\"job-1\"}");
            } else if (polls.incrementAndGet() <= unanswered) {
                try {
                    end.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            } else {
                answer(exchange, 200, DONE);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private int importThrough(String base, ByteArrayOutputStream out, ByteArrayOutputStream err) throws Exception {
        Path file = Files.writeString(tmp.resolve("a.txt"), "一、基本情况\n本市建成驿站十二处。\n");
        return ServerImport.run(List.of(file.toString()), base, "token", base,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aStatusRequestLeftUnansweredIsAskedAgainAndTheImportEndsAsTheServiceSays() throws Exception {
        String base = serviceLeavingUnanswered(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = importThrough(base, out, err);

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 1 reports (0 already indexed, 0 relabelled)");
        assertThat(polls.get()).as("two unanswered, then the answer").isEqualTo(3);
    }

    @Test
    void aServiceThatAnswersNoStatusRequestIsLostAfterThreeInARow() throws Exception {
        String base = serviceLeavingUnanswered(Integer.MAX_VALUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = importThrough(base, out, err);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("govsearch: lost the service at " + base + " during import job-1")
                .contains("(3 status requests in a row)");
        assertThat(polls.get()).isEqualTo(3);
    }
}
