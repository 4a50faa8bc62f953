package govsearch.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the govsearch command in a child JVM, as a user would, so exit codes and kills are real. */
final class Jvm {

    private Jvm() {
    }

    static Process govsearch(Path output, String... args) throws IOException {
        return govsearch(List.of(), output, args);
    }

    /** @param jvmOptions options for the child JVM, as a user gives them in GOVSEARCH_JAVA_OPTS */
    static Process govsearch(List<String> jvmOptions, Path output, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(jvmOptions);
        cmd.add("-Dgovsearch.import.batch-reports=10"); // several commits within the small corpus
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(GovSearch.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
