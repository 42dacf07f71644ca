package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * A working day with several cases open, in the Indonesian browser: cases told apart by their
 * names on the cards, the Kabag's new step 1 in front of him right after he starts a case,
 * late work reaching the supervisors, and a second round of verification that starts with no
 * decision taken. Time runs at 1/1000, so every standard here is missed within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "prokopim.sla.time-scale=0.001")
class WorkingDayBrowserIT extends BrowserJourney {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;


    @Test
    void cases_are_told_apart_and_the_kabag_finds_the_step_1_he_just_started() {
        // given: an inventory for the third quarter is already waiting for the Kabag
        cases.start(SopStep.Sop.INVENTARISASI, Map.of("periodeInventarisasi", "Triwulan III 2026"));

        // when: the Kabag starts the fourth quarter's in Tasklist
        tasklist.login("kabag");
        assertThat(tasklist.activeFilter()).isEqualTo("Pekerjaan saya");
        tasklist.startProcess(SopStep.Sop.INVENTARISASI.name).fill("Periode inventarisasi", "Triwulan IV 2026");
        tasklist.start();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("Triwulan IV 2026").list()
                .forEach(started -> cases.track(started.getId()));

        // then: the filter Tasklist opened on lists both step 1s, each card naming its case
        String step1 = SopStep.INVENTARIS_1.taskName();
        List<String> cards = browser.waitUntil("both step 1 cards", driver -> {
            List<String> texts = tasklist.cardTexts().stream().filter(text -> text.contains(step1)).toList();
            return texts.size() == 2 ? texts : null;
        });
        assertThat(cards).anySatisfy(card -> assertThat(card).contains("Perihal", "Triwulan IV 2026"))
                .anySatisfy(card -> assertThat(card).contains("Perihal", "Triwulan III 2026"));
        browser.screenshot("kabag-pekerjaan-saya");
    }

    @Test
    void late_work_reaches_the_lane_and_everyone_above_it() {
        // given: a late step in each lane: the Kabag's, the Sub Koordinator's and staf1's
        Task kabagStep = cases.before(SopStep.MEDIA_1);
        Task subkoorStep = cases.before(SopStep.MEDIA_3);
        Task stafStep = cases.before(SopStep.INVENTARIS_3);
        cases.awaitOverdue(browser, kabagStep, subkoorStep, stafStep);

        // staf1's "Terlambat" lists his own late step, its card naming the case though staff may not read the instance
        tasklist.login("staf1");
        tasklist.openFilter("Terlambat");
        assertThat(browser.read(() -> tasklist.taskCard(stafStep.getName()).getText())).contains("Perihal", "Triwulan IV 2026");
        assertThat(tasklist.taskNames()).containsExactly(stafStep.getName());
        browser.screenshot("staf1-terlambat");
        // and staff are not greeted by Camunda's end-of-life banner, in Tasklist nor on the welcome page
        awaitNoBanner();
        browser.get(LoginPage.appUrl(port, "welcome"));
        awaitNoBanner();
        browser.screenshot("staf1-welcome");
        browser.get(LoginPage.appUrl(port, "tasklist"));
        tasklist.logout();

        // then: the Sub Koordinator's "Terlambat" lists his own and his staff's late steps
        tasklist.login("subkoor");
        tasklist.openFilter("Terlambat");
        tasklist.taskCard(stafStep.getName());
        assertThat(tasklist.taskNames()).containsExactlyInAnyOrder(subkoorStep.getName(), stafStep.getName());
        assertThat(tasklist.dueDate(stafStep.getName())).matches("Batas waktu .+ yang lalu");
        browser.screenshot("subkoor-terlambat");
        tasklist.logout();

        // and the Kabag's lists every late step of both SOPs
        tasklist.login("kabag");
        tasklist.openFilter("Terlambat");
        tasklist.taskCard(stafStep.getName());
        assertThat(tasklist.taskNames()).containsExactlyInAnyOrder(kabagStep.getName(), subkoorStep.getName(), stafStep.getName());
        browser.screenshot("kabag-terlambat");
    }

    @Test
    void a_new_round_of_verification_starts_undecided_with_the_previous_notes_read_only() {
        // given: content sent back for revision, redesigned and handed over again
        Task firstRound = cases.before(SopStep.MEDIA_5A);
        taskService.complete(firstRound.getId(), Map.of("kontenDisetujui", false, "catatanVerifikasi", "Perbaiki ejaan nama desa."));
        String instance = firstRound.getProcessInstanceId();
        taskService.complete(cases.taskOf(instance).getId(), SopInputs.completing(SopStep.MEDIA_4));
        taskService.complete(cases.taskOf(instance).getId(), SopInputs.completing(SopStep.MEDIA_5));

        // when: the Sub Koordinator opens the second round
        tasklist.login("subkoor");
        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm form = tasklist.openTask(SopStep.MEDIA_5A.taskName());
        tasklist.claim();

        // then: no decision is chosen, and the first round's notes are shown, not editable
        assertThat(browser.driver.findElements(By.cssSelector(".task-details .fjs-container input[type=radio]:checked"))).isEmpty();
        assertThat(form.text()).contains("Catatan verifikasi sebelumnya", "Perbaiki ejaan nama desa.");
        assertThat(browser.driver.findElements(By.cssSelector(".task-details .fjs-container textarea")))
                .noneMatch(textarea -> textarea.getDomProperty("value").contains("Perbaiki ejaan"));
        browser.screenshot("verifikasi-putaran-2");
    }

    private void awaitNoBanner() {
        browser.waitUntil("no end-of-life banner shown", driver -> driver.findElements(By.cssSelector(".ce-eol-banner")).stream()
                .noneMatch(banner -> banner.isDisplayed()));
    }
}
