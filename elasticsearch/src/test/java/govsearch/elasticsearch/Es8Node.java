package govsearch.elasticsearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Elasticsearch 8.x node (module es8-test-node) in a child JVM, one per test JVM, on
 * 127.0.0.1 and an ephemeral port. Its server cannot share our classpath (Lucene 9 against the 9.x
 * test node's Lucene 10), hence the process; it stops when our end of its standard input closes.
 */
final class Es8Node {

    private static Process process;
    private static String url;

    private Es8Node() {
    }

    static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    private static void start() {
        Path dir = Path.of(System.getProperty("es8.node.dir", "../es8-test-node/target"));
        Path classpath = dir.resolve("node-classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException(classpath + " is missing: build the es8-test-node module first "
                    + "(./mvnw -pl elasticsearch -am verify does)");
        }
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx256m");
            command.add("-cp");
            command.add(dir.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath).strip());
            command.add("org.elasticsearch.node.Es8TestNode");
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> found = new CompletableFuture<>();
            StringBuilder log = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.startsWith("url=")) {
                            found.complete(line.substring(4));
                        } else if (!found.isDone()) {
                            log.append(line).append('\n');
                        }
                    }
                } catch (IOException e) {
                    // the node ended
                }
                found.completeExceptionally(new IllegalStateException("the 8.x node ended before serving:\n" + log));
            }, "es8-node-output");
            reader.setDaemon(true);
            reader.start();
            url = found.get(120, TimeUnit.SECONDS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    process.getOutputStream().close();
                    if (!process.waitFor(10, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (IOException | InterruptedException e) {
                    process.destroyForcibly();
                }
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (process != null) {
                process.destroyForcibly();
            }
            throw new IllegalStateException("could not start the 8.x test node", e);
        }
    }
}
