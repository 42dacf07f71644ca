package id.go.mojokertokab.prokopim.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The notification pages as a person uses them: Admin's "Kotak keluar notifikasi" (#/notifikasi,
 * app/admin/scripts/notifikasi.js) and every user's "Notifikasi saya" on Welcome's start page
 * (app/welcome/scripts/notifikasi-saya.js). A notification's row is found by its outbox id.
 */
final class NotificationPages {

    private static final By OUTBOX_TABLE = By.cssSelector("table.notifikasi-tabel");
    private static final By REMINDER_SWITCH = By.cssSelector(".notifikasi-pengaturan input[name='pengingat']");

    private final Browser browser;

    NotificationPages(Browser browser) {
        this.browser = browser;
    }

    /* ------------------------------------------------------------ Admin: the outbox */

    /** The outbox's figure on Admin's dashboard that names {@code words}, e.g. "disimpan tanpa dikirim". */
    String dashboardFigure(String words) {
        return browser.waitUntil("the dashboard's figure '" + words + "'", driver -> driver
                .findElements(By.cssSelector(".notifikasi-ringkasan li")).stream()
                .map(WebElement::getText).filter(text -> text.contains(words)).findFirst().orElse(null));
    }

    /** The notification's row (its tbody) once the table shows it. */
    WebElement outboxRow(long id) {
        return browser.waitUntil("the outbox row of notification " + id, ExpectedConditions.visibilityOfElementLocated(rowOf(id)));
    }

    String outboxRowText(long id) {
        return browser.read(() -> outboxRow(id).findElement(By.tagName("tr")).getText());
    }

    /** Chooses a status in the filter ("" for all) and waits until the table shows only that status. */
    void filterByStatus(String status) {
        new Select(browser.find(By.cssSelector(".notifikasi-filter select[name='status']"))).selectByValue(status);
        browser.waitUntil("the outbox filtered by " + status, ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".notifikasi-isi-halaman[data-filter='" + status + "']:not([aria-busy])")));
    }

    boolean showsRow(long id) {
        return browser.read(() -> !browser.driver.findElements(rowOf(id)).isEmpty());
    }

    /** Clicks the row's title and returns the full text it opens under the row. */
    WebElement openText(long id) {
        browser.click(outboxRow(id).findElement(By.cssSelector("button.notifikasi-judul")));
        return browser.waitUntil("the full text of notification " + id,
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tbody[data-id='" + id + "'] .notifikasi-rincian")));
    }

    /** Presses the row's "Kirim ulang" and returns what the page then says. */
    String sendAgain(long id) {
        browser.click(outboxRow(id).findElement(By.cssSelector("button.notifikasi-kirim-ulang")));
        return browser.waitUntil("the outcome of Kirim ulang", ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifikasi-pemberitahuan .alert"))).getText().trim();
    }

    /** The refusal the outbox page shows instead of the outbox. */
    String refusal() {
        return browser.waitUntil("the outbox page's refusal", ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifikasi-pemberitahuan .alert-warning"))).getText().trim();
    }

    boolean showsOutbox() {
        return browser.read(() -> browser.driver.findElements(OUTBOX_TABLE).stream().anyMatch(WebElement::isDisplayed)
                || browser.driver.findElements(By.cssSelector(".notifikasi-filter")).stream().anyMatch(WebElement::isDisplayed));
    }

    private static By rowOf(long id) {
        return By.cssSelector("tbody.notifikasi-baris[data-id='" + id + "']");
    }

    /* --------------------------------------------------- Welcome: Notifikasi saya */

    /** The reminder switch, once the user's settings have loaded. */
    WebElement reminderSwitch() {
        return browser.waitUntil("the reminder switch, loaded", driver -> driver.findElements(REMINDER_SWITCH).stream()
                .filter(WebElement::isEnabled).findFirst().orElse(null));
    }

    /** Flips the reminder switch and returns what the page says about saving it. */
    String flipReminders() {
        browser.click(reminderSwitch());
        return browser.waitUntil("the outcome of saving the switch", driver -> driver
                .findElements(By.cssSelector(".notifikasi-pengaturan .notifikasi-hasil p")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
    }

    String settingsText() {
        reminderSwitch();
        return browser.read(() -> browser.find(By.cssSelector(".notifikasi-pengaturan")).getText());
    }

    /** The line "Notifikasi terbaru untuk saya" shows for notification {@code id}, once the list has loaded; empty if not listed. */
    String myNotification(long id) {
        browser.waitUntil("my latest notifications", ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".notifikasi-saya .notifikasi-daftar")));
        return browser.read(() -> browser.driver.findElements(By.cssSelector(".notifikasi-saya li[data-id='" + id + "'] summary"))
                .stream().map(WebElement::getText).findFirst().orElse(""));
    }

    /** Opens notification {@code id} in "Notifikasi terbaru untuk saya" and returns its full text. */
    String openMine(long id) {
        browser.click(browser.find(By.cssSelector(".notifikasi-saya li[data-id='" + id + "'] summary")));
        return browser.waitUntil("the full text of my notification " + id, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".notifikasi-saya li[data-id='" + id + "'] .notifikasi-teks"))).getText();
    }
}
