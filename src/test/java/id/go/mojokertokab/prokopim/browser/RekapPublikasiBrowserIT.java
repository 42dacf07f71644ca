package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The Kabag reads this month's Rekap publikasi in Cockpit (app/cockpit/scripts/rekap-publikasi.js):
 * from the header link to the page, a media case finished a moment ago in its table with its
 * people by name and its links, and the channel filter narrowing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RekapPublikasiBrowserIT extends BrowserJourney {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void kabag_finds_a_finished_media_case_in_rekap_publikasi() {
        // given a media case done through its six steps a moment ago, on Instagram and Facebook
        // (started here, not through StartedCases: a finished case cannot be deleted afterwards)
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SopStep.Sop.MEDIA_SOSIAL.processKey,
                SopInputs.starting(SopStep.Sop.MEDIA_SOSIAL));
        for (SopStep step : List.of(SopStep.MEDIA_1, SopStep.MEDIA_2, SopStep.MEDIA_3, SopStep.MEDIA_4, SopStep.MEDIA_5,
                SopStep.MEDIA_5A, SopStep.MEDIA_6)) {
            taskService.complete(cases.taskOf(instance.getId()).getId(), SopInputs.completing(step));
        }

        // when the Kabag follows "Rekap publikasi" in Cockpit's header
        Cockpit cockpit = new Cockpit(browser, port, "cockpit").login("kabag");
        cockpit.follow("Rekap publikasi");

        // then this month's table lists the case: its activity, leader, people by name and links
        WebElement row = browser.waitUntil("the publication's row", driver -> driver.findElements(By.cssSelector(
                "table.publikasi-tabel tr[data-process-instance-id='" + instance.getId() + "']")).stream().findFirst().orElse(null));
        String text = browser.read(row::getText);
        assertThat(text).contains("Peresmian pasar desa", "Bupati", "Bupati resmikan pasar desa", "Dewi Lestari (staf1)", "Ya");
        assertThat(row.findElements(By.cssSelector(".publikasi-tautan a")).stream().map(link -> link.getDomAttribute("href")).toList())
                .containsExactly("https://www.instagram.com/p/abc", "https://www.facebook.com/prokopim/posts/1");
        assertThat(browser.read(() -> browser.find(By.cssSelector("table.publikasi-ringkasan")).getText()))
                .contains("Jumlah publikasi", "Publikasi di Instagram");
        browser.screenshot("rekap-publikasi");

        // and choosing YouTube, which the case did not use, leaves it out
        new Select(browser.find(By.name("kanal"))).selectByValue("youtube");
        browser.click(browser.find(By.cssSelector(".publikasi-filter button[type='submit']")));
        browser.waitUntil("the table without the case", driver -> driver.findElements(By.cssSelector(
                "tr[data-process-instance-id='" + instance.getId() + "']")).isEmpty());
    }
}
