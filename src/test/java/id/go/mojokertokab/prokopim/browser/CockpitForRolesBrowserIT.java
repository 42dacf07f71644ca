package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Cockpit and Admin as the office's roles see them in the Indonesian browser (WIB), with one
 * inventory whose step 1 missed its standard: the Kabag and the Sub Koordinator read everything
 * in Indonesian, without an error and without actions the engine would refuse them; the
 * administrator keeps every action and alone sees Camunda's end-of-life notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitForRolesBrowserIT extends BrowserJourney {

    private static final SopStep STEP_1 = SopStep.INVENTARIS_1;
    private static final String DATE_TIME = "\\d{2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \\d{4} \\d{2}:\\d{2}";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    String instanceId;
    Incident breach;

    @BeforeEach
    void inventoryWithBreachedStep1() {
        identityService.setAuthentication("kabag", List.of("kabag-prokopim"));
        try {
            instanceId = runtimeService.startProcessInstanceByKey(STEP_1.sop.processKey,
                    Map.of("periodeInventarisasi", "Triwulan IV 2026")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult().getId());
        breach = runtimeService.createIncidentQuery().processInstanceId(instanceId)
                .incidentType(SlaBreachListener.INCIDENT_TYPE).singleResult();
    }

    /** One folder per role, e.g. target/screenshots/CockpitForRolesBrowserIT/kabag. */
    @Override
    String screenshotFolder(TestInfo test) {
        String role = test.getTestMethod().orElseThrow().getName().startsWith("administrator") ? "admin" : test.getDisplayName();
        return getClass().getSimpleName() + "/" + role;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kabag", "subkoor"})
    void supervisor_reads_the_breach_in_indonesian_without_errors_or_refused_actions(String user) {
        // given: the supervisor in Cockpit
        Cockpit cockpit = new Cockpit(browser, port, "cockpit").login(user);
        browser.screenshot(user + "-dashboard");
        assertThat(cockpit.isShown(Cockpit.EOL_BANNER)).as("the end-of-life banner").isFalse();

        // when: he opens the instance with the breach
        cockpit.openInstance(instanceId);

        // then: in Indonesian, with none of the actions the engine would refuse him
        assertThat(cockpit.breadcrumbs()).endsWith(": Berjalan").doesNotContain("Runtime");
        assertThat(cockpit.visibleToolbarActions()).isZero();
        assertThat(cockpit.visibleTableHeaders()).contains("Nama", "Nilai").doesNotContain("Actions", "Tindakan");
        assertThat(cockpit.detailValues()).contains(instanceId, "–").doesNotContain("null");
        browser.screenshot(user + "-variables");

        // and: the "Insiden" tab names the breach, its date in WIB the office's way, its message whole
        cockpit.follow("Insiden");
        WebElement row = browser.waitUntil("the breach in the Insiden tab", driver -> driver.findElement(By.xpath(
                "//table[contains(@class,'incidents-tab')]/tbody/tr[td[normalize-space(.)='Pelanggaran standar waktu']]")));
        assertThat(row.findElement(By.cssSelector("td.timestamp")).getText().trim()).matches(DATE_TIME);
        WebElement message = row.findElement(By.cssSelector("td.message .auto-cutoff"));
        assertThat(message.getText().trim()).isEqualTo(breach.getIncidentMessage());
        assertThat(cockpit.showsWhole(message)).as("the whole message is visible").isTrue();
        assertThat(cockpit.visibleTableHeaders()).doesNotContain("Tindakan");
        browser.screenshot(user + "-incident");

        // and: the definition offers no action either: no toolbar, no job definition to suspend, no pencil
        cockpit.open("#/process-definition/" + breach.getProcessDefinitionId() + "/runtime");
        browser.waitUntil("the definition's tabs", driver -> driver.findElement(By.linkText("Definisi job")).isDisplayed());
        assertThat(cockpit.visibleToolbarActions()).isZero();
        cockpit.follow("Definisi job");
        browser.waitUntil("the job definitions", driver -> driver.findElement(By.xpath(
                "//table//td[contains(normalize-space(.),'" + STEP_1.taskId + "') or contains(normalize-space(.),'Standar waktu')]")));
        assertThat(cockpit.visibleTableHeaders()).doesNotContain("Tindakan");
        assertThat(cockpit.isShown(By.cssSelector(".edit-toggle"))).as("a pencil").isFalse();
        browser.screenshot(user + "-definition");

        // and: the instance's user tasks, the "Tugas manusia" page and back on the dashboard: no error
        cockpit.openInstance(instanceId);
        cockpit.follow("Tugas pengguna");
        assertThat(cockpit.errorToasts()).isEmpty();
        cockpit.follow("Tugas manusia");
        assertThat(cockpit.errorToasts()).isEmpty();
        browser.screenshot(user + "-tugas-manusia");
        cockpit.open("#/dashboard");
        assertThat(cockpit.errorToasts()).isEmpty();
    }

    @Test
    void administrator_keeps_every_action_and_reads_the_end_of_life_notice() {
        // given: the administrator in Cockpit
        Cockpit cockpit = new Cockpit(browser, port, "cockpit").login("admin");

        // then: Camunda's end-of-life notice in Indonesian, its link whole in the 1400 px window
        WebElement banner = browser.waitUntil("the end-of-life notice", driver -> driver.findElement(Cockpit.EOL_BANNER));
        assertThat(banner.getText()).startsWith("Camunda 7.24 adalah rilis Community Edition terakhir");
        assertThat(cockpit.showsWhole(banner.findElement(By.tagName("a")))).as("the notice's link is whole").isTrue();
        browser.screenshot("admin-dashboard");

        // and: on the instance every action, and the incident's "Tindakan" column
        cockpit.openInstance(instanceId);
        assertThat(cockpit.visibleToolbarActions()).isPositive();
        cockpit.follow("Insiden");
        browser.waitUntil("the breach in the Insiden tab", driver -> driver.findElement(By.xpath(
                "//table[contains(@class,'incidents-tab')]//td[normalize-space(.)='Pelanggaran standar waktu']")));
        assertThat(cockpit.visibleTableHeaders()).contains("Tindakan");
        browser.screenshot("admin-incident");

        // and: the task counts per group, which only he may read
        cockpit.follow("Tugas manusia");
        browser.waitUntil("the task counts per group", driver -> driver.findElement(By.id("task-group-counts")).isDisplayed());
        assertThat(cockpit.errorToasts()).isEmpty();

        // and: the same notice in Admin
        Cockpit admin = new Cockpit(browser, port, "admin");
        admin.open("#/");
        assertThat(browser.waitUntil("the notice in Admin", driver -> driver.findElement(Cockpit.EOL_BANNER)).getText())
                .startsWith("Camunda 7.24 adalah rilis Community Edition terakhir");
        browser.screenshot("admin-admin");
    }
}
