package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.form.SubmissionRefused;
import id.go.mojokertokab.prokopim.sla.SlaBreachListener;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;

/**
 * The nine-step test sheet, generated, deployed with its forms in the real engine under the
 * office's rules (every submission held to its step's form), walked to its end through the
 * decision loop, and late on a step measured in minutes and on one measured in working days.
 */
class GeneratedSopProcessTest extends SopProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final GeneratedSop sop = SopWriter.write(SopPlans.siaranPers());
    private String deploymentId;

    @BeforeEach
    void deployGeneratedModelAndForms() {
        DeploymentBuilder deployment = repositoryService.createDeployment().name("sopsheet-test")
                .addString(sop.bpmnFileName(), sop.bpmnXml());
        sop.forms().forEach(deployment::addString);
        deploymentId = deployment.deploy().getId();
    }

    @AfterEach
    void removeDeployment() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void walks_to_the_end_through_the_decision_loop() {
        // given a case started from the start form, named by its perihal
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(sop.plan().processKey(),
                Map.of("perihal", "Rapat koordinasi Bupati 3 Desember"));
        assertThat(instance.getBusinessKey()).isEqualTo("Rapat koordinasi Bupati 3 Desember");

        // when steps 1 to 4 are done, each by its role
        done(instance, "1", "kabag-prokopim");
        done(instance, "2", "subkoor-dokpim");
        done(instance, "3", "staf-dokpim");
        done(instance, "4", "staf-dokpim");

        // and step 5 finds the text not right once: back to step 4, with the Sub Koordinator's answer kept
        done(instance, "5", "subkoor-dokpim", "keputusanLangkah5", false);
        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("UserTask_Langkah4");
        done(instance, "4", "staf-dokpim");
        done(instance, "5", "subkoor-dokpim", "keputusanLangkah5", true);
        done(instance, "6", "kabag-prokopim");
        done(instance, "7", "staf-kompim");
        done(instance, "8", "staf-kompim");
        done(instance, "9", "subkoor-dokpim");

        // then the SOP ends, having passed every step and step 4 and 5 twice
        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("StartEvent_Mulai", "UserTask_Langkah1",
                "UserTask_Langkah2", "UserTask_Langkah3", "Gateway_UlangLangkah4", "UserTask_Langkah4", "UserTask_Langkah5",
                "Gateway_KeputusanLangkah5", "Gateway_UlangLangkah4", "UserTask_Langkah4", "UserTask_Langkah5",
                "Gateway_KeputusanLangkah5", "UserTask_Langkah6", "UserTask_Langkah7", "UserTask_Langkah8", "UserTask_Langkah9",
                "EndEvent_Selesai");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("UserTask_Langkah4").count()).isEqualTo(2);
        assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void a_step_without_its_output_or_answer_is_refused_and_stays_open() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(sop.plan().processKey())
                .startBeforeActivity("UserTask_Langkah5").setVariables(Map.of("perihal", "Rapat")).execute();
        Task step5 = taskOf(instance);

        assertThatThrownBy(() -> taskService.complete(step5.getId(), Map.of("hasilLangkah5", "Diperiksa")))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Apakah naskah sudah sesuai?» wajib diisi");
        assertThatThrownBy(() -> taskService.complete(step5.getId(), Map.of("keputusanLangkah5", true, "catatan", "x")))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Naskah diperiksa» wajib diisi")
                .hasMessageContaining("'catatan' bukan kolom formulir langkah ini");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(sop.plan().processKey()))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Perihal / agenda» wajib diisi");

        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("UserTask_Langkah5");
    }

    @Test
    void late_step_in_minutes_raises_a_breach_resolved_when_done() {
        // given step 1 waits with its 10 minute standard
        ClockUtil.setCurrentTime(new Date(1_795_000_000_000L));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(sop.plan().processKey(), Map.of("perihal", "Rapat"));
        Task lateTask = taskOf(instance);
        assertThat(job(instance).getDuedate()).isEqualTo(lateTask.getDueDate())
                .isEqualTo(new Date(1_795_000_000_000L + 10 * 60_000));

        // when it passes
        managementService.executeJob(job(instance).getId());

        // then the breach marks the task, which stays open, and ends when it is done
        Incident breach = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(breach.getIncidentType()).isEqualTo(SlaBreachListener.INCIDENT_TYPE);
        assertThat(breach.getConfiguration()).isEqualTo(lateTask.getId());
        assertThat(breach.getIncidentMessage()).isEqualTo("Melewati standar waktu 10 menit: langkah 1 Menugaskan Sub Koordinator "
                + "Dokpim untuk peliputan kegiatan pimpinan, Kabag Prokopim (SOP Penerbitan Siaran Pers Kegiatan Pimpinan); perihal Rapat");
        BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_Langkah1");
        taskService.complete(lateTask.getId(), Map.of("hasilLangkah1", "Disposisi"));
        HistoricIncident historic = historyService.createHistoricIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(historic.isResolved()).isTrue();
    }

    @Test
    void working_days_standard_skips_the_weekend_and_breaches_on_its_due_date() {
        // given step 8 (2 hari kerja) starts on Friday 4 December 2026, 14:30 WIB
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 14, 30, 0, 0, WIB);
        ClockUtil.setCurrentTime(Date.from(friday.toInstant()));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(sop.plan().processKey())
                .startBeforeActivity("UserTask_Langkah8").setVariables(Map.of("perihal", "Rapat")).execute();
        Task lateTask = taskOf(instance);

        // then it is due Tuesday at the same time, the task as its timer
        Date tuesday = Date.from(ZonedDateTime.of(2026, 12, 8, 14, 30, 0, 0, WIB).toInstant());
        assertThat(job(instance).getDuedate()).isEqualTo(tuesday);
        assertThat(lateTask.getDueDate()).isEqualTo(tuesday);

        // when it passes, the breach names the step
        managementService.executeJob(job(instance).getId());
        List<Incident> breaches = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list();
        assertThat(breaches).singleElement().satisfies(breach -> {
            assertThat(breach.getIncidentType()).isEqualTo(SlaBreachListener.INCIDENT_TYPE);
            assertThat(breach.getIncidentMessage()).startsWith("Melewati standar waktu 2 hari: langkah 8 Mengarsipkan siaran pers");
        });
    }

    private void done(ProcessInstance instance, String step, String group, Object... decision) {
        Task task = taskOf(instance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_Langkah" + step);
        BpmnAwareTests.assertThat(task).hasCandidateGroup(group);
        Map<String, Object> values = new HashMap<>();
        values.put("hasilLangkah" + step, "Hasil langkah " + step);
        for (int i = 0; i < decision.length; i += 2) {
            values.put((String) decision[i], decision[i + 1]);
        }
        taskService.complete(task.getId(), values);
    }
}
