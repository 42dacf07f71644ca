package id.go.mojokertokab.prokopim.sop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class InventarisasiPeralatanDokumentasiProcessTest {

    private static final String KEY = SopStep.Sop.INVENTARISASI.processKey;

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void happyPath_ends_at_selesai() {
        // given the Kabag starts an inventory round
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY,
                Map.of("periodeInventarisasi", "Triwulan IV 2026"));

        // when every role does its step
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_1.taskId);
        complete(task(instance), withVariables("disposisiKabag", "Segera inventarisasi."));
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_2.taskId);
        complete(task(instance), withVariables("stafPelaksana", "staf1", "disposisiSubkoor", "Cek semua."));
        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_3.taskId);
        complete(task(instance), withVariables("peralatan", SopInputs.checkedEquipment()));
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
    void step2_subkoordinator_chooses_staff_who_becomes_assignee_of_steps_3_and_4() {
        // given step 2 offers the members of staf-dokpim
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_2);
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
        complete(task(instance), withVariables("peralatan", SopInputs.checkedEquipment()));
        assertThat(task(instance)).hasDefinitionKey(SopStep.INVENTARIS_4.taskId).isAssignedTo("staf2");
        assertThat(instance).isActive();
    }

    @Test
    void step2_unknown_staff_is_refused_and_the_task_stays_open() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_2);
        Task step2 = task(instance);

        assertThatThrownBy(() -> taskService.complete(step2.getId(), Map.of("stafPelaksana", "kabag")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Staf pelaksana 'kabag' bukan anggota Staf Sub Dokpim");
        assertThatThrownBy(() -> taskService.complete(step2.getId(), Map.of("stafPelaksana", "nobody")))
                .hasRootCauseInstanceOf(FormFieldValidationException.class);

        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_2.taskId);
        assertThat(instance).variables().doesNotContainKey("stafPelaksana");
    }

    @Test
    void step3_starts_from_the_configured_equipment_list() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);

        SpinJsonNode peralatan = (SpinJsonNode) taskService.getVariable(task(instance).getId(), "peralatan");

        assertThat(peralatan.elements().stream().map(row -> row.prop("nama").stringValue()).toList())
                .containsExactly("Kamera", "Drone", "Peralatan Studio dan Audio", "Komputer Grafis");
        assertThat(peralatan.elements().get(0).prop("kondisi").isNull()).isTrue();
    }

    @Test
    void step3_unchecked_or_invalid_equipment_is_refused_with_every_problem_named() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        String taskId = task(instance).getId();

        // the untouched pre-filled list has no quantities or conditions yet
        assertThatThrownBy(() -> taskService.complete(taskId))
                .hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("baris 1 (Kamera): jumlah harus bilangan bulat 0 atau lebih")
                .hasMessageContaining("baris 4 (Komputer Grafis): kondisi harus salah satu dari");
        SpinJsonNode invalid = Spin.JSON(List.of(Map.of("nama", "Kamera", "jumlah", -1, "kondisi", "Bagus")));
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("peralatan", invalid)))
                .hasRootCauseInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("jumlah harus bilangan bulat")
                .hasMessageContaining("kondisi harus salah satu dari");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("peralatan", Spin.JSON(List.of()))))
                .hasMessageContaining("Daftar peralatan wajib diisi");

        assertThat(instance).isWaitingAtExactly(SopStep.INVENTARIS_3.taskId);
    }

    private ProcessInstance startBefore(SopStep step) {
        return runtimeService.createProcessInstanceByKey(KEY)
                .startBeforeActivity(step.taskId)
                .setVariables(step == SopStep.INVENTARIS_2 ? Map.of() : SopInputs.before(step))
                .execute();
    }
}
