package vn.gov.portal.local.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its chromedriver, for this package's tests only. Dialogs are
 * left open (not auto-dismissed) so a test can see them; the browser console is captured.
 */
final class Chromium implements AutoCloseable {

    /** What one page did: dialogs it opened, SEVERE console entries, where it ended, script hooks left in the DOM. */
    record Visit(String url, String alert, List<String> severe, String finalUrl, long scriptHooks) {}

    /** Elements carrying an on* handler or a script-capable URL, anywhere in the document. */
    private static final String SCRIPT_HOOKS = """
            let n = 0;
            for (const e of document.querySelectorAll('*')) {
              for (const a of e.attributes) {
                const v = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (a.name.toLowerCase().startsWith('on') || v.startsWith('javascript:') || v.startsWith('vbscript:')
                    || (v.startsWith('data:') && !v.startsWith('data:image/'))) n++;
              }
            }
            return n;""";

    private final Path profile;
    private final ChromeDriver driver;

    Chromium() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        try {
            profile = Files.createTempDirectory("reliability-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    Visit visit(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> alertText() != null
                        || "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        pause(800); // deferred scripts, image errors, timers
        String alert = alertText();
        if (alert != null) {
            driver.switchTo().alert().dismiss();
            return new Visit(url, alert, severe(), driver.getCurrentUrl(), -1);
        }
        long hooks = (Long) ((JavascriptExecutor) driver).executeScript(SCRIPT_HOOKS);
        return new Visit(url, null, severe(), driver.getCurrentUrl(), hooks);
    }

    private String alertText() {
        try {
            return "dialog: " + driver.switchTo().alert().getText();
        } catch (NoAlertPresentException none) {
            return null;
        }
    }

    private List<String> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
