package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * The SLA report against a history built here with known times (in January 2025, away from every
 * other test's data): every figure is worked out by hand below.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportTest {

    static final Instant T0 = Instant.parse("2025-01-06T01:00:00Z");
    static final String KEY = SopStep.Sop.INVENTARISASI.processKey;

    @Autowired
    SlaReport report;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @BeforeAll
    void buildHistory() {
        // I1: step 1 done in 4 min, step 2 in 2 min, then cancelled at step 3
        ProcessInstance i1 = startAt(SopStep.INVENTARIS_1, T0);
        complete(i1, SopStep.INVENTARIS_1, T0.plus(minutes(4)));
        complete(i1, SopStep.INVENTARIS_2, T0.plus(minutes(6)));
        runtimeService.deleteProcessInstance(i1.getId(), "test");
        // I2: step 1 in 6 min, step 2 in 1 min, cancelled at step 3
        ProcessInstance i2 = startAt(SopStep.INVENTARIS_1, T0.plus(minutes(60)));
        complete(i2, SopStep.INVENTARIS_1, T0.plus(minutes(66)));
        complete(i2, SopStep.INVENTARIS_2, T0.plus(minutes(67)));
        runtimeService.deleteProcessInstance(i2.getId(), "test");
        // I3: step 1 breaches its 10 minutes, done after 20; cancelled at step 2
        ProcessInstance i3 = startAt(SopStep.INVENTARIS_1, T0.plus(minutes(120)));
        breach(i3, T0.plus(minutes(130)));
        complete(i3, SopStep.INVENTARIS_1, T0.plus(minutes(140)));
        runtimeService.deleteProcessInstance(i3.getId(), "test");
        // I4: step 1 breaches and is still open
        ProcessInstance i4 = startAt(SopStep.INVENTARIS_1, T0.plus(minutes(180)));
        breach(i4, T0.plus(minutes(190)));
        // I5: step 3 open, in time
        startAt(SopStep.INVENTARIS_3, T0.plus(minutes(240)));
        // outside the period: a day before, and exactly at its (exclusive) end
        ProcessInstance before = startAt(SopStep.INVENTARIS_1, T0.minus(Duration.ofDays(1)));
        complete(before, SopStep.INVENTARIS_1, T0.minus(Duration.ofDays(1)).plus(minutes(1)));
        startAt(SopStep.INVENTARIS_1, T0.plus(Duration.ofDays(1)));
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void figures_per_step_over_the_period() {
        SlaReport.Report figures = report.of(KEY, T0, T0.plus(Duration.ofDays(1)));

        assertThat(figures.name()).isEqualTo("SOP Inventarisasi Peralatan Dokumentasi");
        assertThat(figures.steps()).extracting(SlaReport.StepFigures::step).containsExactly("1", "2", "3", "4");
        assertThat(figures.steps()).extracting(SlaReport.StepFigures::standard).containsExactly("PT10M", "PT10M", "PT1H", "PT30M");
        assertThat(figures.steps().get(2).role()).isEqualTo("Staf Sub Dokpim");
        // step 1: I1..I4; I3 and I4 breached; completed in 240, 360 and 1200 s
        assertStep(figures, 0, 4, 2, 50.0, 360.0, 1200.0);
        // step 2: I1 (120 s), I2 (60 s), I3 (cancelled)
        assertStep(figures, 1, 3, 0, 100.0, 90.0, 120.0);
        // step 3: I1 and I2 cancelled, I5 open: no completed task
        assertStep(figures, 2, 3, 0, 100.0, null, null);
        // step 4: never reached
        assertStep(figures, 3, 0, 0, null, null, null);
    }

    @Test
    void an_empty_period_has_no_tasks() {
        SlaReport.Report figures = report.of(KEY, T0.plus(Duration.ofDays(10)), T0.plus(Duration.ofDays(11)));

        assertThat(figures.steps()).hasSize(4).allSatisfy(step -> {
            assertThat(step.tasks()).isZero();
            assertThat(step.breaches()).isZero();
            assertThat(step.compliancePercent()).isNull();
            assertThat(step.medianSeconds()).isNull();
        });
    }

    @Test
    void the_media_sop_lists_its_seven_steps_in_sop_order_and_an_unknown_sop_has_no_report() {
        assertThat(report.of(SopStep.Sop.MEDIA_SOSIAL.processKey, T0, T0.plus(Duration.ofDays(1))).steps())
                .extracting(SlaReport.StepFigures::step).containsExactly("1", "2", "3", "4", "5", "5a", "6");
        assertThat(report.of("tidakAda", T0, T0.plus(Duration.ofDays(1)))).isNull();
    }

    @Test
    void median_and_p90_follow_the_documented_definitions() {
        assertThat(SlaReport.median(java.util.List.of(1.0, 2.0, 10.0))).isEqualTo(2.0);
        assertThat(SlaReport.median(java.util.List.of(1.0, 2.0, 3.0, 10.0))).isEqualTo(2.5);
        assertThat(SlaReport.nearestRank(java.util.List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0), 0.9)).isEqualTo(9.0);
        assertThat(SlaReport.nearestRank(java.util.List.of(7.0), 0.9)).isEqualTo(7.0);
    }

    private static void assertStep(SlaReport.Report figures, int index, long tasks, long breaches,
            Double compliance, Double median, Double p90) {
        SlaReport.StepFigures step = figures.steps().get(index);
        assertThat(step.tasks()).as("tasks of step " + step.step()).isEqualTo(tasks);
        assertThat(step.breaches()).as("breaches of step " + step.step()).isEqualTo(breaches);
        assertThat(step.compliancePercent()).as("compliance of step " + step.step()).isEqualTo(compliance);
        assertThat(step.medianSeconds()).as("median of step " + step.step()).isEqualTo(median);
        assertThat(step.p90Seconds()).as("p90 of step " + step.step()).isEqualTo(p90);
    }

    private ProcessInstance startAt(SopStep step, Instant when) {
        ClockUtil.setCurrentTime(Date.from(when));
        return runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(step.taskId)
                .setVariables(SopInputs.before(step)).execute();
    }

    private void complete(ProcessInstance instance, SopStep step, Instant when) {
        ClockUtil.setCurrentTime(Date.from(when));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step.taskId).singleResult().getId();
        taskService.complete(taskId, SopInputs.completing(step));
    }

    private void breach(ProcessInstance instance, Instant when) {
        ClockUtil.setCurrentTime(Date.from(when));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult().getId());
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

}
