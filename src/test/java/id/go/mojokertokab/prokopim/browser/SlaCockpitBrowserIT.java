package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import id.go.mojokertokab.prokopim.sla.SlaBreachListener;

/**
 * The Cockpit plugin "SLA SOP" (app/cockpit/scripts/sla-monitor.js) in a real browser: a step
 * left open past its standard shows on the dashboard, in the process definition's tab and on
 * the diagram, for the Kabag, who may only read. Time runs at 1/100, so the 10-minute standard
 * of step 1 is breached after 6 seconds; the job executor is on, so the timer fires by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"prokopim.sla.time-scale=0.01", "camunda.bpm.job-execution.enabled=true"})
class SlaCockpitBrowserIT {

    private static final String INVENTARIS = "inventarisasiPeralatanDokumentasi";
    private static final String STEP_1 = "UserTask_MenugaskanSubkoordinator";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void step1_left_open_shows_as_breach_on_dashboard_tab_and_diagram() throws Exception {
        try (Browser browser = Browser.open(getClass().getSimpleName())) {
            // tall enough for the diagram's badges to be legible in the README's screenshot
            browser.driver.manage().window().setSize(new Dimension(1400, 1300));
            // given: the Kabag starts an inventory and leaves step 1 open past its standard
            Map<?, ?> instance = startInventoryAsKabag();
            String instanceId = instance.get("id").toString();
            String definitionId = instance.get("definitionId").toString();
            Incident breach = awaitBreach(instanceId);
            assertThat(breach.getActivityId()).isEqualTo(STEP_1);

            // when: the Kabag logs into Cockpit
            logIn(browser, "kabag");

            // then: the dashboard lists the open breach, with its step and role
            WebElement row = browser.waitUntil(driver -> driver.findElement(By.xpath(
                    "//table[contains(@class,'sla-open-breaches')]//tr[.//a[contains(@href,'" + instanceId + "')]]")));
            assertThat(row.findElement(By.cssSelector(".sla-step")).getText()).isEqualTo("1");
            assertThat(row.findElement(By.cssSelector(".sla-role")).getText()).isEqualTo("Kabag Prokopim");
            browser.waitUntil(driver -> driver.findElement(By.cssSelector(
                    ".sla-dashboard table.sla-figures tr[data-activity-id='" + STEP_1 + "']")));
            scrollToTop(browser, browser.find(By.cssSelector(".sla-dashboard")));
            browser.screenshot("dashboard");

            // and: the definition's "SLA SOP" tab counts one task of step 1, breached
            browser.get(cockpit() + "#/process-definition/" + definitionId + "/runtime");
            browser.click(browser.waitUntil(driver -> driver.findElement(By.linkText("SLA SOP"))));
            WebElement step1 = browser.waitUntil(driver -> driver.findElement(By.cssSelector(
                    ".sla-definition-tab table.sla-figures tr[data-activity-id='" + STEP_1 + "']")));
            assertThat(step1.findElement(By.cssSelector(".sla-step")).getText()).isEqualTo("1");
            assertThat(step1.findElement(By.cssSelector(".sla-tasks")).getText()).isEqualTo("1");
            assertThat(step1.findElement(By.cssSelector(".sla-breaches")).getText()).isEqualTo("1");
            assertThat(step1.findElement(By.cssSelector(".sla-compliance")).getText()).isEqualTo("0.0 %");

            // and: the diagram's badge on step 1 shows the open breach in red
            // (the overlay appears first and is filled once the plugin's REST calls return)
            WebElement open = browser.waitUntil(driver -> {
                WebElement badge = driver.findElement(By.cssSelector(
                        ".sla-overlay[data-activity-id='" + STEP_1 + "'] .sla-overlay-open"));
                return badge.getText().isEmpty() ? null : badge;
            });
            assertThat(open.getText()).isEqualTo("1 terbuka");
            assertThat(open.getAttribute("class")).contains("badge-important");
            browser.screenshot("process-definition");
        }
    }

    private Map<?, ?> startInventoryAsKabag() {
        ResponseEntity<Map> response = http.withBasicAuth("kabag", "kabag").postForEntity(
                "/engine-rest/process-definition/key/" + INVENTARIS + "/start",
                Map.of("variables", Map.of("periodeInventarisasi", Map.of("value", "Triwulan IV"))), Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("start: %s", response).isTrue();
        return response.getBody();
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

    private void logIn(Browser browser, String user) {
        browser.get(cockpit());
        browser.waitUntil(driver -> driver.findElement(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
        browser.find(By.cssSelector("input[ng-model='password']")).sendKeys(user + Keys.ENTER);
    }

    private String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }

    private static void scrollToTop(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }
}
