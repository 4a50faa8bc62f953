package govsearch.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import govsearch.crawler.url.UrlPattern;

/**
 * Parsed arguments of the govsearch command: a command, its paths or URLs and its --options.
 * {@code server} is import's --server URL, else null.
 */
record CommandLine(String command, List<String> args, Path data, Integer port, CrawlArgs crawl, List<Integer> scales,
                   int benchPages, String backend, String esUrl, String server) {

    /**
     * The cluster to use with {@code --backend elasticsearch}, else null. Credentials come from the
     * environment (GOVSEARCH_ES_API_KEY, or GOVSEARCH_ES_USERNAME and GOVSEARCH_ES_PASSWORD;
     * GOVSEARCH_ES_CA for a PEM CA file; GOVSEARCH_ES_PREFIX; GOVSEARCH_ES_SHARDS and GOVSEARCH_ES_REPLICAS
     * for the index a reindex builds), never from the command line.
     */
    govsearch.elasticsearch.ElasticsearchConfig es() {
        if (!"elasticsearch".equals(backend)) {
            return null;
        }
        return Backends.elasticsearch(esUrl, System.getenv("GOVSEARCH_ES_USERNAME"), System.getenv("GOVSEARCH_ES_PASSWORD"),
                System.getenv("GOVSEARCH_ES_API_KEY"), System.getenv("GOVSEARCH_ES_CA"), System.getenv("GOVSEARCH_ES_PREFIX"), 2,
                count("GOVSEARCH_ES_SHARDS", 1), count("GOVSEARCH_ES_REPLICAS", 0));
    }

    private static int count(String variable, int otherwise) {
        String v = System.getenv(variable);
        if (v == null || v.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a number, got '" + v + "'");
        }
    }


    /** Each command's usage, in the order the overview lists them. */
    static final java.util.SequencedMap<String, String> COMMAND_USAGE = commandUsage();

    static final Set<String> COMMANDS = Set.of("serve", "import", "crawl", "reindex", "bench", "bench-crawl", "bench-import", "eval", "load");

    private static java.util.SequencedMap<String, String> commandUsage() {
        java.util.SequencedMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("serve", "  serve   [--data DIR] [--port N] [--name=value…]\n"
                + "                                    start the service (indexes the bundled corpus into an empty DIR);\n"
                + "                                    --name=value sets a property (--govsearch.bulkhead.per-client=4)");
        m.put("import", "  import  PATH... [--data DIR] [--server URL]\n"
                + "                                    import files or folders: PDF, Word (.docx .doc .wps), RTF, .txt, .md,\n"
                + "                                    saved .html, WARC (.warc .warc.gz) and .zip archives of these\n"
                + "                                    (manifest.tsv labels them; a file over 50 MB is refused:\n"
                + "                                    GOVSEARCH_JAVA_OPTS=-Dgovsearch.import.max-file-mb=N raises it);\n"
                + "                                    while serve runs on DIR, the files go to it; --server sends them to\n"
                + "                                    the service at URL (admin token in GOVSEARCH_ADMIN_TOKEN)");
        m.put("crawl", "  crawl   URL... [--data DIR] [--max-pages N] [--max-depth N] [--delay-ms N]\n"
                + "          [--include REGEX] [--exclude REGEX] [--all-hosts] [--recrawl]\n"
                + "                                    crawl report sites from the URLs and index what they hold");
        m.put("reindex", "  reindex [--data DIR]              rebuild the index from the reports it holds (after an analyzer change)");
        m.put("bench", "  bench   [--data DIR] [--scale 1,4,16]  measure indexing, search and analytics (at each corpus multiple)");
        m.put("eval", "  eval    [PATH]                    score year, province and type read from texts without their first four\n"
                + "                                    lines against a manifest.tsv (PATH, else the bundled corpus); the\n"
                + "                                    held-back texts (docs/EVALUATION.md) are scored apart");
        m.put("bench-crawl", "  bench-crawl [--data DIR] [--pages N]   measure the crawler's page reading over a generated WARC (N=2000)");
        m.put("bench-import", "  bench-import [--data DIR]         measure reading the bundled corpus as .txt, PDF, DOCX and .warc.gz, and\n"
                + "                                    importing each (the files are written to DIR/bench-import/ and deleted)");
        m.put("load", "  load    [--url URL] [--clients 50] [--seconds 60]  load a running service with searches and analytics");
        return m;
    }

    private static final String COMMON = """
            every command but bench, bench-import and load: [--backend lucene|elasticsearch] [--es-url URL]
                                                index into an Elasticsearch 8.x/9.x cluster instead of DIR/index
                                                (reindex then builds a new index and swaps the alias)
            DIR defaults to ./data""";

    static final String USAGE = "usage: govsearch <command> [options]   (govsearch <command> --help: that command only)\n"
            + String.join("\n", COMMAND_USAGE.values()) + "\n" + COMMON;

    /** The usage of one command; the overview for an unknown one. */
    static String usage(String command) {
        String one = COMMAND_USAGE.get(command);
        if (one == null) {
            return USAGE;
        }
        return "usage: govsearch " + one.strip() + (command.equals("bench") || command.equals("bench-import") || command.equals("load") ? "" : "\n" + COMMON);
    }

    static boolean asksForHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    /** The crawl command's options; null when not given. */
    record CrawlArgs(Integer maxPages, Integer maxDepth, Integer delayMs, UrlPattern include, UrlPattern exclude,
                     boolean allHosts, boolean recrawl) {
    }

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
        if (asksForHelp(command)) {
            if (argv.length > 2 || argv.length == 2 && !COMMANDS.contains(argv[1])) {
                throw new Invalid("help takes one command name, got '" + String.join(" ", List.of(argv).subList(1, argv.length)) + "'");
            }
            return help(argv.length == 2 ? argv[1] : null);
        }
        if (COMMANDS.contains(command) && List.of(argv).subList(1, argv.length).stream()
                .anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
            return help(command);
        }
        if (!COMMANDS.contains(command)) {
            throw new Invalid("unknown command '" + command + "'");
        }
        List<String> args = new ArrayList<>();
        Path data = Path.of("data");
        Integer port = null;
        List<Integer> scales = List.of(1);
        int benchPages = 2000;
        Integer maxPages = null;
        Integer maxDepth = null;
        Integer delayMs = null;
        UrlPattern include = null;
        UrlPattern exclude = null;
        boolean allHosts = false;
        boolean recrawl = false;
        String backend = "lucene";
        String esUrl = null;
        String server = null;
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
                    if (scales.stream().anyMatch(n -> n < 1 || n > 256)) {
                        throw new Invalid("--scale values must be between 1 and 256, got '" + v + "'");
                    }
                }
                case "--pages" -> {
                    if (!command.equals("bench-crawl")) {
                        throw new Invalid("--pages applies to bench-crawl only");
                    }
                    String v = value(argv, ++i, a);
                    try {
                        benchPages = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new Invalid("--pages must be a number, got '" + v + "'");
                    }
                    if (benchPages < 1 || benchPages > 1_000_000) {
                        throw new Invalid("--pages must be between 1 and 1000000, got " + benchPages);
                    }
                }
                case "--backend" -> {
                    backend = value(argv, ++i, a);
                    if (!backend.equals("lucene") && !backend.equals("elasticsearch")) {
                        throw new Invalid("--backend must be lucene or elasticsearch, got '" + backend + "'");
                    }
                }
                case "--es-url" -> {
                    esUrl = value(argv, ++i, a);
                    if (!esUrl.startsWith("http://") && !esUrl.startsWith("https://")) {
                        throw new Invalid("--es-url must be an http(s) URL, got '" + esUrl + "'");
                    }
                }
                case "--server" -> {
                    if (!command.equals("import")) {
                        throw new Invalid("--server applies to import only");
                    }
                    server = value(argv, ++i, a);
                    if (!server.startsWith("http://") && !server.startsWith("https://")) {
                        throw new Invalid("--server must be the service's http(s) URL, got '" + server + "'");
                    }
                }
                case "--max-pages" -> maxPages = crawlNumber(command, argv, ++i, a, 1);
                case "--max-depth" -> maxDepth = crawlNumber(command, argv, ++i, a, 0);
                case "--delay-ms" -> delayMs = crawlNumber(command, argv, ++i, a, 0);
                case "--include" -> include = crawlPattern(command, argv, ++i, a);
                case "--exclude" -> exclude = crawlPattern(command, argv, ++i, a);
                case "--all-hosts" -> allHosts = crawlFlag(command, a);
                case "--recrawl" -> recrawl = crawlFlag(command, a);
                default -> {
                    if (ServeProperties.isProperty(a)) {
                        throw new Invalid("--name=value properties apply to serve only, got '" + Params.abbreviate(a) + "'");
                    }
                    if (a.startsWith("--")) {
                        throw new Invalid("unknown option '" + a + "' for " + command);
                    }
                    if (!command.equals("import") && !command.equals("crawl") && !(command.equals("eval") && args.isEmpty())) {
                        throw new Invalid(command + " takes no paths, got '" + a + "'");
                    }
                    args.add(a);
                }
            }
        }
        if (command.equals("import") && args.isEmpty()) {
            throw new Invalid("import needs at least one file or folder");
        }
        if (command.equals("crawl")) {
            if (args.isEmpty()) {
                throw new Invalid("crawl needs at least one URL to start from");
            }
            for (String url : args) {
                if (govsearch.crawler.url.UrlNormalizer.normalize(url) == null) {
                    throw new Invalid("not an http(s) URL: '" + url + "'");
                }
            }
        }
        if (server != null && backend.equals("elasticsearch")) {
            throw new Invalid("--server sends the files to a service, which has its own backend: leave out --backend");
        }
        if (esUrl != null && !backend.equals("elasticsearch")) {
            throw new Invalid("--es-url needs --backend elasticsearch");
        }
        if (backend.equals("elasticsearch") && command.equals("bench-import")) {
            throw new Invalid("bench-import takes no --backend: it measures reading files and a Lucene import");
        }
        if (backend.equals("elasticsearch") && command.equals("bench")) {
            throw new Invalid("bench takes no --backend: it measures Lucene, and also a cluster given as -Dgovsearch.bench.es-url=URL");
        }
        if (backend.equals("elasticsearch") && esUrl == null) {
            esUrl = System.getenv().getOrDefault("GOVSEARCH_ES_URL", "http://localhost:9200");
        }
        CrawlArgs crawl = command.equals("crawl")
                ? new CrawlArgs(maxPages, maxDepth, delayMs, include, exclude, allHosts, recrawl) : null;
        return new CommandLine(command, args, data, port, crawl, scales, benchPages, backend, esUrl, server);
    }

    /** {@code govsearch help [COMMAND]}: args holds the command asked about, if any. */
    private static CommandLine help(String topic) {
        return new CommandLine("help", topic == null ? List.of() : List.of(topic), Path.of("data"), null, null, List.of(1),
                2000, "lucene", null, null);
    }

    private static int crawlNumber(String command, String[] argv, int i, String option, int min) throws Invalid {
        crawlFlag(command, option);
        String v = value(argv, i, option);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new Invalid(option + " must be a number, got '" + v + "'");
        }
        if (n < min) {
            throw new Invalid(option + " must be at least " + min + ", got " + n);
        }
        return n;
    }

    private static UrlPattern crawlPattern(String command, String[] argv, int i, String option) throws Invalid {
        crawlFlag(command, option);
        String v = value(argv, i, option);
        try {
            return UrlPattern.compile(v);
        } catch (UrlPattern.Invalid e) {
            throw new Invalid(option + " '" + v + "' is " + e.getMessage());
        }
    }

    private static boolean crawlFlag(String command, String option) throws Invalid {
        if (!command.equals("crawl")) {
            throw new Invalid(option + " applies to crawl only");
        }
        return true;
    }

    private static String value(String[] argv, int i, String option) throws Invalid {
        if (i >= argv.length || argv[i].startsWith("--")) {
            throw new Invalid(option + " needs a value");
        }
        return argv[i];
    }
}
