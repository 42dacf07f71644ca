package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The office's records of one inventory, end to end in the webapps: the Sub Koordinator adds an
 * item to the Buku inventarisasi in Cockpit, staff check it in step 3 and report in step 4 in
 * Tasklist, the laporan lists it, the Sub Koordinator is told in Tasklist, and the finished case
 * opens in Riwayat SOP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryRecordsBrowserIT extends BrowserJourney {

    private static final String KODE = "JLN-001";
    private static final String NAMA = "Kamera Panasonic Lumix GH6";
    private static final String PERIODE = "Inventarisasi uji perjalanan";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcClient jdbc;

    private String instanceId;

    @AfterEach
    void forgetTheJourney() {
        if (instanceId != null) {
            jdbc.sql("DELETE FROM inv_laporan WHERE process_instance_id = ?").param(instanceId).update();
            jdbc.sql("DELETE FROM inv_usulan WHERE process_instance_id = ?").param(instanceId).update();
            jdbc.sql("DELETE FROM inv_pemeriksaan WHERE process_instance_id = ?").param(instanceId).update();
            if (runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
                runtimeService.deleteProcessInstance(instanceId, "browser test done");
            }
            historyService.deleteHistoricProcessInstanceIfExists(instanceId);
        }
        String item = "(SELECT id FROM inv_barang WHERE kode = '" + KODE + "')";
        jdbc.sql("DELETE FROM inv_pemeriksaan WHERE barang_id IN " + item).update();
        jdbc.sql("DELETE FROM inv_riwayat_barang WHERE barang_id IN " + item).update();
        jdbc.sql("DELETE FROM inv_barang WHERE kode = ?").param(KODE).update();
    }

    @Test
    void an_item_added_in_the_register_is_checked_reported_and_kept_on_record() throws Exception {
        // the Sub Koordinator adds a camera to the Buku inventarisasi in Cockpit
        Cockpit cockpit = new Cockpit(browser, port, "cockpit");
        cockpit.login("subkoor");
        cockpit.open("#/inventaris");
        // the page draws itself once the register's lists have come from /api
        WebElement toLaporan = browser.waitUntil("the register's link to its laporan",
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".inventaris-ke-laporan a")));
        assertThat(toLaporan.getDomAttribute("href")).isEqualTo("#/laporan-inventaris");
        clickButton("Tambah barang");
        WebElement form = browser.find(By.cssSelector("form.inventaris-tambah"));
        form.findElement(By.name("kode")).sendKeys(KODE);
        form.findElement(By.name("nama")).sendKeys(NAMA);
        new Select(form.findElement(By.name("kategori"))).selectByVisibleText("Kamera");
        form.findElement(By.name("jumlah")).sendKeys("1");
        new Select(form.findElement(By.name("lokasi"))).selectByVisibleText("Dry cabinet terkunci");
        browser.click(form.findElement(By.cssSelector("button[type=submit]")));
        browser.waitUntil("the item's page", ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".inventaris h3"), KODE + " · " + NAMA));
        browser.screenshot("barang-ditambahkan");

        // an inventory reaches step 3 (the Kabag's and the Sub Koordinator's steps are done)
        Map<String, Object> earlier = SopInputs.before(SopStep.INVENTARIS_3);
        earlier.put("periodeInventarisasi", PERIODE);
        instanceId = runtimeService.createProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey)
                .startBeforeActivity(SopStep.INVENTARIS_3.taskId).setVariables(earlier).execute().getId();

        // staf1 finds the new camera in step 3's list, checks every listed item, and reports in step 4
        browser.driver.manage().deleteAllCookies();
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        CamundaForm step3 = tasklist.openTask(SopStep.INVENTARIS_3.taskName());
        browser.waitUntil("the register's rows", driver -> step3.rowCount() > 0);
        boolean listed = false;
        for (int row = 0; row < step3.rowCount(); row++) {
            listed |= NAMA.equals(step3.row(row).selected("Nama peralatan"));
            step3.row(row).fill("Jumlah", "1").select("Kondisi", "Baik");
        }
        assertThat(listed).as("the camera added in Cockpit is on step 3's list").isTrue();
        browser.screenshot("langkah3");
        tasklist.complete();
        CamundaForm step4 = tasklist.openTask(SopStep.INVENTARIS_4.taskName());
        step4.fill("Laporan kepada Sub Koordinator", "Kamera baru sudah diperiksa dan baik.");
        tasklist.complete();
        tasklist.logout();

        // the laporan lists the camera
        assertThat(laporanText()).contains(KODE, NAMA, PERIODE, "Mengetahui");

        // the Sub Koordinator is told in Tasklist, and its link opens the finished case's record in Riwayat SOP
        tasklist.login("subkoor");
        By notice = By.cssSelector(".office-laporan-baru [data-process-instance-id='" + instanceId + "']");
        browser.waitUntil("the notice of the new laporan", ExpectedConditions.visibilityOfElementLocated(notice));
        assertThat(browser.read(() -> browser.find(notice).getText())).contains("Laporan inventarisasi baru: " + PERIODE);
        browser.screenshot("tasklist-laporan-baru");
        browser.click("the notice's link to the record",
                driver -> driver.findElement(notice).findElement(By.cssSelector("a.office-laporan-riwayat")));
        browser.waitUntilLoaded("the record's heading", driver -> driver.findElements(By.cssSelector(".riwayat-case-name")).stream()
                .anyMatch(heading -> heading.getText().equals(PERIODE)) ? true : null);
        // the whole record, also what lies below the fold of Cockpit's scrolling content
        String record = browser.read(() -> (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.querySelector('.riwayat-record').textContent;"));
        assertThat(record).contains("Melakukan pengecekan peralatan dokumentasi", NAMA, KODE, "Dewi Lestari",
                "Mencatat dan melaporkan kepada Sub Koordinator", "Kamera baru sudah diperiksa dan baik.", "Unduh PDF");
        browser.screenshot("riwayat");

        // and Cockpit's list of laporan has it too
        cockpit.open("#/laporan-inventaris");
        WebElement laporan = browser.waitUntil("the laporan in the list", driver -> driver.findElements(
                By.cssSelector("table.laporan-inventaris-daftar tr")).stream()
                .filter(row -> row.getText().contains(PERIODE)).findFirst().orElse(null));
        assertThat(laporan.findElement(By.cssSelector("a.laporan-pdf")).getDomAttribute("href")).contains(instanceId);
        browser.screenshot("laporan");
    }

    private void clickButton(String text) {
        browser.click("the button '" + text + "'", driver -> driver.findElements(By.cssSelector(".inventaris button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().trim().equals(text)).findFirst().orElse(null));
    }

    /** The laporan's PDF as the Kabag downloads it (the Sub Koordinator's own download would mark it read), as text. */
    private String laporanText() throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/inventaris/laporan/" + instanceId + "/pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kabag:kabag".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
