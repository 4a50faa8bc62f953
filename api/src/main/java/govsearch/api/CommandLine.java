package govsearch.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parsed arguments of the govsearch command: a command, its paths and its --options. */
record CommandLine(String command, List<String> args, Path data, Integer port, List<Integer> scales) {

    static final Set<String> COMMANDS = Set.of("serve", "import", "reindex", "bench");

    static final String USAGE = """
            usage: govsearch <command> [options]
              serve   [--data DIR] [--port N]   start the service (indexes the bundled corpus into an empty DIR)
              import  PATH... [--data DIR]      import .txt, .md and .html files or folders (manifest.tsv labels them)
              reindex [--data DIR]              rebuild the index from the reports it holds (after an analyzer change)
              bench   [--data DIR] [--scale 1,4,16]  measure indexing, search and analytics (at each corpus multiple)
            DIR defaults to ./data""";

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static CommandLine parse(String[] argv) throws Invalid {
        if (argv.length == 0) {
            throw new Invalid("no command given");
        }
        String command = argv[0];
        if (!COMMANDS.contains(command)) {
            throw new Invalid("unknown command '" + command + "'");
        }
        List<String> args = new ArrayList<>();
        Path data = Path.of("data");
        Integer port = null;
        List<Integer> scales = List.of(1);
        for (int i = 1; i < argv.length; i++) {
            String a = argv[i];
            switch (a) {
                case "--data" -> data = Path.of(value(argv, ++i, a));
                case "--port" -> {
                    String v = value(argv, ++i, a);
                    try {
                        port = Integer.valueOf(v);
                    } catch (NumberFormatException e) {
                        throw new Invalid("--port must be a number, got '" + v + "'");
                    }
                    if (port < 0 || port > 65535) {
                        throw new Invalid("--port must be between 0 and 65535, got " + port);
                    }
                    if (!command.equals("serve")) {
                        throw new Invalid("--port applies to serve only");
                    }
                }
                case "--scale" -> {
                    if (!command.equals("bench")) {
                        throw new Invalid("--scale applies to bench only");
                    }
                    String v = value(argv, ++i, a);
                    try {
                        scales = java.util.Arrays.stream(v.split(",")).map(String::strip).map(Integer::valueOf).toList();
                    } catch (NumberFormatException e) {
                        throw new Invalid("--scale must be numbers like 1,4,16, got '" + v + "'");
                    }
                    if (scales.stream().anyMatch(n -> n < 1 || n > 64)) {
                        throw new Invalid("--scale values must be between 1 and 64, got '" + v + "'");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new Invalid("unknown option '" + a + "' for " + command);
                    }
                    if (!command.equals("import")) {
                        throw new Invalid(command + " takes no paths, got '" + a + "'");
                    }
                    args.add(a);
                }
            }
        }
        if (command.equals("import") && args.isEmpty()) {
            throw new Invalid("import needs at least one file or folder");
        }
        return new CommandLine(command, args, data, port, scales);
    }

    private static String value(String[] argv, int i, String option) throws Invalid {
        if (i >= argv.length || argv[i].startsWith("--")) {
            throw new Invalid(option + " needs a value");
        }
        return argv[i];
    }
}
