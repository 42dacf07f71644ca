package id.go.mojokertokab.prokopim.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, driven through the machine's own ChromeDriver. The
 * driver path is explicit, so Selenium Manager never tries to download a driver or a browser.
 * Screenshots go to {@code target/screenshots/<test>/NN-name.png}.
 * <p>
 * The browser is set up as the office's: Bahasa Indonesia as its first language (the webapps
 * follow the browser's languages, so they show the {@code id} locale) and the office's time zone,
 * WIB ({@link #OFFICE_ZONE}), whatever the machine running the tests uses.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** The office's languages, first one first: Bahasa Indonesia, then English. */
    static final String OFFICE_LANGUAGES = "id,en";
    /** The office's time zone (WIB), in which the browser shows dates. */
    static final String OFFICE_ZONE = "Asia/Jakarta";

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path screenshots;
    private int screenshotCount;

    private Browser(String testName, String languages) throws IOException {
        screenshots = Path.of("target", "screenshots", testName);
        deleteRecursively(screenshots);
        Files.createDirectories(screenshots);
        profile = Files.createTempDirectory("chromium-profile-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(screenshots.resolve("chromedriver.log").toFile())
                // ChromeDriver passes its environment on to Chromium: its time zone follows TZ and,
                // on Linux, its own language (e.g. of date inputs) follows LANGUAGE rather than --lang
                .withEnvironment(Map.of("TZ", OFFICE_ZONE, "LANGUAGE", languages.split(",")[0].replace('-', '_')))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile,
                        "--lang=" + languages.split(",")[0]);
        // The webapps pick their locale from the browser's languages (navigator.languages and
        // Accept-Language), so they are pinned here, not taken from the machine.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    /**
     * Opens a browser, or skips the test when Chromium or ChromeDriver is not installed. On CI
     * (environment variable CI set) a missing browser fails the test instead: it must not pass
     * there by skipping.
     */
    static Browser open(String testName) throws IOException {
        return open(testName, OFFICE_LANGUAGES);
    }

    /**
     * Opens a browser whose languages are {@code languages} (e.g. "en-US,en"), first one first,
     * or skips the test as {@link #open(String)} does.
     */
    static Browser open(String testName, String languages) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if (System.getenv("CI") != null) {
            if (!installed) {
                fail(missing + "; CI is set, so this fails instead of skipping.");
            }
        } else {
            assumeTrue(installed, missing + "; skipped.");
        }
        return new Browser(testName, languages);
    }

    void get(String url) {
        driver.get(url);
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(null, condition);
    }

    /** Waits up to {@link #TIMEOUT}; {@code what} names the awaited state in the failure message. */
    <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(what)
                .until(condition);
    }

    /**
     * Waits as {@link #waitUntil(String, Function)}; if the webapp is still on its loading spinner
     * when the time is up (its bootstrap stalled loading its libraries, as a loaded machine
     * occasionally makes Cockpit do), reloads the page once, as a person would, and waits again.
     * Any other timeout fails at once.
     */
    <T> T waitUntilLoaded(String what, Function<WebDriver, T> condition) {
        try {
            return waitUntil(what, condition);
        } catch (TimeoutException stalled) {
            // the splash inside ng-view is there until the webapp has bootstrapped and drawn its route
            if (driver.findElements(By.cssSelector("[ng-view] > .app-splash")).isEmpty()) {
                throw stalled;
            }
            System.err.println("The webapp was still loading after " + TIMEOUT.toSeconds() + " s (" + what + "): reloading once");
            screenshot("stalled-loading");
            driver.navigate().refresh();
            return waitUntil(what, condition);
        }
    }

    /**
     * Reads something off the page, and reads it again if Angular re-rendered the elements
     * being read meanwhile (a stale element): for lists and texts that are already shown.
     */
    <T> T read(Supplier<T> reading) {
        return waitUntil("a stable reading of the page", driver -> Optional.ofNullable(reading.get())).orElse(null);
    }

    /** Scrolls the element to the middle of its scroll container, clear of Tasklist's fixed footer, and clicks it. */
    void click(WebElement element) {
        scrollIntoView(element);
        element.click();
    }

    /**
     * Finds an element and clicks it, finding it again if Angular re-rendered it in between
     * (a stale element): for lists that Tasklist refreshes on its own, such as the task list.
     */
    void click(String what, Function<WebDriver, WebElement> finding) {
        waitUntil(what, driver -> {
            WebElement element = finding.apply(driver);
            if (element == null) {
                return false;
            }
            click(element);
            return true;
        });
    }

    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * A date written the way this browser writes dates by default (its own language's numeric
     * format, e.g. 29/11/2026 in Indonesian, 11/29/2026 in US English), as form-js date pickers
     * show and read them.
     */
    String localDate(LocalDate date) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return new Intl.DateTimeFormat('default').format(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
                date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    void screenshot(String name) {
        screenshotCount++;
        Path file = screenshots.resolve("%02d-%s.png".formatted(screenshotCount, name));
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a last screenshot, which shows where a failed journey stopped, keeps the page's HTML
     * next to it, and closes the browser.
     */
    @Override
    public void close() throws IOException {
        try {
            screenshot("last");
            Files.writeString(screenshots.resolve("%02d-last.html".formatted(screenshotCount)), driver.getPageSource());
        } finally {
            quit();
        }
    }

    private void quit() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
