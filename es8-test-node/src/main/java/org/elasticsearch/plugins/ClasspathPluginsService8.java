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
 * Serves plugin classes already on the classpath (Netty's HTTP transport) to an 8.x node, as the
 * elasticsearch module's {@code ClasspathPluginsService} does for the 9.x test node. In this
 * package because the hooks it uses are package-private (re-check on every upgrade).
 */
public final class ClasspathPluginsService8 extends PluginsService {

    private final List<LoadedPlugin> loaded = new ArrayList<>();

    public ClasspathPluginsService8(Settings settings, Environment env, List<Class<? extends Plugin>> classes) {
        super(settings, env.configDir(), emptyLoader());
        for (Class<? extends Plugin> c : classes) {
            Plugin plugin = loadPlugin(c, settings, env.configDir());
            PluginDescriptor descriptor = new PluginDescriptor(c.getSimpleName(), "classpath plugin " + c.getName(), "1",
                    Build.current().version(), "17", c.getName(), null, List.of(), false, false, false, false);
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
