package govsearch.api;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test scope: runs a main class and, as the process exits (shutdown hooks run on System.exit too),
 * prints the process's peak resident set — VmHWM of /proc/self/status — as {@code peak-rss-kb=N}
 * on stderr. RSS is what the operating system sees: heap, metaspace, threads, buffers together.
 */
public final class PeakMemory {

    private PeakMemory() {
    }

    public static void main(String[] argv) throws Throwable {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        System.err.println("peak-rss-kb=" + line.replaceAll("\\D", ""));
                    }
                }
            } catch (java.io.IOException noProc) {
                System.err.println("peak-rss-kb=unknown");
            }
        }));
        String[] rest = java.util.Arrays.copyOfRange(argv, 1, argv.length);
        Class.forName(argv[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
    }
}
