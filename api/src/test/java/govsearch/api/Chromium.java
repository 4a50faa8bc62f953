package govsearch.api;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all browser tests of a JVM: the system's /usr/bin/chromium through the
 * system's /usr/bin/chromedriver (both given explicitly, so Selenium Manager has nothing to find or
 * download), with a fresh profile directory. Closed by a shutdown hook.
 *
 * <p>Without Chromium the browser tests fail with a message saying what to install; a developer
 * without it can skip them with -Dbrowser.skip=true (CI never does).
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    static final Dimension DESKTOP = new Dimension(1280, 1000);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;
    private static Path profile;

    private Chromium() {
    }

    static synchronized ChromeDriver driver() {
        if (driver != null) {
            return driver;
        }
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!present && !Boolean.getBoolean("browser.skip")) {
            throw new IllegalStateException("browser tests need " + BROWSER + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "no " + BROWSER + " or " + DRIVER + ": browser tests skipped");
        try {
            profile = Files.createTempDirectory("govsearch-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--lang=zh-CN", "--window-size=1280,1000", "--user-data-dir=" + profile);
        // The console log (CSP violations, script errors), for tests to read through driver.manage().logs().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quit));
        return driver;
    }

    private static synchronized void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the JVM is exiting
            }
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory
            }
        }
    }

    /** Saves a screenshot of the window as target/screenshots/{name}.png (a test artifact). */
    static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = driver().getScreenshotAs(OutputType.FILE);
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.copy(png.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
