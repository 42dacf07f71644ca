package id.go.mojokertokab.prokopim.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import id.go.mojokertokab.prokopim.form.SubmissionRefused;

class InventarisasiPeralatanDokumentasiProcessTest extends SopProcessTest {

    @Test
    void happyPath_ends_at_selesai() {
        // given the Kabag starts an inventory round
        ProcessInstance instance = start(SopStep.Sop.INVENTARISASI);

        // when every role does its step
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_1.taskId);
        complete(task(instance), withVariables("disposisiKabag", "Segera inventarisasi."));
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_2.taskId);
        complete(task(instance), withVariables("stafPelaksana", "staf1", "disposisiSubkoor", "Cek semua."));
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_3.taskId);
        complete(task(instance), SopInputs.completing(SopStep.INVENTARIS_3));
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_4.taskId);
        complete(task(instance), SopInputs.completing(SopStep.INVENTARIS_4));

        // then the SOP ends with the equipment recorded
        assertThat(instance).isEnded().hasPassedInOrder(
                "StartEvent_InventarisasiDiminta",
                SopStep.INVENTARIS_1.taskId, SopStep.INVENTARIS_2.taskId,
                SopStep.INVENTARIS_3.taskId, SopStep.INVENTARIS_4.taskId,
                "EndEvent_Selesai");
        assertThat(instance).variables()
                .containsEntry("stafPelaksana", "staf1")
                .containsEntry("laporanInventarisasi", "Semua peralatan tercatat; drone rusak ringan.");
    }

    @Test
    void start_without_a_period_is_refused_and_nothing_starts() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(SopStep.Sop.INVENTARISASI.processKey).count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Periode inventarisasi» wajib diisi");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SopStep.Sop.INVENTARISASI.processKey)
                .count()).isEqualTo(before);
    }

    @Test
    void step2_subkoordinator_chooses_staff_who_becomes_assignee_of_steps_3_and_4() {
        // given step 2 offers the members of staf-dokpim
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_2, Map.of("periodeInventarisasi", "Triwulan IV 2026"));
        assertThat(task(instance)).hasCandidateGroup("subkoor-dokpim");
        SpinJsonNode options = (SpinJsonNode) taskService.getVariableLocal(task(instance).getId(), "daftarStaf");
        assertThat(options.elements().stream().map(option -> option.prop("value").stringValue()).toList())
                .containsExactly("staf2", "staf1");

        // when the Sub Koordinator picks staf2
        complete(task(instance), withVariables("stafPelaksana", "staf2", "disposisiSubkoor", "Cek semua."));

        // then both staff steps belong to staf2, and the staff group still sees them
        assertThat(task(instance)).hasDefinitionKey(SopStep.INVENTARIS_3.taskId).isAssignedTo("staf2");
        assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("staf-dokpim"));
        complete(task(instance), SopInputs.completing(SopStep.INVENTARIS_3));
        assertThat(task(instance)).hasDefinitionKey(SopStep.INVENTARIS_4.taskId).isAssignedTo("staf2");
        assertThat(instance).isActive();
    }

    @Test
    void step2_staff_outside_the_offered_list_is_refused_and_the_task_stays_open() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_2, Map.of("periodeInventarisasi", "Triwulan IV 2026"));
        Task step2 = task(instance);

        assertThatThrownBy(() -> taskService.complete(step2.getId(), Map.of("stafPelaksana", "kabag", "disposisiSubkoor", "Cek.")))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Staf Sub Dokpim yang ditugaskan»: 'kabag' bukan salah satu pilihan");
        assertThatThrownBy(() -> taskService.complete(step2.getId(), Map.of("stafPelaksana", "nobody", "disposisiSubkoor", "Cek.")))
                .isInstanceOf(SubmissionRefused.class);

        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_2.taskId);
        assertThat(instance).variables().doesNotContainKey("stafPelaksana");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void step2_staff_who_left_the_lane_since_the_list_was_offered_is_refused(CapturedOutput log) {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_2, Map.of("periodeInventarisasi", "Triwulan IV 2026"));
        Task step2 = task(instance);
        identityService.deleteMembership("staf2", "staf-dokpim");
        try {
            identityService.setAuthentication("subkoor", List.of("subkoor-dokpim"));

            assertThatThrownBy(() -> taskService.complete(step2.getId(), Map.of("stafPelaksana", "staf2", "disposisiSubkoor", "Cek.")))
                    .hasRootCauseInstanceOf(id.go.mojokertokab.prokopim.security.OfficeRefusal.class)
                    .hasRootCauseMessage("Agus Prasetyo (staf2) bukan anggota Staf Sub Dokpim, jadi tidak dapat menerima tugas '"
                            + SopStep.INVENTARIS_3.taskName() + "'.");
        } finally {
            identityService.clearAuthentication();
            identityService.createMembership("staf2", "staf-dokpim");
        }
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_2.taskId);
        // an expected refusal, answered to the caller: no error and stack trace in the log
        assertThat(log.getOut()).doesNotContain("ENGINE-16004", "bukan anggota");
    }

    @Test
    void step3_invalid_equipment_or_none_at_all_is_refused_with_every_problem_named() {
        // the Buku inventarisasi of these tests is empty: step 3 lists no registered item
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        String taskId = task(instance).getId();
        Object untouched = taskService.getVariable(taskId, "peralatanTakTerdaftar");
        assertThat(taskService.getVariable(taskId, "peralatan").toString()).isEqualTo("[]");

        SpinJsonNode invalid = Spin.JSON(List.of(Map.of("nama", "Kamera", "jumlah", -1, "kondisi", "Bagus")));
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("peralatanTakTerdaftar", invalid)))
                .isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("«Peralatan yang belum terdaftar» baris 1 (Kamera): «Jumlah» paling sedikit 0")
                .hasMessageContaining("«Kondisi»: 'Bagus' bukan salah satu pilihan (Baik; Rusak ringan; Rusak berat; Hilang)");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("peralatanTakTerdaftar", Spin.JSON(List.of()))))
                .rootCause().isInstanceOf(SubmissionRefused.class)
                .hasMessageContaining("belum ada peralatan yang diperiksa");
        assertThatThrownBy(() -> taskService.complete(taskId))
                .rootCause().hasMessageContaining("belum ada peralatan yang diperiksa");

        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_3.taskId);
        assertThat(taskService.getVariable(taskId, "peralatanTakTerdaftar").toString()).isEqualTo(untouched.toString());
    }
}
