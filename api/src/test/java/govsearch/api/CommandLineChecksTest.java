package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a new user meets it, each run in its own JVM with the options the launcher
 * script ({@code ./govsearch}) passes: help on asking, quiet output, and one line — before any
 * work — for what makes a command impossible.
 */
class CommandLineChecksTest {

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    @Test
    void helpInEveryFormPrintsTheUsageOnStdoutAndExitsZero() throws Exception {
        for (String[] ask : List.of(new String[]{"--help"}, new String[]{"help"}, new String[]{"-h"})) {
            Run r = run(ask);
            assertThat(r.status()).as(String.join(" ", ask)).isZero();
            assertThat(r.out()).startsWith("usage: govsearch <command>");
            for (String command : CommandLine.COMMANDS) {
                assertThat(r.out()).as("the usage lists " + command).containsPattern("(?m)^  " + Pattern.quote(command) + " ");
            }
        }
        Run importHelp = run("import", "--help");
        assertThat(importHelp.status()).isZero();
        assertThat(importHelp.out()).startsWith("usage: govsearch import").contains("PDF", ".warc.gz", ".zip", "--server");
        assertThat(run("help", "load").out()).startsWith("usage: govsearch load");
    }

    @Test
    void anUnknownCommandIsOneLineAndTheUsageWithStatusOne() throws Exception {
        Run r = run("serach", "税收");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).startsWith("govsearch: unknown command 'serach'\nusage: govsearch").doesNotContain("Exception");
    }

    @Test
    void anImportPrintsNoJvmWarningAndKeepsLibraryChatterOffStdout() throws Exception {
        Path report = Files.writeString(tmp.resolve("report.txt"),
                "2020年县委统战部工作情况报告\n一、基本情况\n全县统战工作稳步推进，各项任务全面完成。\n");

        Run r = run("import", report.toString(), "--data", tmp.resolve("data").toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported 1 reports").doesNotContain("加载扩展词典", "WARNING", "SLF4J");
        assertThat(r.err()).as("JVM and library warnings").doesNotContain("WARNING", "restricted method", "incubator");
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneLineForServeAndImport() throws Exception {
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        Path report = Files.writeString(tmp.resolve("report.txt"), "2020年工作总结\n全年工作稳步推进。\n");

        for (Run r : List.of(run("serve", "--data", file.toString(), "--port", "0"),
                run("import", report.toString(), "--data", file.toString()))) {
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("govsearch: the data directory " + file
                    + " is a file, not a folder (choose another with --data DIR)");
        }
    }

    @Test
    void aPortInUseIsSaidBeforeTheBundledCorpusIsIndexed() throws Exception {
        Path data = tmp.resolve("data");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            Run r = run("serve", "--data", data.toString(), "--port", String.valueOf(port));

            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("govsearch: port " + port
                    + " is in use (another govsearch serve?); choose another with --port N");
            assertThat(DataDir.index(data)).as("nothing indexed").doesNotExist();
        }
    }

    /** The JVM options the launcher passes before -jar, read from the script itself. */
    static List<String> launcherOptions() throws IOException {
        String script = Files.readString(Path.of("..", "govsearch"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("exec \"\\$java\" (.*?) \\$\\{GOVSEARCH_JAVA_OPTS").matcher(script);
        assertThat(m.find()).as("the launcher's exec line").isTrue();
        return List.of(m.group(1).strip().split("\\s+"));
    }

    Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(launcherOptions());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(GovSearch.class.getName());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("govsearch " + String.join(" ", args) + " did not end");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
