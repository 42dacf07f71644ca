package id.go.mojokertokab.prokopim.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login page that every Camunda webapp (Tasklist, Cockpit, Admin, Welcome) shows, used as a
 * person does: type the user name and the password, press the sign-in button. Fields are found
 * by their Angular models, so the page works in any language; what it says is read as shown.
 */
final class LoginPage {

    static final By USERNAME = By.cssSelector("input[ng-model='username']");
    static final By PASSWORD = By.cssSelector("input[ng-model='password']");
    static final By SIGN_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
    private static final By ERROR = By.cssSelector(".page-notifications .alert-danger");

    private final Browser browser;
    private final String url;

    /** The login page of webapp {@code app} ("tasklist", "cockpit", "admin", "welcome"). */
    LoginPage(Browser browser, int port, String app) {
        this.browser = browser;
        this.url = appUrl(port, app);
    }

    static String appUrl(int port, String app) {
        return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
    }

    String url() {
        return url;
    }

    /** Opens the webapp, which shows its login page to a visitor not logged in. */
    LoginPage open() {
        browser.get(url);
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        return this;
    }

    /** Types a demo user (password = user id) and presses the sign-in button, without waiting for the outcome. */
    void signIn(String user) {
        WebElement username = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        username.clear();
        username.sendKeys(user);
        WebElement password = browser.find(PASSWORD);
        password.clear();
        password.sendKeys(user);
        browser.screenshot("login-" + user);
        browser.find(SIGN_IN).click();
    }

    /** What the sign-in button says, e.g. "Masuk". */
    String signInCaption() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(SIGN_IN)).getText().trim();
    }

    String usernamePlaceholder() {
        return browser.find(USERNAME).getDomAttribute("placeholder");
    }

    String passwordPlaceholder() {
        return browser.find(PASSWORD).getDomAttribute("placeholder");
    }

    /** The footer line naming the time zone dates are shown in. */
    String timeZoneFooter() {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("footer-timezone"))).getText().trim();
    }

    /** Waits for the refusal the page shows after a sign-in, e.g. "Gagal masuk: Anda tidak memiliki hak akses ke aplikasi ini; …". */
    String refusal() {
        browser.waitUntil("a refused sign-in", ExpectedConditions.visibilityOfElementLocated(ERROR));
        return browser.read(() -> browser.find(ERROR).findElement(By.cssSelector(".status")).getText().trim() + ": "
                + browser.find(ERROR).findElement(By.cssSelector(".message")).getText().trim());
    }

    boolean isShown() {
        return browser.read(() -> browser.driver.findElements(USERNAME).stream().anyMatch(WebElement::isDisplayed));
    }
}
