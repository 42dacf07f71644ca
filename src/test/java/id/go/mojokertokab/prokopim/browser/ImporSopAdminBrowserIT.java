package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sopsheet.ImportedSops;

/**
 * Admin's "Impor lembar SOP" (app/admin/scripts/impor-sop.js) in the browser: the administrator
 * goes from the dashboard to the page, uploads the test sheet, sees its diagram drawn by Camunda's
 * own viewer (lanes and tasks as SVG) and its roles with the new ones marked, and deploys it; the
 * process and its new groups are then read back from the engine. A sheet with a mistake shows its
 * problems by row, and no diagram.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImporSopAdminBrowserIT extends BrowserJourney {

    private static final Path TEST_SHEET = Path.of("src/test/resources/sopsheet/impor/peminjaman-peralatan-dokumentasi.md").toAbsolutePath();
    private static final String KEY = "peminjamanPeralatanDokumentasi";
    private static final List<String> NEW_GROUPS = List.of("pengelola-gudang-peralatan", "peminjam-peralatan");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void removeWhatTheImportMade() {
        ImportedSops.removeAll(engine, KEY, NEW_GROUPS);
    }

    @Test
    void admin_uploads_the_test_sheet_sees_its_diagram_and_roles_and_deploys_it() {
        // given the administrator on Admin's dashboard, whose section leads to the import page
        Cockpit admin = new Cockpit(browser, port, "admin").login("admin");
        admin.open("#/");
        admin.follow("Impor lembar SOP");
        browser.waitUntil("the import page", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".impor-sop-unggah")));

        // when the test sheet is uploaded and checked
        upload(TEST_SHEET);

        // then its diagram is drawn by Camunda's viewer: a pool with four lanes and nine steps
        browser.waitUntil("the diagram drawn", driver -> "true".equals(driver.findElement(By.cssSelector(".impor-sop-diagram"))
                .getAttribute("data-loaded")));
        assertThat(browser.read(() -> browser.driver.findElements(By.cssSelector(".impor-sop-diagram .djs-element[data-element-id^='Lane_']")).size()))
                .isEqualTo(4);
        assertThat(browser.read(() -> browser.driver.findElements(By.cssSelector(".impor-sop-diagram .djs-shape[data-element-id^='UserTask_']")).size()))
                .isEqualTo(9);
        assertThat((String) ((JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll('.impor-sop-diagram .djs-element text')).map(t => t.textContent).join(' ');"))
                .contains("1. Mendisposisikan", "Pengelola", "Peminjam");
        // and its roles, the two the office has no group for marked new
        List<String> roles = browser.read(() -> browser.driver.findElements(By.cssSelector(".impor-sop-peran li")).stream()
                .map(WebElement::getText).toList());
        assertThat(roles).hasSize(4);
        assertThat(roles.get(0)).contains("Kabag Prokopim", "kabag-prokopim").doesNotContain("baru");
        assertThat(roles.get(2)).contains("Pengelola Gudang Peralatan", "pengelola-gudang-peralatan", "baru");
        assertThat(roles.get(3)).contains("Peminjam Peralatan", "baru");
        assertThat(browser.find(By.cssSelector(".impor-sop-unduh")).getText()).isEqualTo("Unduh (.zip untuk Camunda Modeler)");
        browser.screenshot("pratinjau");

        // when the administrator deploys it
        browser.click(browser.find(By.cssSelector(".impor-sop-deploy")));

        // then the page says so, and the engine has the process and its new groups
        String notice = browser.waitUntil("the deployment's notice", driver -> driver.findElements(By.cssSelector(".impor-sop-terpasang"))
                .stream().map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
        assertThat(notice).contains("“Impor SOP Peminjaman Peralatan Dokumentasi” terpasang", KEY + " versi 1", "Grup baru: pengelola-gudang-peralatan");
        browser.screenshot("terpasang");
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult();
        assertThat(definition.getName()).isEqualTo("SOP Peminjaman Peralatan Dokumentasi");
        assertThat(NEW_GROUPS).allSatisfy(group -> assertThat(identityService.createGroupQuery().groupId(group).count()).isOne());
    }

    @Test
    void a_sheet_with_a_mistake_shows_its_problems_by_row_and_no_diagram() throws Exception {
        Path broken = Files.createTempFile("rusak", ".md");
        Files.writeString(broken, Files.readString(TEST_SHEET).replace("| 1 jam | Peralatan siap pinjam |", "| sebentar | Peralatan siap pinjam |"));
        try {
            Cockpit admin = new Cockpit(browser, port, "admin").login("admin");
            admin.open("#/impor-sop");
            browser.waitUntil("the import page", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".impor-sop-unggah")));

            upload(broken);

            browser.waitUntil("the problems", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".impor-sop-masalah")));
            List<String> rows = browser.read(() -> browser.driver.findElements(By.cssSelector(".impor-sop-masalah tbody tr")).stream()
                    .map(WebElement::getText).toList());
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("26").contains("sebentar"));
            assertThat(browser.driver.findElements(By.cssSelector(".impor-sop-diagram, .impor-sop-deploy"))).isEmpty();
            browser.screenshot("masalah");
        } finally {
            Files.deleteIfExists(broken);
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
    }

    private void upload(Path sheet) {
        browser.find(By.cssSelector(".impor-sop-unggah input[type=file]")).sendKeys(sheet.toString());
        browser.click(browser.find(By.cssSelector(".impor-sop-unggah button[type=submit]")));
    }
}
