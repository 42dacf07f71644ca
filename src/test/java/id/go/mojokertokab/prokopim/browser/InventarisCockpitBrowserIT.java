package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.inventory.EquipmentRegister;

/**
 * The Buku Inventarisasi in Cockpit (app/cockpit/scripts/inventaris.js): the Sub Koordinator
 * follows the header link, adds an item, reads its page and history, changes its count, and is
 * told in the server's words when a kode is taken; the Kabag reads the register without its forms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventarisCockpitBrowserIT extends BrowserJourney {

    @Autowired
    EquipmentRegister register;

    @Test
    void subkoor_adds_an_item_and_the_kabag_reads_it() {
        Cockpit cockpit = new Cockpit(browser, port, "cockpit");
        cockpit.login("subkoor");
        cockpit.follow("Buku Inventarisasi");
        browser.waitUntil("the register's heading", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".inventaris h3"),
                "Buku Inventarisasi"));

        // when: the Sub Koordinator adds a camera through the page's form
        click("Tambah barang");
        WebElement form = browser.find(By.cssSelector("form.inventaris-tambah"));
        type(form, "kode", "KAM-901");
        type(form, "nama", "Kamera Nikon Z6 II");
        new Select(form.findElement(By.name("kategori"))).selectByVisibleText("Kamera");
        type(form, "merekTipe", "Nikon Z6 II");
        type(form, "jumlah", "1");
        new Select(form.findElement(By.name("lokasi"))).selectByVisibleText("Dry cabinet terkunci");
        browser.screenshot("tambah-barang");
        browser.click(form.findElement(By.cssSelector("button[type=submit]")));

        // then: its page shows it and its history
        browser.waitUntil("the item's page", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".inventaris h3"),
                "KAM-901 · Kamera Nikon Z6 II"));
        assertThat(cockpit.detailValues()).contains("KAM-901", "Kamera Nikon Z6 II", "Nikon Z6 II", "Dry cabinet terkunci", "Aktif",
                "belum diperiksa");
        assertThat(browser.read(() -> browser.find(By.cssSelector(".inventaris")).getText())).doesNotContain("[object");
        assertThat(historyTexts()).singleElement().asString().contains("Ditambahkan", "Kamera Nikon Z6 II", "Bambang Setiawan (subkoor)");
        assertThat(register.get("KAM-901").lokasi()).isEqualTo("Dry cabinet terkunci");

        // and a change of its count is written to the history in words
        click("Ubah data barang");
        WebElement edit = browser.find(By.cssSelector("form.inventaris-ubah"));
        edit.findElement(By.name("jumlah")).clear();
        type(edit, "jumlah", "2");
        browser.click(edit.findElement(By.cssSelector("button[type=submit]")));
        browser.waitUntil("the change in the history", driver -> historyTexts().size() == 2);
        assertThat(historyTexts().get(0)).contains("Jumlah: 1 → 2");
        browser.screenshot("riwayat");

        // a kode already in use is refused in the server's words, and the form keeps what was typed
        cockpit.open("#/inventaris");
        click("Tambah barang");
        WebElement again = browser.find(By.cssSelector("form.inventaris-tambah"));
        type(again, "kode", "KAM-901");
        type(again, "nama", "Kamera lain");
        type(again, "jumlah", "1");
        browser.click(again.findElement(By.cssSelector("button[type=submit]")));
        WebElement refusal = browser.waitUntil("the refusal", ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.inventaris-tambah .alert-danger")));
        assertThat(refusal.getText()).isEqualTo("Kode inventaris KAM-901 sudah dipakai oleh Kamera Nikon Z6 II; pilih kode lain.");
        browser.screenshot("kode-dipakai");

        // the Kabag reads the register, without the Sub Koordinator's forms
        browser.driver.manage().deleteAllCookies();
        cockpit.login("kabag");
        cockpit.open("#/inventaris");
        WebElement row = browser.waitUntil("the item's row", ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table.inventaris-daftar tr[data-kode='KAM-901']")));
        assertThat(row.getText()).contains("Kamera Nikon Z6 II", "Kamera", "Nikon Z6 II", "2", "Dry cabinet terkunci", "belum diperiksa");
        assertThat(cockpit.isShown(By.cssSelector(".inventaris-aksi-atas"))).isFalse();
        browser.screenshot("kabag");
    }

    private void click(String buttonText) {
        browser.click("the button '" + buttonText + "'", driver -> driver.findElements(By.cssSelector(".inventaris button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().trim().equals(buttonText)).findFirst().orElse(null));
    }

    private static void type(WebElement form, String name, String text) {
        form.findElement(By.name(name)).sendKeys(text);
    }

    private List<String> historyTexts() {
        return browser.read(() -> browser.driver.findElements(By.cssSelector("table.inventaris-riwayat tbody tr")).stream()
                .map(WebElement::getText).toList());
    }
}
