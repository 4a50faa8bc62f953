package govsearch.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * One real Elasticsearch node per test JVM, on 127.0.0.1 and an ephemeral HTTP port, shared by
 * every test class (start costs seconds, restart nothing). Its data lives in a temp dir.
 */
final class TestNode {

    private static Node node;
    private static String url;

    private TestNode() {
    }

    static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    private static void start() {
        Node started = start("govsearch-test", "govsearch-test-node", Settings.builder().put("discovery.type", "single-node"));
        url = url(started);
        node = started;
    }

    private static boolean logging;

    /** Starts a node of the given cluster with the common test settings and {@code extra}; its data in a temp dir. */
    static synchronized Node start(String cluster, String name, Settings.Builder extra) {
        try {
            Path home = Files.createTempDirectory("es-node");
            Settings settings = Settings.builder()
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("cluster.name", cluster)
                    .put("node.name", name)
                    .put("network.host", "127.0.0.1")
                    .put("http.port", "0")
                    .put("transport.port", "0")
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .put(extra.build())
                    .build();
            if (!logging) {
                LogConfigurator.configureESLogging();
                logging = true;
            }
            Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> name);
            Node started = new ClasspathNode(env, List.of(Netty4Plugin.class));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending anyway
                }
            }));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test node " + name, e);
        }
    }

    static String url(Node node) {
        InetSocketAddress bound = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().address();
        return "http://127.0.0.1:" + bound.getPort();
    }

    /** The address other nodes of its cluster reach it at. */
    static String transportAddress(Node node) {
        return node.injector().getInstance(org.elasticsearch.transport.TransportService.class)
                .boundAddress().publishAddress().toString();
    }
}
