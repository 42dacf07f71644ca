package id.go.mojokertokab.prokopim.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import id.go.mojokertokab.prokopim.identity.OfficeRole;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class PenyampaianInformasiMediaSosialProcessTest extends SopProcessTest {

    @Test
    void happyPath_ends_with_content_uploaded() {
        // given an agenda item of the Bupati
        ProcessInstance instance = start(SopStep.Sop.MEDIA_SOSIAL);

        // when every step is done in order and the content is approved at once
        for (SopStep step : new SopStep[] {SopStep.MEDIA_1, SopStep.MEDIA_2, SopStep.MEDIA_3, SopStep.MEDIA_4,
                SopStep.MEDIA_5, SopStep.MEDIA_5A, SopStep.MEDIA_6}) {
            assertThat(instance).isWaitingAtExactly(step.taskId);
            if (step.role == OfficeRole.STAF) {
                assertThat(task(instance)).isAssignedTo("staf1");
            } else {
                assertThat(task(instance)).hasCandidateGroup(step.role.groupId());
            }
            complete(task(instance), SopInputs.completing(step));
        }

        // then the content is online and its links are recorded
        assertThat(instance).isEnded().hasPassedInOrder(
                "StartEvent_AgendaKegiatan", SopStep.MEDIA_1.taskId, SopStep.MEDIA_2.taskId, SopStep.MEDIA_3.taskId,
                SopStep.MEDIA_4.taskId, SopStep.MEDIA_5.taskId, SopStep.MEDIA_5A.taskId, "Gateway_KontenDisetujui",
                SopStep.MEDIA_6.taskId, "EndEvent_KontenTerupload");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(SopStep.MEDIA_4.taskId).count()).as("designed once, never revised").isEqualTo(1);
        assertThat(instance).variables().containsEntry("tautanInstagram", "https://www.instagram.com/p/abc");
    }

    @Test
    void step3_chosen_staff_becomes_assignee_of_steps_4_5_and_6() {
        // given the Sub Koordinator divides the work and picks staf2 for the design
        ProcessInstance instance = startBefore(SopStep.MEDIA_3);
        complete(task(instance), withVariables("stafPelaksana", "staf2", "kanalMedia", SopInputs.before(SopStep.MEDIA_4).get("kanalMedia"),
                "rencanaKerja", "Desain: staf2."));

        // then every staff step of this instance is staf2's
        for (SopStep step : new SopStep[] {SopStep.MEDIA_4, SopStep.MEDIA_5}) {
            assertThat(task(instance)).hasDefinitionKey(step.taskId).isAssignedTo("staf2");
            assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
                    .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("staf-dokpim"));
            complete(task(instance), SopInputs.completing(step));
        }
        complete(task(instance), SopInputs.completing(SopStep.MEDIA_5A));
        assertThat(task(instance)).hasDefinitionKey(SopStep.MEDIA_6.taskId).isAssignedTo("staf2");
        assertThat(instance).isActive();
    }

    @Test
    void step5a_rejected_content_returns_to_design_with_the_reviewers_notes() {
        // given the design is handed over for verification
        ProcessInstance instance = startBefore(SopStep.MEDIA_5A);
        assertThat(task(instance)).hasCandidateGroup("subkoor-dokpim");

        // when the Sub Koordinator sends it back with notes
        complete(task(instance), withVariables("kontenDisetujui", false, "catatanVerifikasi", "Perbaiki ejaan nama desa."));

        // then the same staff member designs again and sees the notes
        assertThat(instance).isWaitingAtExactly(SopStep.MEDIA_4.taskId).hasPassed("Gateway_KontenDisetujui");
        assertThat(task(instance)).isAssignedTo("staf1");
        assertThat(taskService.getVariable(task(instance).getId(), "catatanVerifikasiSebelumnya")).isEqualTo("Perbaiki ejaan nama desa.");

        // and the next round of verification starts with no decision taken, the notes kept as the previous round's
        complete(task(instance), SopInputs.completing(SopStep.MEDIA_4));
        complete(task(instance), SopInputs.completing(SopStep.MEDIA_5));
        assertThat(task(instance)).hasDefinitionKey(SopStep.MEDIA_5A.taskId);
        assertThat(taskService.getVariables(task(instance).getId()))
                .doesNotContainKeys("kontenDisetujui", "catatanVerifikasi")
                .containsEntry("catatanVerifikasiSebelumnya", "Perbaiki ejaan nama desa.");

        // and after approval the content is uploaded
        complete(task(instance), withVariables("kontenDisetujui", true));
        assertThat(instance).isWaitingAtExactly(SopStep.MEDIA_6.taskId);
        complete(task(instance), SopInputs.completing(SopStep.MEDIA_6));
        assertThat(instance).isEnded();
    }

    @Override
    protected ProcessInstance startBefore(SopStep step) {
        Map<String, Object> earlier = SopInputs.before(step);
        if (step == SopStep.MEDIA_3) {
            earlier.remove("stafPelaksana");
        }
        return startBefore(step, earlier);
    }
}
