package vn.gov.portal.local.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import vn.gov.portal.local.TestStack;

/**
 * A fresh Chromium (fresh profile: no cookie, no localStorage) for every test. After each test the
 * last page is saved to local/target/browser-tests/ (to see what a failing test saw) and the
 * browser console must be clean: any error or Content-Security-Policy violation fails the test.
 */
abstract class BrowserTest {

    static final Path LAST_PAGES = TestStack.ROOT.resolve("local/target/browser-tests");

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    /** For a test that needs another kind of browser (JavaScript off). */
    protected void replaceBrowser(Browser other) {
        browser.close();
        browser = other;
    }

    @AfterEach
    void checkConsoleAndClose(TestInfo test) {
        try {
            try {
                browser.saveScreenshot(
                        LAST_PAGES,
                        getClass().getSimpleName() + "-"
                                + test.getTestMethod().orElseThrow().getName());
            } catch (RuntimeException e) {
                System.err.println("Could not save the last page: " + e);
            }
            browser.assertCleanConsole();
        } finally {
            browser.close();
        }
    }
}
