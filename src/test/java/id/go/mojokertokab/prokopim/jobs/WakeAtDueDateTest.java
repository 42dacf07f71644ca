package id.go.mojokertokab.prokopim.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The job executor polls only once a minute here, so a breach recorded within a second of its
 * deadline was woken by the plugin, not found by a poll.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.wait-time-in-millis=60000",
        "camunda.bpm.job-execution.max-wait=60000",
        // "10 menit" lasts 3 s
        "prokopim.sla.time-scale=0.005"})
class WakeAtDueDateTest {

    private static final Duration PROMPTLY = Duration.ofMillis(1000);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    WakeAtDueDatePlugin plugin;

    @Test
    void a_new_tasks_standard_is_recorded_as_missed_at_its_deadline_not_at_the_next_poll() throws InterruptedException {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SopStep.INVENTARIS_1.sop.processKey,
                SopInputs.starting(SopStep.INVENTARIS_1.sop));
        Date deadline = timerOf(instance).getDuedate();
        assertThat(plugin.alarm().setAt()).isBeforeOrEqualTo(deadline.toInstant());

        Incident breach = awaitBreach(instance, deadline.toInstant().plusSeconds(10));

        assertThat(Duration.between(deadline.toInstant(), breach.getIncidentTimestamp().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(PROMPTLY);
    }

    @Test
    void a_due_date_moved_earlier_wakes_the_job_executor_at_the_new_one() throws InterruptedException {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(SopStep.INVENTARIS_1.sop.processKey,
                SopInputs.starting(SopStep.INVENTARIS_1.sop));
        Job timer = timerOf(instance);
        Instant sooner = Instant.now().plusMillis(1500);
        managementService.setJobDuedate(timer.getId(), Date.from(sooner));
        assertThat(timer.getDuedate().toInstant()).isAfter(sooner);

        Incident breach = awaitBreach(instance, sooner.plusSeconds(10));

        assertThat(Duration.between(sooner, breach.getIncidentTimestamp().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(PROMPTLY);
    }

    private Job timerOf(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private Incident awaitBreach(ProcessInstance instance, Instant giveUp) throws InterruptedException {
        while (Instant.now().isBefore(giveUp)) {
            Incident breach = runtimeService.createIncidentQuery().processInstanceId(instance.getId())
                    .incidentType(SlaBreachListener.INCIDENT_TYPE).singleResult();
            if (breach != null) {
                return breach;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no breach recorded by " + giveUp + " (the next poll is a minute away)");
    }
}
