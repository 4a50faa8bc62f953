package org.elasticsearch.node;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A real node whose plugins come from the classpath. Test scope only; in this package because
 * {@link NodeServiceProvider} and the {@link Node} constructor it needs are package-private.
 */
public final class ClasspathNode extends Node {

    private static final AtomicBoolean ID_LISTENER = new AtomicBoolean();

    public ClasspathNode(Environment env, List<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(env, ClasspathPluginsService.emptyLoader(),
                new NodeServiceProvider() {
                    @Override
                    PluginsService newPluginService(Environment environment, PluginsLoader loader) {
                        return new ClasspathPluginsService(environment.settings(), environment, plugins);
                    }
                }, true));
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {
        // The listener sets a JVM-wide SetOnce: only the first node of a JVM may register it.
        if (ID_LISTENER.compareAndSet(false, true)) {
            super.configureNodeAndClusterIdStateListener(clusterService);
        }
    }
}
