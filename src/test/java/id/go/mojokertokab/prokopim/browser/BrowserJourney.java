package id.go.mojokertokab.prokopim.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey through the webapps: the application on its random port, a fresh browser per test, Tasklist ready. */
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    Browser browser;
    Tasklist tasklist;

    /** Screenshots of each test go to target/screenshots/<class>/<test method>/. */
    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        browser = Browser.open(getClass().getSimpleName() + "/" + test.getTestMethod().map(method -> method.getName()).orElse("test"));
        tasklist = new Tasklist(browser, port);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }
}
