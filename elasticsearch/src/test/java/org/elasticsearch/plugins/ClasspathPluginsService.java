package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

/**
 * Serves plugin classes that are already on the test classpath (Netty's HTTP transport), so a node
 * starts without an installation directory. Test scope only; it lives in this package because the
 * hooks it uses are package-private (re-check on every Elasticsearch upgrade).
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> loaded = new ArrayList<>();

    public ClasspathPluginsService(Settings settings, Environment env, List<Class<? extends Plugin>> classes) {
        super(settings, env.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        for (Class<? extends Plugin> c : classes) {
            Plugin plugin = loadPlugin(c, settings, env.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(c.getSimpleName(), "classpath plugin " + c.getName(), "1",
                    Build.current().version(), "21", c.getName(), null, List.of(), false, false, false, false,
                    PluginDescriptor.DeploymentTarget.ALL);
            loaded.add(new LoadedPlugin(descriptor, plugin, c.getClassLoader()));
        }
    }

    /** A loader with no plugin or module bundles: everything comes from the classpath. */
    public static PluginsLoader emptyLoader() {
        return new PluginsLoader(Set.of(), Set.of(), Map.of());
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return loaded;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(loaded.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }

    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        return List.of();
    }
}
