package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps speak the browser's first language: Bahasa Indonesia for the office's browsers
 * (and for any language they do not have), English for a browser that asks for English first.
 * Either way dates are shown in the browser's time zone, WIB in the office.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocaleBrowserIT {

    private static final By HEADER_START_PROCESS = By.cssSelector("[cam-widget-header] li.start-process-action a");

    @LocalServerPort
    int port;

    @Test
    void an_office_browser_gets_indonesian_and_wib() throws Exception {
        try (Browser browser = Browser.open(getClass().getSimpleName() + "/id")) {
            Tasklist tasklist = new Tasklist(browser, port);
            LoginPage login = tasklist.loginPage().open();
            assertThat(login.usernamePlaceholder()).isEqualTo("Nama pengguna");
            assertThat(login.passwordPlaceholder()).isEqualTo("Kata sandi");
            assertThat(login.signInCaption()).isEqualTo("Masuk");
            assertThat(login.timeZoneFooter()).isEqualTo("Tanggal dan waktu ditampilkan dalam zona waktu lokal: Asia/Jakarta");
            browser.screenshot("login-page");

            tasklist.login("kabag");
            assertThat(startProcessCaption(browser)).isEqualTo("Mulai proses");
            browser.screenshot("tasklist");
        }
    }

    @Test
    void a_browser_in_another_language_gets_indonesian() throws Exception {
        try (Browser browser = Browser.open(getClass().getSimpleName() + "/fr", "fr-FR,fr")) {
            LoginPage login = new LoginPage(browser, port, "tasklist").open();
            assertThat(login.signInCaption()).isEqualTo("Masuk");
            assertThat(login.usernamePlaceholder()).isEqualTo("Nama pengguna");
        }
    }

    @Test
    void a_browser_asking_for_english_first_gets_english() throws Exception {
        try (Browser browser = Browser.open(getClass().getSimpleName() + "/en", "en-US,en")) {
            Tasklist tasklist = new Tasklist(browser, port);
            LoginPage login = tasklist.loginPage().open();
            assertThat(login.usernamePlaceholder()).isEqualTo("Username");
            assertThat(login.passwordPlaceholder()).isEqualTo("Password");
            assertThat(login.signInCaption()).isEqualTo("Log in");
            assertThat(login.timeZoneFooter()).isEqualTo("Date and Time displayed in local timezone: Asia/Jakarta");
            browser.screenshot("login-page");

            tasklist.login("kabag");
            assertThat(startProcessCaption(browser)).isEqualTo("Start process");
            browser.screenshot("tasklist");
        }
    }

    private static String startProcessCaption(Browser browser) {
        WebElement link = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(HEADER_START_PROCESS));
        return link.getText().trim();
    }
}
