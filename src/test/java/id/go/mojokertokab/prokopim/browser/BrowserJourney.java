package id.go.mojokertokab.prokopim.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey through the webapps: the application on its random port, a fresh browser per test, Tasklist ready, cases set up through the Java API deleted afterwards. */
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    Browser browser;
    Tasklist tasklist;
    /** Cases the test sets up through the Java API, deleted when it ends. */
    StartedCases cases;

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        browser = Browser.open(screenshotFolder(test));
        tasklist = new Tasklist(browser, port);
        cases = new StartedCases(engine.getRuntimeService(), engine.getTaskService());
    }

    /**
     * The folder under target/screenshots of a test's screenshots, which each test starts empty:
     * {@code <class>/<test method>} unless a class names its own.
     */
    String screenshotFolder(TestInfo test) {
        return getClass().getSimpleName() + "/" + test.getTestMethod().map(method -> method.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (cases != null) {
            cases.deleteAll();
        }
        if (browser != null) {
            browser.close();
        }
    }
}
