package id.go.mojokertokab.prokopim.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * What Tasklist shows when the server refuses a step the form itself let through: the server's
 * reason, in Indonesian, through Tasklist's own API (not a "server error"), and the step stays open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusalsInTasklistBrowserIT extends BrowserJourney {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void agusIsStaffAgain() {
        if (identityService.createUserQuery().userId("staf2").memberOfGroup("staf-dokpim").count() == 0) {
            identityService.createMembership("staf2", "staf-dokpim");
        }
    }

    @Test
    void a_staff_member_who_left_the_lane_meanwhile_cannot_be_given_the_work() {
        // given the Sub Koordinator has step 2 open, with Agus (staf2) among the staff offered
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(SopStep.Sop.INVENTARISASI.processKey)
                .startBeforeActivity(SopStep.INVENTARIS_2.taskId)
                .setVariables(SopInputs.starting(SopStep.Sop.INVENTARISASI)).execute();
        tasklist.login("subkoor");
        tasklist.openFilter("Tugas kelompok saya");
        CamundaForm step2 = tasklist.openTask(SopStep.INVENTARIS_2.taskName());
        tasklist.claim();
        step2.select("Staf Sub Dokpim yang ditugaskan", "Agus Prasetyo (staf2)");
        step2.fill("Disposisi kepada staf", "Cek semua alat.");

        // when Agus leaves Staf Sub Dokpim before the Sub Koordinator presses Selesaikan
        identityService.deleteMembership("staf2", "staf-dokpim");
        tasklist.pressComplete();

        // then Tasklist shows why, in Indonesian, and step 2 is still the Sub Koordinator's
        String error = tasklist.error();
        browser.screenshot("refused-staff-left-lane");
        assertThat(error).contains("Agus Prasetyo (staf2) bukan anggota Staf Sub Dokpim, jadi tidak dapat menerima tugas '3.")
                .doesNotContain("Exception", "500", "Internal");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(SopStep.INVENTARIS_2.taskId);
    }
}
