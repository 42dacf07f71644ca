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
 * What a staff member may not reach, tried in the browser as {@code staf1}: Cockpit and Admin
 * refuse the login (and, once logged into Tasklist, the pages themselves), and the Kabag's tasks,
 * one waiting for the Kabag's group and one the Kabag has claimed, both past their standard,
 * never appear in staf1's filters "Tugas saya", "Tugas kelompok saya" and "Terlambat", nor open
 * from a link. staf1's own step 3, listed in the same filters, shows the lists did load. Time
 * runs at 1/1000, so every standard here is missed within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "prokopim.sla.time-scale=0.001")
class StafBoundariesBrowserIT extends BrowserJourney {

    private static final String LOGIN_REFUSED =
            "Gagal masuk: Anda tidak memiliki hak akses ke aplikasi ini; hubungi administrator.";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;


    @Test
    void staf1_cannot_open_cockpit_or_admin_and_never_sees_the_kabags_tasks() {
        // given: two Kabag tasks, one open to the Kabag's group, one claimed by the Kabag, and
        // staf1's own step 3 of another inventory; all three past their standard within seconds
        Task groupTask = cases.taskOf(cases.start(SopStep.Sop.INVENTARISASI, SopInputs.starting(SopStep.Sop.INVENTARISASI)));
        Task claimedTask = cases.taskOf(cases.start(SopStep.Sop.MEDIA_SOSIAL, SopInputs.agenda()));
        taskService.claim(claimedTask.getId(), "kabag");
        String ownInstance = cases.start(SopStep.Sop.INVENTARISASI, SopInputs.starting(SopStep.Sop.INVENTARISASI));
        taskService.complete(cases.taskOf(ownInstance).getId(), SopInputs.completing(SopStep.INVENTARIS_1));
        taskService.complete(cases.taskOf(ownInstance).getId(), SopInputs.completing(SopStep.INVENTARIS_2));
        Task ownTask = cases.taskOf(ownInstance);
        assertThat(ownTask.getAssignee()).isEqualTo("staf1");
        List<String> kabagTasks = List.of(groupTask.getName(), claimedTask.getName());
        String ownStep = SopStep.INVENTARIS_3.taskName();

        // the Kabag's tasks are there and overdue: the Kabag's "Terlambat" lists both
        cases.awaitOverdue(browser, groupTask, claimedTask);
        tasklist.login("kabag");
        tasklist.openFilter("Terlambat");
        kabagTasks.forEach(tasklist::taskCard);
        assertThat(tasklist.taskNames()).contains(kabagTasks.toArray(String[]::new));
        browser.screenshot("kabag-terlambat");
        tasklist.logout();

        // when: staf1 logs into Cockpit, then into Admin, the login is refused and no page opens
        for (String app : List.of("cockpit", "admin")) {
            LoginPage login = new LoginPage(browser, port, app).open();
            login.signIn("staf1");
            assertThat(login.refusal()).isEqualTo(LOGIN_REFUSED);
            assertThat(login.isShown()).isTrue();
            assertThat(browser.driver.getCurrentUrl()).endsWith("#/login");
            assertThat(browser.driver.findElements(By.cssSelector("[cam-widget-header] .account, .ctn-view.dashboard"))).isEmpty();
            browser.screenshot(app + "-refused");
        }

        // then: in Tasklist, "Tugas saya" lists staf1's step 3 and none of the Kabag's tasks
        cases.awaitOverdue(browser, ownTask);
        tasklist.login("staf1");
        tasklist.openFilter("Tugas saya");
        tasklist.taskCard(ownStep);
        assertThat(tasklist.taskNames()).containsExactly(ownStep);
        browser.screenshot("staf1-tugas-saya");

        // "Tugas kelompok saya" lists nothing: staf1's group has no unclaimed task
        tasklist.openFilter("Tugas kelompok saya");
        assertThat(tasklist.waitUntilListEmpty()).isEqualTo("Tidak ditemukan tugas yang sesuai dengan filter.");
        assertThat(tasklist.taskNames()).isEmpty();
        browser.screenshot("staf1-tugas-kelompok");

        // "Terlambat" lists staf1's own late step 3, and none of the Kabag's late tasks
        tasklist.openFilter("Terlambat");
        assertThat(tasklist.dueDate(ownStep)).matches("Batas waktu .+ yang lalu");
        assertThat(tasklist.taskNames()).containsExactly(ownStep);
        browser.screenshot("staf1-terlambat");

        // a link to the Kabag's task opens nothing: Tasklist says the task does not exist
        tasklist.openTaskLink(groupTask.getId());
        assertThat(tasklist.error()).isEqualTo("Tugas ini sudah tidak ada: Tugas mungkin sudah diselesaikan, atau bukan tugas bagian Anda.");
        assertThat(tasklist.isTaskOpen()).isFalse();
        assertThat(tasklist.taskNames()).doesNotContainAnyElementsOf(kabagTasks);
        browser.screenshot("staf1-link-kabag-task");

        // logged into Tasklist, staf1 is still refused Cockpit and Admin: the server answers 403,
        // with the office's Indonesian error page
        for (String app : List.of("cockpit", "admin")) {
            browser.get(LoginPage.appUrl(port, app));
            browser.waitUntil("the refusal of " + app, driver -> driver.findElement(By.tagName("h1")).getText().equals("Akses ditolak"));
            assertThat(browser.driver.findElements(By.cssSelector("[cam-widget-header], .ctn-view.dashboard"))).isEmpty();
            browser.screenshot(app + "-forbidden");
        }
    }
}
