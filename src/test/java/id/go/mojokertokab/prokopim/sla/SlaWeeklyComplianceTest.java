package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

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
 * The weekly compliance and the breaches per step, against a history placed in known ISO weeks of
 * June 2024 (WIB), away from every other test's data. Every figure is worked out by hand below.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaWeeklyComplianceTest {

    static final String KEY = SopStep.Sop.INVENTARISASI.processKey;
    /** The office's days 1 to 30 June 2024: 30 June is a Sunday, the last day of week 26. */
    static final Instant FROM = Instant.parse("2024-05-31T17:00:00Z");
    static final Instant TO = Instant.parse("2024-06-30T17:00:00Z");

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
        // week 24 (10-16 June): two tasks of step 1, one of them breached; each completion creates a
        // task of step 2 (in time, still open): four tasks, one breach
        ProcessInstance a = startAt(SopStep.INVENTARIS_1, "2024-06-10T01:00:00Z");
        complete(a, SopStep.INVENTARIS_1, "2024-06-10T01:05:00Z");
        ProcessInstance b = startAt(SopStep.INVENTARIS_1, "2024-06-12T02:00:00Z");
        breach(b, "2024-06-12T02:10:00Z");
        complete(b, SopStep.INVENTARIS_1, "2024-06-12T02:30:00Z");
        // week 25 (17-23 June): one step 3, in time; it started at 23:30 WIB on Sunday 23 June (16:30 UTC)
        startAt(SopStep.INVENTARIS_3, "2024-06-23T16:30:00Z");
        // week 26: Monday 24 June 06:30 WIB is still Sunday in UTC; step 2 breached
        ProcessInstance c = startAt(SopStep.INVENTARIS_2, "2024-06-23T23:30:00Z");
        breach(c, "2024-06-23T23:40:00Z");
        // before the period, week 22 (in the chart's twelve weeks, not in the period's figures): step 1
        // and the step 2 its completion creates
        ProcessInstance d = startAt(SopStep.INVENTARIS_1, "2024-05-28T03:00:00Z");
        complete(d, SopStep.INVENTARIS_1, "2024-05-28T03:01:00Z");
        ClockUtil.reset();
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void twelve_iso_weeks_in_wib_end_with_the_periods_last_day() {
        List<SlaReport.WeekFigures> weeks = report.of(KEY, FROM, TO).weeks();

        assertThat(weeks).hasSize(12);
        assertThat(weeks).extracting(SlaReport.WeekFigures::week).startsWith("2024-W15").endsWith("2024-W26");
        assertThat(weeks.get(11)).extracting(SlaReport.WeekFigures::label, SlaReport.WeekFigures::firstDay,
                SlaReport.WeekFigures::lastDay).containsExactly("Mg 26", "24-06-2024", "30-06-2024");
        assertWeek(weeks, "2024-W22", 2, 0, 100.0, "100,0 %");
        assertWeek(weeks, "2024-W24", 4, 1, 75.0, "75,0 %");
        assertWeek(weeks, "2024-W25", 1, 0, 100.0, "100,0 %");
        assertWeek(weeks, "2024-W26", 1, 1, 0.0, "0,0 %");
        assertWeek(weeks, "2024-W23", 0, 0, null, "–");
        assertThat(weeks.stream().mapToLong(SlaReport.WeekFigures::tasks).sum()).isEqualTo(8);
    }

    @Test
    void breaches_per_step_over_the_period_with_their_texts() {
        SlaReport.Report june = report.of(KEY, FROM, TO);

        assertThat(june.steps()).extracting(SlaReport.StepFigures::step, SlaReport.StepFigures::tasks,
                SlaReport.StepFigures::breaches)
                .containsExactly(tuple("1", 2L, 1L), tuple("2", 3L, 1L), tuple("3", 1L, 0L), tuple("4", 0L, 0L));
        SlaReport.StepFigures step1 = june.steps().get(0);
        // step 1: 2 tasks in June (the one of May is outside), done in 5 and 30 minutes
        assertThat(step1.tasks()).isEqualTo(2);
        assertThat(step1.standardText()).isEqualTo("10 menit");
        assertThat(step1.complianceText()).isEqualTo("50,0 %");
        assertThat(step1.medianText()).isEqualTo("17 menit 30 detik");
        assertThat(step1.p90Text()).isEqualTo("30 menit");
        assertThat(june.steps().get(2).standardText()).isEqualTo("1 jam");
        assertThat(june.steps().get(2).medianText()).isEqualTo("–");
    }

    @Test
    void a_period_that_ends_midweek_ends_its_last_week_there() {
        // to = Wednesday 12 June 00:00 WIB: a's two tasks are before it, b's (12 June 09:00 WIB) after
        List<SlaReport.WeekFigures> weeks = report.of(KEY, FROM, Instant.parse("2024-06-11T17:00:00Z")).weeks();

        assertThat(weeks.get(11)).extracting(SlaReport.WeekFigures::week, SlaReport.WeekFigures::firstDay,
                SlaReport.WeekFigures::lastDay).containsExactly("2024-W24", "10-06-2024", "11-06-2024");
        assertWeek(weeks, "2024-W24", 2, 0, 100.0, "100,0 %");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static void assertWeek(List<SlaReport.WeekFigures> weeks, String week, long tasks, long breaches,
            Double compliance, String text) {
        SlaReport.WeekFigures found = weeks.stream().filter(each -> each.week().equals(week)).findFirst().orElseThrow();
        assertThat(found.tasks()).as("tasks of " + week).isEqualTo(tasks);
        assertThat(found.breaches()).as("breaches of " + week).isEqualTo(breaches);
        assertThat(found.compliancePercent()).as("compliance of " + week).isEqualTo(compliance);
        assertThat(found.complianceText()).as("compliance text of " + week).isEqualTo(text);
    }

    private ProcessInstance startAt(SopStep step, String when) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(when)));
        return runtimeService.createProcessInstanceByKey(KEY).startBeforeActivity(step.taskId)
                .setVariables(SopInputs.before(step)).execute();
    }

    private void complete(ProcessInstance instance, SopStep step, String when) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(when)));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step.taskId).singleResult().getId();
        taskService.complete(taskId, SopInputs.completing(step));
    }

    private void breach(ProcessInstance instance, String when) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(when)));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .timers().singleResult().getId());
    }
}
