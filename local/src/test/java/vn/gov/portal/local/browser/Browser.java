package vn.gov.portal.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium}, driven by Debian's {@code chromedriver}; never a
 * downloaded one) with a fresh profile, its console collected. Every SEVERE console entry fails
 * {@link #assertCleanConsole()}: script errors, failed requests and Content-Security-Policy
 * violations all arrive there. A test that provokes an error answer on purpose says so with
 * {@link #expectConsoleError}.
 */
final class Browser implements AutoCloseable {

    /** Where the browser and its driver are; -Dportal.chromium / -Dportal.chromedriver override. */
    static final String CHROMIUM = System.getProperty("portal.chromium", "/usr/bin/chromium");

    static final String CHROMEDRIVER = System.getProperty("portal.chromedriver", "/usr/bin/chromedriver");

    /** Chromium's UI language; -Dportal.chromium.language=en-US shows what a machine without chromium-l10n shows. */
    static final String LANGUAGE = System.getProperty("portal.chromium.language", "vi");

    record Viewport(String name, int width, int height, boolean mobile) {}

    static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
    static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    private final ChromeDriver driver;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();
    private final List<Pattern> expectedErrors = new ArrayList<>();

    private Browser(boolean javascript) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does it)");
        }
        // Selenium Manager (which would download a driver) runs only when no driver is given: both ways name it.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            this.profile = Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--disable-features=Translate,MediaRouter",
                "--hide-scrollbars",
                "--lang=" + LANGUAGE,
                "--window-size=" + DESKTOP.width() + "," + DESKTOP.height(),
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                javascript
                        ? Map.of("intl.accept_languages", "vi-VN,vi")
                        : Map.of(
                                "intl.accept_languages",
                                "vi-VN,vi",
                                "profile.managed_default_content_settings.javascript",
                                2));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                // Chromium's UI language (date fields show dd/mm/yyyy in "vi" where Debian's chromium-l10n is
                // installed)
                .withEnvironment(Map.of("LANGUAGE", LANGUAGE))
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        use(DESKTOP);
    }

    static Browser start() {
        return new Browser(true);
    }

    static Browser withoutJavaScript() {
        return new Browser(false);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Lays the page out at this size (a phone also gets touch and the mobile viewport rules). */
    void use(Viewport viewport) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        viewport.width(),
                        "height",
                        viewport.height(),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        viewport.mobile()));
    }

    /**
     * Runs checks that hold elements of a list the page's script may render again with the same
     * content (a second answer for the same day); a replaced element is found anew, never ignored.
     */
    void onFreshElements(Runnable checks) {
        for (int attempt = 1; ; attempt++) {
            try {
                checks.run();
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    /** Clicks the visible element, found anew if the page's script rendered its list again meanwhile. */
    void click(String css) {
        onFreshElements(() -> visible(css).click());
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50)).until(condition);
    }

    WebElement visible(String css) {
        return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    WebElement text(String css, String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return find(css);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Keys pressed on whatever has the focus, as a keyboard does. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Types a day into an {@code <input type=date>} as a reader does. The field's order of day,
     * month and year follows Chromium's UI language, so each order is tried until the field holds
     * the day.
     */
    void typeDate(WebElement field, LocalDate day) {
        String d = String.format("%02d", day.getDayOfMonth());
        String m = String.format("%02d", day.getMonthValue());
        String y = String.format("%04d", day.getYear());
        for (String keys : List.of(d + m + y, m + d + y, y + m + d)) {
            field.clear();
            field.sendKeys(keys);
            if (day.toString().equals(field.getDomProperty("value"))) {
                return;
            }
        }
        throw new AssertionError("Could not type " + day + " into the date field");
    }

    /** A failed request with this status (or another console error matching {@code regex}) is part of the test. */
    void expectConsoleError(String regex) {
        expectedErrors.add(Pattern.compile(regex));
    }

    /** Every console entry so far. */
    List<LogEntry> console() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return List.copyOf(console);
    }

    /** Fails on any SEVERE console entry the test did not expect: errors, failed loads, CSP violations. */
    void assertCleanConsole() {
        List<String> errors = console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> expectedErrors.stream()
                        .noneMatch(p -> p.matcher(message).find()))
                .toList();
        assertThat(errors)
                .as("console errors and Content-Security-Policy violations in the browser")
                .isEmpty();
    }

    /** The whole page, not only the viewport, as PNG bytes. */
    byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "fromSurface",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Saves a full-page screenshot as {@code dir/name.png}; returns the file. */
    Path saveScreenshot(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name + ".png"), fullPageScreenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }
}
