package govsearch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A test class that Surefire does not pick up never runs in {@code ./mvnw verify}, and nobody
 * notices: two property classes named {@code …Properties} sat outside CI for weeks that way. So
 * every class of every module that declares tests must carry a name Surefire's default includes
 * match, or be named here with the reason it is run by hand.
 */
class EveryTestClassRunsTest {

    /** Surefire's default includes: Test*, *Test, *Tests, *TestCase. */
    private static final Pattern RUN_BY_SUREFIRE = Pattern.compile("(Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase)\\.java");

    private static final Pattern DECLARES_TESTS = Pattern.compile(
            "@(Test|Property|Example|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");

    /** Classes with tests that are deliberately outside the build, each with why. */
    private static final Set<String> RUN_BY_HAND = Set.of(
            // The shared contract: abstract, run through its subclasses in each backend's module.
            "ReportIndexContract.java",
            // Further shared contracts, abstract in the same way (literal counts; exports).
            "StringCountsContract.java",
            "ExportContract.java",
            // Times both backends over the corpus (BackendEquivalenceTest checks their answers); a benchmark, not a check.
            "BackendBench.java");

    @Test
    void everyClassThatDeclaresTestsIsRunBySurefire() {
        Path root = projectRoot();
        List<Path> notRun = testSources(root)
                .filter(file -> DECLARES_TESTS.matcher(read(file)).find())
                .filter(file -> !RUN_BY_SUREFIRE.matcher(file.getFileName().toString()).matches())
                .filter(file -> !RUN_BY_HAND.contains(file.getFileName().toString()))
                .map(root::relativize)
                .toList();
        assertThat(notRun)
                .as("test classes Surefire would skip: rename them to …Test or list them in RUN_BY_HAND with a reason")
                .isEmpty();
    }

    @Test
    void theCheckSeesTheModulesItGuards() {
        // Guards the guard: if the walk found nothing (a moved root), the check above would pass vacuously.
        List<String> modules = testSources(projectRoot())
                .map(file -> projectRoot().relativize(file).getName(0).toString())
                .distinct()
                .toList();
        assertThat(modules).contains("indexer", "crawler", "elasticsearch", "api");
    }

    private static Stream<Path> testSources(Path root) {
        try {
            return Files.walk(root, 12)
                    .filter(path -> path.toString().contains("/src/test/java/"))
                    .filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reactor root: the module's parent directory (Surefire runs tests in the module's basedir). */
    private static Path projectRoot() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("project root above the module").exists();
        return root;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
