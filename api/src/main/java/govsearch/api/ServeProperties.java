package govsearch.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code serve}'s settings given on the command line as {@code --name=value} (a dotted property
 * name: {@code --govsearch.bulkhead.per-client=4}, {@code --server.address=127.0.0.1}), as the
 * README says; they go to Spring as they are, and the rest of the arguments to {@link CommandLine}.
 * The four that serve's own options set are refused, so a property never has two values.
 */
record ServeProperties(List<String> properties, String[] rest) {

    private static final Map<String, String> OWN_OPTIONS = Map.of("govsearch.data", "--data DIR",
            "govsearch.backend", "--backend", "govsearch.elasticsearch.url", "--es-url URL", "server.port", "--port N");

    static boolean isProperty(String arg) {
        int eq = arg.indexOf('=');
        return arg.startsWith("--") && eq > 2 && arg.substring(2, eq).contains(".");
    }

    /** Splits {@code serve}'s arguments; other commands' are left whole. */
    static ServeProperties split(String[] argv) throws CommandLine.Invalid {
        List<String> properties = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean serve = argv.length > 0 && argv[0].equals("serve");
        for (String a : argv) {
            if (serve && isProperty(a)) {
                String name = a.substring(2, a.indexOf('='));
                if (OWN_OPTIONS.containsKey(name)) {
                    throw new CommandLine.Invalid("give " + name + " as " + OWN_OPTIONS.get(name) + ", not --" + name + "=…");
                }
                properties.add(a);
            } else {
                rest.add(a);
            }
        }
        return new ServeProperties(List.copyOf(properties), rest.toArray(String[]::new));
    }
}
