package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.mojokertokab.prokopim.inventory.EquipmentRegister;

/**
 * The Buku Inventarisasi in Cockpit (app/cockpit/scripts/inventaris.js): the Sub Koordinator
 * follows the header link, adds an item, reads its page and history, changes its count, and is
 * told in the server's words when a kode is taken; the Kabag reads the register without its forms.
 * Proposals from an inventory are accepted into the register or declined on the same page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventarisCockpitBrowserIT extends BrowserJourney {

    /** The made-up case the proposals of these tests come from. */
    private static final String PROPOSALS_OF = "pi-browser";

    @Autowired
    EquipmentRegister register;
    @Autowired
    JdbcClient jdbc;

    /** The register as other browser tests of this context find it: without this test's items and proposals. */
    @AfterEach
    void removeThisTestsItems() {
        String items = "(SELECT id FROM inv_barang WHERE kode IN ('KAM-901', 'TRP-901'))";
        jdbc.sql("DELETE FROM inv_usulan WHERE process_instance_id = ?").param(PROPOSALS_OF).update();
        jdbc.sql("DELETE FROM inv_riwayat_barang WHERE barang_id IN " + items).update();
        jdbc.sql("DELETE FROM inv_barang WHERE kode IN ('KAM-901', 'TRP-901')").update();
    }

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

    @Test
    void subkoor_accepts_one_proposal_and_declines_another() {
        proposal("Tripod Manfrotto 055");
        proposal("Kamera pribadi staf");
        Cockpit cockpit = new Cockpit(browser, port, "cockpit");
        cockpit.login("subkoor");
        cockpit.open("#/inventaris");
        WebElement tripod = proposalRow("Tripod Manfrotto 055");
        assertThat(tripod.getText()).contains("Rusak ringan", "Desember 2026", "Dewi Lestari (staf1)");

        // when: the tripod is accepted with a kode, category and place
        browser.click(tripod.findElement(By.xpath(".//button[normalize-space()='Terima…']")));
        WebElement accept = tripod.findElement(By.cssSelector("form.inventaris-terima"));
        type(accept, "kode", "TRP-901");
        new Select(accept.findElement(By.name("kategori"))).selectByVisibleText("Peralatan Studio dan Audio");
        new Select(accept.findElement(By.name("lokasi"))).selectByVisibleText("Almari terkunci");
        browser.screenshot("terima-usulan");
        browser.click(accept.findElement(By.cssSelector("button[type=submit]")));

        // then: it is in the register, with the condition staff found, and no longer waiting
        WebElement row = browser.waitUntil("the accepted item's row", ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table.inventaris-daftar tr[data-kode='TRP-901']")));
        assertThat(row.getText()).contains("Tripod Manfrotto 055", "Rusak ringan", "Tidak siap", "Dewi Lestari (staf1)");

        // and the personal camera is declined with a reason
        WebElement personal = proposalRow("Kamera pribadi staf");
        browser.click(personal.findElement(By.xpath(".//button[normalize-space()='Tolak…']")));
        WebElement decline = personal.findElement(By.cssSelector("form.inventaris-tolak"));
        browser.click(decline.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.waitUntil("the refusal", ExpectedConditions.visibilityOfNestedElementsLocatedBy(decline,
                By.cssSelector(".alert-danger"))).get(0).getText()).isEqualTo("Isian tidak sah: Alasan penolakan wajib diisi.");
        type(decline, "alasan", "Milik pribadi, bukan inventaris kantor");
        browser.click(decline.findElement(By.cssSelector("button[type=submit]")));
        browser.waitUntil("no proposal waiting", ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".inventaris-usulan-daftar"), "Tidak ada usulan yang menunggu keputusan."));
        browser.screenshot("usulan-selesai");
        assertThat(register.find("TRP-901")).isPresent();
    }

    private void proposal(String nama) {
        jdbc.sql("""
                INSERT INTO inv_usulan (process_instance_id, periode, nama, jumlah, kondisi, baterai_siap, memori_siap,
                    diusulkan_oleh, diusulkan_pada)
                VALUES (?, 'Desember 2026', ?, 1, 'Rusak ringan', FALSE, TRUE, 'staf1', CURRENT_TIMESTAMP)""")
                .params(PROPOSALS_OF, nama)
                .update();
    }

    private WebElement proposalRow(String nama) {
        return browser.waitUntil("the proposal " + nama, driver -> driver.findElements(By.cssSelector("table.inventaris-usulan tbody tr"))
                .stream().filter(row -> row.getText().contains(nama)).findFirst().orElse(null));
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
