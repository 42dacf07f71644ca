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
 * The test sheet (src/test/resources/sopsheet/sop-uji-pelayanan-dokumentasi.md: four roles, nine
 * steps), read, checked and generated, deployed with its forms in the real engine under the
 * office's rules (every submission held to its step's form), walked to its end through the
 * decision loop, and late on a step measured in minutes and on one measured in working days.
 */
class GeneratedSopProcessTest extends SopProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final GeneratedSop sop = SopWriter.write(SopPlans.pelayananDokumentasi());
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

        // when steps 1 to 5 are done, each by its role
        done(instance, "1", "kabag-prokopim");
        done(instance, "2", "subkoor-dokpim");
        done(instance, "3", "staf-dokpim");
        done(instance, "4", "staf-dokpim");
        done(instance, "5", "staf-dokpim");

        // and step 6 finds the result not right once: back to step 5
        done(instance, "6", "subkoor-dokpim", "keputusanLangkah6", false);
        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("UserTask_Langkah5");
        done(instance, "5", "staf-dokpim");
        done(instance, "6", "subkoor-dokpim", "keputusanLangkah6", true);
        done(instance, "7", "kabag-prokopim");
        done(instance, "8", "staf-dokpim");
        done(instance, "9", "pengelola-arsip");

        // then the SOP ends, having passed every step and steps 5 and 6 twice
        BpmnAwareTests.assertThat(instance).isEnded().hasPassedInOrder("StartEvent_Mulai", "UserTask_Langkah1",
                "UserTask_Langkah2", "UserTask_Langkah3", "UserTask_Langkah4", "Gateway_UlangLangkah5", "UserTask_Langkah5",
                "UserTask_Langkah6", "Gateway_KeputusanLangkah6", "Gateway_UlangLangkah5", "UserTask_Langkah5", "UserTask_Langkah6",
                "Gateway_KeputusanLangkah6", "UserTask_Langkah7", "UserTask_Langkah8", "UserTask_Langkah9", "EndEvent_Selesai");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("UserTask_Langkah5").count()).isEqualTo(2);
        assertThat(historyService.createHistoricIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void a_step_without_its_output_or_answer_is_refused_and_stays_open() {
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(sop.plan().processKey())
                .startBeforeActivity("UserTask_Langkah6").setVariables(Map.of("perihal", "Rapat")).execute();
        Task step6 = taskOf(instance);

        assertThatThrownBy(() -> taskService.complete(step6.getId(), Map.of("hasilLangkah6", "Diperiksa")))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Apakah hasil dokumentasi sesuai?» wajib diisi");
        assertThatThrownBy(() -> taskService.complete(step6.getId(), Map.of("keputusanLangkah6", true, "catatan", "x")))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Hasil dokumentasi terverifikasi» wajib diisi")
                .hasMessageContaining("'catatan' bukan kolom formulir langkah ini");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(sop.plan().processKey()))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Perihal / agenda» wajib diisi");

        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("UserTask_Langkah6");
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
        assertThat(breach.getIncidentMessage()).isEqualTo("Melewati standar waktu 10 menit: langkah 1 Mendisposisikan pelayanan "
                + "dokumentasi kegiatan pimpinan kepada Sub Koordinator Dokpim, Kabag Prokopim (SOP Pelayanan Dokumentasi Tugas Pimpinan); "
                + "perihal Rapat");
        BpmnAwareTests.assertThat(instance).isWaitingAt("UserTask_Langkah1");
        taskService.complete(lateTask.getId(), Map.of("hasilLangkah1", "Disposisi"));
        HistoricIncident historic = historyService.createHistoricIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(historic.isResolved()).isTrue();
    }

    @Test
    void working_days_standard_skips_the_weekend_and_breaches_on_its_due_date() {
        // given step 9 (1 hari kerja) starts on Friday 4 December 2026, 14:30 WIB
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 14, 30, 0, 0, WIB);
        ClockUtil.setCurrentTime(Date.from(friday.toInstant()));
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(sop.plan().processKey())
                .startBeforeActivity("UserTask_Langkah9").setVariables(Map.of("perihal", "Rapat")).execute();
        Task lateTask = taskOf(instance);

        // then it is due Monday at the same time, the task as its timer
        Date monday = Date.from(ZonedDateTime.of(2026, 12, 7, 14, 30, 0, 0, WIB).toInstant());
        assertThat(job(instance).getDuedate()).isEqualTo(monday);
        assertThat(lateTask.getDueDate()).isEqualTo(monday);

        // when it passes, the breach marks the step's task
        managementService.executeJob(job(instance).getId());
        List<Incident> breaches = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).list();
        assertThat(breaches).singleElement().satisfies(breach -> {
            assertThat(breach.getIncidentType()).isEqualTo(SlaBreachListener.INCIDENT_TYPE);
            assertThat(breach.getConfiguration()).isEqualTo(lateTask.getId());
            assertThat(breach.getIncidentMessage()).startsWith("Melewati standar waktu 1 hari kerja: langkah 9 Mengarsipkan foto dan video");
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
