package id.go.mojokertokab.prokopim.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Cockpit or Admin as a person uses it: log in, follow a menu item or a tab, read what the
 * page shows. Elements are found by Camunda's markup, texts are read as shown.
 */
final class Cockpit {

    static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");
    private static final By ERROR_TOAST = By.cssSelector(".page-notifications .alert-danger");
    private static final By BREADCRUMBS = By.cssSelector("ul.cam-breadcrumb");
    private static final Duration TOAST_WAIT = Duration.ofSeconds(4);
    private static final By TOOLBAR_ACTIONS = By.cssSelector(".ctn-toolbar .btn-toolbar");

    private final Browser browser;
    private final int port;
    private final String app;

    /** Webapp {@code app}: "cockpit" or "admin". */
    Cockpit(Browser browser, int port, String app) {
        this.browser = browser;
        this.port = port;
        this.app = app;
    }

    /** Logs a demo user in and waits for the webapp's header to name them. */
    Cockpit login(String user) {
        LoginPage login = new LoginPage(browser, port, app).open();
        login.signIn(user);
        browser.waitUntil("the logged-in header", ExpectedConditions.invisibilityOfElementLocated(LoginPage.USERNAME));
        browser.waitUntil("the page's header", ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .navbar-brand")));
        return this;
    }

    /** Opens a route of the webapp, e.g. "#/dashboard", and waits until Angular has rendered it. */
    void open(String route) {
        browser.get(LoginPage.appUrl(port, app) + route);
        browser.waitUntil("the view of " + route, ExpectedConditions.presenceOfElementLocated(By.cssSelector("[ng-view] > *")));
    }

    void openInstance(String processInstanceId) {
        open("#/process-instance/" + processInstanceId + "/runtime");
        browser.waitUntil("the instance's tabs", ExpectedConditions.visibilityOfElementLocated(By.linkText("Variabel")));
    }

    /** Clicks a tab or menu item by its visible label, e.g. "Insiden", "Tugas manusia". */
    void follow(String label) {
        WebElement link = browser.waitUntil("a visible link '" + label + "'", driver -> driver.findElements(By.linkText(label))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        browser.click(link);
    }

    String breadcrumbs() {
        return browser.read(() -> browser.find(BREADCRUMBS).getText());
    }

    /**
     * The error toasts the page shows within a few seconds: Cockpit shows a refused request's
     * toast only once the refusal arrives, so their absence is awaited, not read at once.
     */
    List<String> errorToasts() {
        try {
            new WebDriverWait(browser.driver, TOAST_WAIT).until(ExpectedConditions.visibilityOfElementLocated(ERROR_TOAST));
        } catch (TimeoutException noToast) {
            return List.of();
        }
        return browser.read(() -> browser.driver.findElements(ERROR_TOAST).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList());
    }

    long visibleToolbarActions() {
        return browser.read(() -> browser.driver.findElements(TOOLBAR_ACTIONS).stream().filter(WebElement::isDisplayed).count());
    }

    /** The header cells of the tables on the page that a person sees. */
    List<String> visibleTableHeaders() {
        return browser.read(() -> browser.driver.findElements(By.cssSelector("table thead th, table thead td")).stream()
                .filter(WebElement::isDisplayed).map(cell -> cell.getText().trim()).filter(text -> !text.isEmpty()).toList());
    }

    /** The values of the details sidebar, e.g. of "ID instans" and "Kunci bisnis". */
    List<String> detailValues() {
        return browser.read(() -> browser.driver.findElements(By.cssSelector("dl dd")).stream()
                .filter(WebElement::isDisplayed).map(value -> value.getText().trim()).toList());
    }

    boolean isShown(By by) {
        return browser.read(() -> browser.driver.findElements(by).stream().anyMatch(WebElement::isDisplayed));
    }

    /** True when the element's text ends inside the element's box and the window: nothing of it is cut off. */
    boolean showsWhole(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "const e = arguments[0], r = e.getBoundingClientRect();"
                        + "return e.scrollWidth <= e.clientWidth && r.right <= window.innerWidth && r.width > 0;", element);
    }
}
