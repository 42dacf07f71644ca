package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * A missed standard, end to end in a real browser: the Kabag starts an inventory in Tasklist and
 * leaves step 1 open past its 10 minutes. Tasklist lists it under "Terlambat", due "… yang lalu"
 * (… ago); in Cockpit the Kabag, who may only read, finds the {@code slaBreach} incident with
 * its Indonesian type and message, and the plugin "SLA SOP" (app/cockpit/scripts/sla-monitor.js) counts it
 * on the dashboard, in the process definition's tab and on the diagram. Time runs at 1/100, so
 * the standard is missed after 6 seconds; the job executor is on, so the timer fires by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prokopim.sla.time-scale=0.01", "camunda.bpm.job-execution.enabled=true"})
class SlaCockpitBrowserIT extends BrowserJourney {

    private static final SopStep STEP_1 = SopStep.INVENTARIS_1;
    private static final String BREACH_MESSAGE = "Melewati standar waktu 10 menit: langkah 1 Menugaskan Sub Koordinator"
            + " Dokpim untuk inventarisasi peralatan dokumentasi, Kabag Prokopim (SOP Inventarisasi Peralatan Dokumentasi);"
            + " perihal Triwulan IV 2026";
    /** How Cockpit names the {@code slaBreach} incident type (app/cockpit/scripts/office-cockpit.js). */
    private static final String BREACH_TYPE = "Pelanggaran standar waktu";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void step1_left_open_is_overdue_in_tasklist_and_a_breach_in_cockpit() {
        // given: the Kabag starts an inventory in Tasklist and finds step 1, due in seconds at this scale
        Date beforeStart = new Date();
        tasklist.login("kabag");
        tasklist.startProcess(STEP_1.sop.name).fill("Periode inventarisasi", "Triwulan IV 2026");
        browser.screenshot("start-form");
        tasklist.start();
        String instanceId = startedInstance(beforeStart).getId();
        tasklist.openFilter("Tugas kelompok saya");
        assertThat(tasklist.dueDate(STEP_1.taskName())).startsWith("Batas waktu ");
        // the card names the case by its period
        assertThat(browser.read(() -> tasklist.taskCard(STEP_1.taskName()).getText())).contains("Perihal", "Triwulan IV 2026");
        browser.screenshot("kabag-group-tasks");
        tasklist.openTask(STEP_1.taskName());
        tasklist.claim();
        tasklist.logout();

        // when: the step is left open past its standard
        Incident breach = awaitBreach(instanceId);
        assertThat(breach.getActivityId()).isEqualTo(STEP_1.taskId);
        assertThat(breach.getIncidentMessage()).isEqualTo(BREACH_MESSAGE);

        // then: back in Tasklist, "Terlambat" lists it, its due date "… yang lalu" (… ago)
        tasklist.login("kabag");
        tasklist.openFilter("Terlambat");
        assertThat(tasklist.dueDate(STEP_1.taskName())).matches("Batas waktu .+ yang lalu");
        assertThat(tasklist.taskNames()).containsExactly(STEP_1.taskName());
        browser.screenshot("terlambat");
        tasklist.openTask(STEP_1.taskName());
        browser.screenshot("terlambat-task");
        tasklist.logout();

        // and: in Cockpit the dashboard's "SLA SOP" lists the open breach, with its step and role
        // wide enough for an incident message, tall enough for the diagram's badges to be legible
        browser.driver.manage().window().setSize(new Dimension(1600, 1300));
        LoginPage cockpit = new LoginPage(browser, port, "cockpit").open();
        browser.screenshot("cockpit-login");
        cockpit.signIn("kabag");
        WebElement row = browser.waitUntil("the open breach on the dashboard", driver -> driver.findElement(By.xpath(
                "//table[contains(@class,'sla-open-breaches')]//tr[.//a[contains(@href,'" + instanceId + "')]]")));
        assertThat(row.findElement(By.cssSelector(".sla-step")).getText()).isEqualTo("1");
        assertThat(row.findElement(By.cssSelector(".sla-role")).getText()).isEqualTo("Kabag Prokopim");
        assertThat(row.findElement(By.cssSelector(".sla-case")).getText()).isEqualTo("Triwulan IV 2026");
        assertThat(row.findElement(By.cssSelector(".sla-assignee")).getText()).isEqualTo("Sri Wahyuni (kabag)");
        assertThat(row.findElement(By.cssSelector(".sla-late")).getText()).matches("\\d+ (detik|menit)( \\d+ detik)?");
        WebElement inventory = browser.waitUntil(driver -> driver.findElement(By.cssSelector(
                ".sla-dashboard section.sla-sop-section[data-process='" + STEP_1.sop.processKey + "']")));
        // the table still shows the figures the server computed and worded
        WebElement figures = inventory.findElement(By.cssSelector("table.sla-figures tr[data-activity-id='" + STEP_1.taskId + "']"));
        assertThat(figures.findElement(By.cssSelector(".sla-standard")).getText()).isEqualTo("10 menit");
        assertThat(figures.findElement(By.cssSelector(".sla-tasks")).getText()).isEqualTo("1");
        assertThat(figures.findElement(By.cssSelector(".sla-compliance")).getText()).isEqualTo("0,0 %");
        // and beside it the two charts: this week's one task breached; one breach, on step 1
        assertCharts(inventory);
        scrollToTop(browser.find(By.cssSelector(".sla-dashboard")));
        browser.screenshot("dashboard");
        browser.scrollIntoView(inventory.findElement(By.cssSelector(".sla-charts")));
        browser.screenshot("dashboard-charts");

        // and: following the row's link to the instance, its "Insiden" tab shows the breach and its message
        browser.click(row.findElement(By.cssSelector("a[href*='" + instanceId + "']")));
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText("Insiden"))));
        WebElement incident = browser.waitUntil("the incident in the Insiden tab", driver -> driver.findElement(By.xpath(
                "//table[contains(@class,'incidents-tab')]/tbody/tr[td[normalize-space(.)='" + BREACH_TYPE + "']]")));
        WebElement message = incident.findElement(By.cssSelector("td.message .auto-cutoff"));
        assertThat(message.getDomProperty("textContent").strip()).isEqualTo(BREACH_MESSAGE);
        assertThat(incident.getText()).contains(STEP_1.taskName());
        // the message wraps in its own column, nothing of it cut off (app/cockpit/scripts/office-cockpit.css)
        browser.scrollIntoView(incident);
        assertThat(new Cockpit(browser, port, "cockpit").showsWhole(message)).as("the whole message is visible").isTrue();
        browser.screenshot("breach");

        // and: the definition's "SLA SOP" tab counts one task of step 1, breached
        browser.click(browser.find(By.linkText(STEP_1.sop.name)));
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText("SLA SOP"))));
        WebElement step1 = browser.waitUntil(driver -> driver.findElement(By.cssSelector(
                ".sla-definition-tab table.sla-figures tr[data-activity-id='" + STEP_1.taskId + "']")));
        assertThat(step1.findElement(By.cssSelector(".sla-step")).getText()).isEqualTo("1");
        assertThat(step1.findElement(By.cssSelector(".sla-tasks")).getText()).isEqualTo("1");
        assertThat(step1.findElement(By.cssSelector(".sla-breaches")).getText()).isEqualTo("1");
        assertThat(step1.findElement(By.cssSelector(".sla-compliance")).getText()).isEqualTo("0,0 %");
        assertCharts(browser.find(By.cssSelector(".sla-definition-tab")));

        // and: the diagram's badge on step 1 shows the open breach in red
        // (the overlay appears first and is filled once the plugin's REST calls return)
        WebElement open = browser.waitUntil(driver -> {
            WebElement badge = driver.findElement(By.cssSelector(
                    ".sla-overlay[data-activity-id='" + STEP_1.taskId + "'] .sla-overlay-open"));
            return badge.getText().isEmpty() ? null : badge;
        });
        assertThat(open.getText()).isEqualTo("1 terbuka");
        assertThat(open.getDomAttribute("class")).contains("badge-important");
        browser.screenshot("process-definition");

        // and: the definition's list of instances names the case by its business key
        browser.click(browser.waitUntil(ExpectedConditions.elementToBeClickable(By.linkText("Instans proses"))));
        browser.waitUntil("the case's name in the instance list", driver -> driver.findElement(By.xpath(
                "//table//tr[.//a[contains(@href,'" + instanceId + "')]]/td[normalize-space(.)='Triwulan IV 2026']")));
    }

    /**
     * The SOP's charts as plain SVG: twelve weekly points, the last (this week) at 0,0 % with its
     * title, and one bar per SLA step, only step 1's with a breach and a height.
     */
    private void assertCharts(WebElement section) {
        WebElement weekly = section.findElement(By.cssSelector(".sla-weekly-chart svg"));
        assertThat(weekly.findElement(By.tagName("title")).getDomProperty("textContent"))
                .isEqualTo("Kepatuhan per minggu — " + STEP_1.sop.name);
        List<WebElement> points = weekly.findElements(By.cssSelector("circle.sla-week-point"));
        assertThat(points).hasSize(12);
        WebElement thisWeek = points.get(11);
        assertThat(thisWeek.getDomAttribute("data-compliance")).isEqualTo("0,0 %");
        assertThat(thisWeek.findElement(By.tagName("title")).getDomProperty("textContent"))
                .contains("kepatuhan 0,0 %, 1 tugas, 1 pelanggaran");
        assertThat(points.subList(0, 11)).allSatisfy(point -> assertThat(point.getDomAttribute("class")).contains("sla-week-empty"));

        WebElement breaches = section.findElement(By.cssSelector(".sla-breaches-chart svg"));
        assertThat(breaches.findElement(By.tagName("title")).getDomProperty("textContent"))
                .isEqualTo("Pelanggaran per langkah — " + STEP_1.sop.name);
        List<WebElement> bars = breaches.findElements(By.cssSelector("g.sla-step-bar"));
        assertThat(bars).extracting(bar -> bar.getDomAttribute("data-breaches")).containsExactly("1", "0", "0", "0");
        assertThat(bars.get(0).getDomAttribute("data-activity-id")).isEqualTo(STEP_1.taskId);
        assertThat(Double.parseDouble(bars.get(0).findElement(By.tagName("rect")).getDomAttribute("height"))).isPositive();
        assertThat(Double.parseDouble(bars.get(1).findElement(By.tagName("rect")).getDomAttribute("height"))).isZero();
        assertThat(bars.get(0).findElement(By.tagName("title")).getDomProperty("textContent"))
                .isEqualTo("Langkah 1 (" + STEP_1.kegiatan + "): 1 pelanggaran dari 1 tugas");
    }

    private HistoricProcessInstance startedInstance(Date after) {
        return browser.waitUntil("the started instance", driver -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(STEP_1.sop.processKey).startedBy("kabag").startedAfter(after).singleResult());
    }

    /** Polls the engine until the step's timer has raised its breach (6 s at this time scale). */
    private Incident awaitBreach(String instanceId) {
        return new FluentWait<>(runtimeService)
                .withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(250))
                .withMessage("no " + SlaBreachListener.INCIDENT_TYPE + " incident on instance " + instanceId)
                .until(engine -> engine.createIncidentQuery()
                        .processInstanceId(instanceId)
                        .incidentType(SlaBreachListener.INCIDENT_TYPE)
                        .singleResult());
    }

    private void scrollToTop(WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
