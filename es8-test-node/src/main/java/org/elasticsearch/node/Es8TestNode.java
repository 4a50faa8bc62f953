package org.elasticsearch.node;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.plugins.ClasspathPluginsService8;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A real Elasticsearch 8.x node on 127.0.0.1 and an ephemeral HTTP port, with its data in a temp
 * dir (deleted when it stops). Started by the elasticsearch module's tests as a child JVM: prints {@code url=http://…}
 * once it serves, and stops when its standard input closes (so it never outlives the tests).
 */
public final class Es8TestNode extends Node {

    private Es8TestNode(Environment env) {
        super(NodeConstruction.prepareConstruction(env, ClasspathPluginsService8.emptyLoader(),
                new NodeServiceProvider() {
                    @Override
                    PluginsService newPluginService(Environment environment, PluginsLoader loader) {
                        return new ClasspathPluginsService8(environment.settings(), environment, List.of(Netty4Plugin.class));
                    }
                }, true));
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("es8-node");
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "govsearch-test-8")
                .put("node.name", "govsearch-test-node-8")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        LogConfigurator.configureESLogging();
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "govsearch-test-node-8");
        Node node = new Es8TestNode(env);
        node.start();
        InetSocketAddress bound = node.injector().getInstance(HttpServerTransport.class)
                .boundAddress().publishAddress().address();
        System.out.println("url=http://127.0.0.1:" + bound.getPort());
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // wait for the tests to close our standard input (or to end)
        }
        node.close();
        try (var paths = Files.walk(home)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.exit(0);
    }
}
