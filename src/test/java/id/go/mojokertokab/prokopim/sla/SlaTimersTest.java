package id.go.mojokertokab.prokopim.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/** Every step's time standard, fired for real: the job executor is off, the test runs the timer job. */
class SlaTimersTest extends SopProcessTest {

    @BeforeEach
    void stopTheClock() {
        ClockUtil.setCurrentTime(new Date(1_795_000_000_000L));
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void breach_raises_one_incident_on_the_late_task_which_stays_open(SopStep step) {
        // given the step is waiting with its SLA timer
        ProcessInstance instance = startBefore(step);
        Task lateTask = taskOf(instance);
        assertThat(job(instance).getDuedate()).isEqualTo(lateTask.getDueDate());

        // when its standard passes
        execute(job(instance));

        // then exactly one slaBreach incident marks the late task, and the task is still open
        List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list();
        assertThat(incidents).hasSize(1);
        Incident incident = incidents.get(0);
        assertThat(incident.getIncidentType()).isEqualTo(SlaBreachListener.INCIDENT_TYPE);
        assertThat(incident.getExecutionId()).isEqualTo(lateTask.getExecutionId());
        assertThat(incident.getActivityId()).isEqualTo(step.taskId);
        assertThat(incident.getConfiguration()).isEqualTo(lateTask.getId());
        assertThat(incident.getIncidentMessage()).isEqualTo("Melewati standar waktu %s: langkah %s %s, %s (%s); perihal %s"
                .formatted(step.waktu, step.number, step.kegiatan, step.role.laneName(), step.sop.name, SopInputs.caseName(step.sop)));
        BpmnAwareTests.assertThat(instance).isWaitingAt(step.taskId);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();

        // when the task is done after all, the incident ends and history keeps it
        taskService.complete(lateTask.getId(), SopInputs.completing(step));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        HistoricIncident historic = historyService.createHistoricIncidentQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(historic.getIncidentType()).isEqualTo(SlaBreachListener.INCIDENT_TYPE);
        assertThat(historic.isResolved()).as("resolved by doing the work, not deleted").isTrue();
        assertThat(historic.getIncidentMessage()).isEqualTo(incident.getIncidentMessage());
    }

    @ParameterizedTest
    @EnumSource(SopStep.class)
    void task_completed_in_time_leaves_no_timer_and_no_incident(SopStep step) {
        ProcessInstance instance = startBefore(step);
        String timerId = job(instance).getId();

        taskService.complete(taskOf(instance).getId(), SopInputs.completing(step));

        assertThat(managementService.createJobQuery().jobId(timerId).count()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void two_tokens_in_one_step_breach_separately() {
        // given an administrator moved a second token into step 3 of the same instance
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        runtimeService.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(SopStep.INVENTARIS_3.taskId).execute();

        // when both timers fire
        managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()
                .forEach(timer -> managementService.executeJob(timer.getId()));

        // then each of the two tasks carries its own breach
        List<String> lateTasks = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list()
                .stream().map(Incident::getConfiguration).toList();
        List<String> openTasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list()
                .stream().map(Task::getId).toList();
        assertThat(lateTasks).containsExactlyInAnyOrderElementsOf(openTasks).hasSize(2);
    }

    @Test
    void a_reminder_at_a_date_of_the_case_is_no_standard_and_not_the_due_date() {
        // given a hand-made step with a reminder at the event's date (a literal here, an expression by hand) and a working-day standard elsewhere
        Date tanggalAcara = new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L);
        String tanggalAcaraIso = java.time.format.DateTimeFormatter.ISO_INSTANT.format(tanggalAcara.toInstant());
        BpmnModelInstance model = Bpmn.createExecutableProcess("pengingatAcara").name("Pengingat acara")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("UserTask_SiapkanAcara").name("1. Menyiapkan acara")
                .boundaryEvent("BoundaryEvent_PengingatAcara").cancelActivity(false).timerWithDate(tanggalAcaraIso)
                .endEvent()
                .moveToActivity("UserTask_SiapkanAcara")
                .userTask("UserTask_LaporkanAcara").name("2. Melaporkan acara")
                .boundaryEvent("BoundaryEvent_SlaLaporkanAcara").cancelActivity(false)
                .timerWithDate("${hariKerja.setelah(1)}")
                .endEvent()
                .moveToActivity("UserTask_LaporkanAcara")
                .endEvent()
                .done();
        String deployment = repositoryService.createDeployment().addModelInstance("pengingat-acara.bpmn", model)
                .deploy().getId();
        try {
            // when a case starts
            ProcessInstance instance = runtimeService.startProcessInstanceByKey("pengingatAcara");

            // then the reminder fires at its date but gives the task no due date, and is not a standard
            Task first = taskOf(instance);
            assertThat(first.getDueDate()).isNull();
            assertThat(job(instance).getDuedate()).isEqualTo(tanggalAcara);
            assertThat(SlaBreach.isSlaTimer(model.<BoundaryEvent>getModelElementById("BoundaryEvent_PengingatAcara")))
                    .isFalse();
            assertThat(SlaBreach.ofStep(model.getModelElementById("UserTask_SiapkanAcara"))).isEmpty();

            // and the working-day standard of the next step still is one, with its due date
            taskService.complete(first.getId());
            Task second = taskOf(instance);
            assertThat(second.getDueDate()).isEqualTo(job(instance).getDuedate()).isNotNull();
            assertThat(SlaBreach.ofStep(model.getModelElementById("UserTask_LaporkanAcara")))
                    .map(SlaBreach::standardWording).contains("1 hari kerja");
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }
}
