package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.history.CaseWork;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * A finished media case, which neither Tasklist nor the Community Cockpit can show any more, read
 * in Cockpit's "Riwayat SOP" (app/cockpit/scripts/riwayat-sop.js) by the Sub Koordinator: the
 * header link opens the list, the case's name opens its record with every step, who did it, the
 * revision and the published link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiwayatSopBrowserIT extends BrowserJourney {

    private static final String CASE_NAME = SopInputs.caseName(SopStep.Sop.MEDIA_SOSIAL);

    @Autowired
    HistoryService historyService;

    String finished;

    @AfterEach
    void deleteTheFinishedCase() {
        if (finished != null) {
            historyService.deleteHistoricProcessInstance(finished);
        }
    }

    @Test
    void subkoordinator_opens_a_finished_case_as_its_record() {
        // given: a media case worked to its end, its content sent back once for revision
        finished = mediaCaseWithARevision();

        // when: the Sub Koordinator opens "Riwayat SOP" from Cockpit's header
        browser.driver.manage().window().setSize(new Dimension(1400, 1200));
        new LoginPage(browser, port, "cockpit").open().signIn("subkoor");
        browser.click("the header link", driver -> driver.findElement(By.linkText("Riwayat SOP")));
        WebElement row = browser.waitUntil("the finished case in the list", driver -> driver.findElement(
                By.cssSelector("table.riwayat-cases tr[data-process-instance-id='" + finished + "']")));
        assertThat(browser.read(() -> row.getText())).contains(CASE_NAME, "Sri Wahyuni (kabag)",
                "Konten terupload di media sosial");
        browser.screenshot("list");

        // and: a search for another name empties the list; the case's own name finds it again
        search("rapat koordinasi");
        browser.waitUntil("the empty result", driver -> driver.findElement(By.xpath(
                "//p[contains(., 'Tidak ada kasus selesai yang cocok')]")));
        search("PERESMIAN");
        WebElement found = browser.waitUntil("the case found by its name", driver -> driver.findElement(
                By.cssSelector("table.riwayat-cases tr[data-process-instance-id='" + finished + "']")));

        // then: the case's name opens its record, every step in order with who did it
        browser.click(found.findElement(By.linkText(CASE_NAME)));
        browser.waitUntil("the record's heading", driver -> driver.findElement(By.cssSelector(".riwayat-case-name"))
                .getText().equals(CASE_NAME) ? true : null);
        List<String> steps = browser.read(() -> browser.driver.findElements(By.cssSelector(".riwayat-step")).stream()
                .map(step -> step.getDomAttribute("data-step")).toList());
        assertThat(steps).containsExactly("1", "2", "3", "4", "5", "5a", "4", "5", "5a", "6");
        browser.screenshot("record");
        WebElement verification = browser.driver.findElements(By.cssSelector(".riwayat-step")).get(5);
        browser.scrollIntoView(verification);
        assertThat(text(verification)).contains("Memverifikasi konten sebelum tayang", "Bambang Setiawan (subkoor)",
                "Hasil verifikasi", "Perlu revisi", "Judul kurang jelas.");
        assertThat(text(browser.driver.findElements(By.cssSelector(".riwayat-step")).get(6))).contains("(ke-2)");
        assertThat(text(browser.find(By.cssSelector(".riwayat-summary")))).contains("Revisi", "1 kali");
        WebElement published = browser.find(By.cssSelector("dd[data-field='tautanInstagram'] a"));
        browser.scrollIntoView(published);
        assertThat(published.getDomAttribute("href")).isEqualTo("https://www.instagram.com/p/abc");
        browser.screenshot("record-published-link");
    }

    private void search(String text) {
        WebElement name = browser.waitUntil("the name filter", driver -> driver.findElement(By.cssSelector(".riwayat-filter input[name='cari']")));
        name.clear();
        name.sendKeys(text);
        browser.click(browser.find(By.cssSelector(".riwayat-filter button[type='submit']")));
    }

    /* The element's text whether or not Cockpit's scrolling content shows it right now. */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent");
    }

    private String mediaCaseWithARevision() {
        CaseWork work = new CaseWork(engine);
        String media = SopStep.Sop.MEDIA_SOSIAL.processKey;
        String id = work.start(media, "kabag", "kabag-prokopim", SopInputs.agenda());
        work.complete(id, "kabag", "kabag-prokopim", SopInputs.completing(SopStep.MEDIA_1));
        work.complete(id, "kabag", "kabag-prokopim", SopInputs.completing(SopStep.MEDIA_2));
        work.complete(id, "subkoor", "subkoor-dokpim", SopInputs.completing(SopStep.MEDIA_3));
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_4));
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_5));
        work.complete(id, "subkoor", "subkoor-dokpim", Map.of("kontenDisetujui", false, "catatanVerifikasi", "Judul kurang jelas."));
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_4));
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_5));
        work.complete(id, "subkoor", "subkoor-dokpim", SopInputs.completing(SopStep.MEDIA_5A));
        work.complete(id, "staf1", "staf-dokpim", SopInputs.completing(SopStep.MEDIA_6));
        return id;
    }
}
