package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void readsCommandPathsAndOptions() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"import", "a.txt", "corpus", "--data", "d"});

        assertThat(cl.command()).isEqualTo("import");
        assertThat(cl.args()).containsExactly("a.txt", "corpus");
        assertThat(cl.data()).isEqualTo(Path.of("d"));
        assertThat(CommandLine.parse(new String[]{"serve", "--port", "9000"}).port()).isEqualTo(9000);
    }

    @Test
    void benchCrawlTakesAPageCount() throws Exception {
        assertThat(CommandLine.parse(new String[]{"bench-crawl"}).benchPages()).isEqualTo(2000);
        assertThat(CommandLine.parse(new String[]{"bench-crawl", "--pages", "500"}).benchPages()).isEqualTo(500);
        assertInvalid("--pages must be a number", new String[]{"bench-crawl", "--pages", "x"});
        assertInvalid("--pages must be between", new String[]{"bench-crawl", "--pages", "0"});
        assertInvalid("--pages applies to bench-crawl only", new String[]{"bench", "--pages", "5"});
    }

    @Test
    void readsTheBackendAndTheClusterUrl() throws Exception {
        CommandLine cl = CommandLine.parse(new String[]{"reindex", "--backend", "elasticsearch", "--es-url", "https://es.example:9200"});

        assertThat(cl.backend()).isEqualTo("elasticsearch");
        assertThat(cl.es().url()).isEqualTo("https://es.example:9200");
        assertThat(cl.es().alias()).isEqualTo("govsearch-reports");
        assertThat(CommandLine.parse(new String[]{"serve"}).es()).isNull();
        assertInvalid("--backend must be lucene or elasticsearch", new String[]{"serve", "--backend", "solr"});
        assertInvalid("--es-url needs --backend elasticsearch", new String[]{"serve", "--es-url", "http://x:9200"});
        assertInvalid("--es-url must be an http(s) URL", new String[]{"serve", "--backend", "elasticsearch", "--es-url", "x"});
    }

    @Test
    void badArgumentsAreExplained() {
        assertInvalid("no command", new String[]{});
        assertInvalid("unknown command 'serch'", new String[]{"serch"});
        assertInvalid("--port must be a number", new String[]{"serve", "--port", "x"});
        assertInvalid("--port must be between", new String[]{"serve", "--port", "70000"});
        assertInvalid("--data needs a value", new String[]{"serve", "--data"});
        assertInvalid("unknown option '--dat'", new String[]{"import", "x", "--dat", "d"});
        assertInvalid("import needs at least one file", new String[]{"import"});
        assertInvalid("serve takes no paths", new String[]{"serve", "corpus"});
    }

    @Test
    void theCommandExitsWithStatusOneAndAMessageOnBadArguments() throws Exception {
        Path out = tmp.resolve("out.txt");
        Process p = Jvm.govsearch(out, "serve", "--port", "eighty");

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(out)).contains("govsearch: --port must be a number", "usage: govsearch").doesNotContain("Exception");
    }

    @Test
    void anUnreadableFileIsReportedAndSkippedWhileTheRestImports() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), "2020年县委统战部工作情况报告\n一、基本情况\n统战工作稳步推进。\n");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "   \n");
        Path out = tmp.resolve("out.txt");

        Process p = Jvm.govsearch(out, "import", good.toString(), empty.toString(), tmp.resolve("missing.md").toString(),
                "--data", tmp.resolve("data").toString());

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(out);
        assertThat(p.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed).contains("imported 1 reports", "skipped " + empty + ": empty file",
                "missing.md: no such file or folder").doesNotContain("Exception");
    }

    private static void assertInvalid(String message, String[] argv) {
        assertThatThrownBy(() -> CommandLine.parse(argv)).isInstanceOf(CommandLine.Invalid.class).hasMessageContaining(message);
    }

    @Test
    void serveTakesPropertiesAsNameEqualsValue() throws Exception {
        ServeProperties p = ServeProperties.split(new String[]{"serve", "--govsearch.bulkhead.per-client=4", "--port", "9000",
                "--server.address=127.0.0.1"});
        assertThat(p.properties()).containsExactly("--govsearch.bulkhead.per-client=4", "--server.address=127.0.0.1");
        assertThat(CommandLine.parse(p.rest()).port()).isEqualTo(9000);
        assertThatThrownBy(() -> ServeProperties.split(new String[]{"serve", "--server.port=9000"}))
                .hasMessageContaining("give server.port as --port N");
        assertInvalid("properties apply to serve only", ServeProperties.split(new String[]{"import", "x", "--govsearch.a=b"}).rest());
    }

    @Test
    void aServedPropertyTakesEffect() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path out = tmp.resolve("serve.txt");
        // issue 15: "serve --govsearch.x=…" was refused although the README says --name=value works
        Process p = Jvm.govsearch(out, "serve", "--port", String.valueOf(port), "--data", tmp.resolve("data").toString(),
                "--govsearch.bundled-corpus=false", "--govsearch.admin-token=t0ken-from-the-command-line");
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.URI health = java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health");
            int status = 0;
            for (int i = 0; i < 240 && status != 200 && p.isAlive(); i++) {
                Thread.sleep(500);
                try {
                    status = http.send(java.net.http.HttpRequest.newBuilder(health).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    // still starting
                }
            }
            assertThat(status).as(Files.readString(out)).isEqualTo(200);
            java.net.URI metrics = java.net.URI.create("http://127.0.0.1:" + port + "/actuator/metrics");
            assertThat(http.send(java.net.http.HttpRequest.newBuilder(metrics).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
            assertThat(http.send(java.net.http.HttpRequest.newBuilder(metrics).header("Authorization", "Bearer t0ken-from-the-command-line")
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("the admin token given as --govsearch.admin-token=… opens the metrics").isEqualTo(200);
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
