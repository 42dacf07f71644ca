package id.go.mojokertokab.prokopim.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.mojokertokab.prokopim.sla.OpenBreaches;
import id.go.mojokertokab.prokopim.sla.SlaReport;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;

/**
 * A standard of "1 hari kerja" as the record, the open breaches and the SLA report show it: in
 * working days, and late only after the task's due date, which skips the weekend.
 */
class WorkingDayRecordTest extends SopProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String KEY = "arsipHariKerja";

    @Autowired
    private CaseRecords records;
    @Autowired
    private OpenBreaches openBreaches;
    @Autowired
    private SlaReport slaReport;
    private String deploymentId;

    @BeforeEach
    void deployOneWorkingDayStep() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("SOP Arsip Hari Kerja").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_Arsipkan").name("1. Mengarsipkan berkas")
                .boundaryEvent("BoundaryEvent_SlaArsipkan").cancelActivity(false).timerWithDate("${hariKerja.setelah(1)}")
                .camundaExecutionListenerDelegateExpression("start", "${slaBreachListener}")
                .endEvent()
                .moveToActivity("UserTask_Arsipkan")
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().addModelInstance("arsip-hari-kerja.bpmn", model).deploy().getId();
    }

    @AfterEach
    void removeDeployment() {
        repositoryService.deleteDeployment(deploymentId, true);
        ClockUtil.reset();
    }

    @Test
    void a_step_started_friday_afternoon_and_done_monday_morning_is_on_time() {
        // given the step starts Friday 15:00 WIB
        at(2026, 12, 4, 15, 0);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);

        // when it is done Monday 10:00, before its due date Monday 15:00
        at(2026, 12, 7, 10, 0);
        taskService.complete(taskOf(instance).getId());

        // then the record shows the standard in working days and nothing over it
        CaseRecord.StepRecord step = records.of(instance.getId()).steps().get(0);
        assertThat(step.standardText()).isEqualTo("1 hari kerja");
        assertThat(step.overSeconds()).isNull();
        assertThat(step.overText()).isNull();
    }

    @Test
    void a_late_step_is_late_from_its_due_date_wherever_it_is_shown() {
        // given the step starts Friday 15:00 WIB and its standard passes Monday 15:00
        Instant friday = at(2026, 12, 4, 15, 0);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);
        at(2026, 12, 7, 15, 0);
        managementService.executeJob(job(instance).getId());

        // when an hour later the breach is open
        at(2026, 12, 7, 16, 0);
        List<OpenBreaches.OpenBreach> open = openBreaches.of(List.of(KEY), key -> true);

        // then it is one hour late against "1 hari kerja", not three days
        assertThat(open).singleElement().satisfies(breach -> {
            assertThat(breach.standardText()).isEqualTo("1 hari kerja");
            assertThat(breach.lateness()).isEqualTo("1 jam");
        });

        // and done at 16:30, the record says 1 jam 30 menit over 1 hari kerja
        at(2026, 12, 7, 16, 30);
        taskService.complete(taskOf(instance).getId());
        CaseRecord.StepRecord step = records.of(instance.getId()).steps().get(0);
        assertThat(step.standardText()).isEqualTo("1 hari kerja");
        assertThat(step.breached()).isTrue();
        assertThat(step.overText()).isEqualTo("1 jam 30 menit");
        assertThat(step.overSeconds()).isEqualTo(5_400L);

        // and the SLA report words the step's standard the same way
        assertThat(slaReport.of(KEY, friday, friday.plusSeconds(7 * 24 * 3600)).steps())
                .singleElement().extracting(SlaReport.StepFigures::standardText).isEqualTo("1 hari kerja");
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        Instant time = ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WIB).toInstant();
        ClockUtil.setCurrentTime(Date.from(time));
        return time;
    }
}
