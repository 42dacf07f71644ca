package id.go.mojokertokab.prokopim.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import id.go.mojokertokab.prokopim.identity.OfficeRole;
import id.go.mojokertokab.prokopim.sop.SopInputs;
import id.go.mojokertokab.prokopim.sop.SopProcessTest;
import id.go.mojokertokab.prokopim.sop.SopStep;

/**
 * Supervisors see their team's work, as the lanes' "atasan" property says: the Sub Koordinator
 * his staff's steps, the Kabag everything; nobody sees upwards, and seeing is not working.
 */
class SupervisionTest extends SopProcessTest {

    @Test
    void a_staff_step_is_read_by_the_sub_koordinator_and_the_kabag_only_while_it_is_open() {
        ProcessInstance instance = startBefore(SopStep.INVENTARIS_3);
        Task step3 = taskOf(instance);

        assertThat(readersOf(step3)).contains(OfficeRole.SUBKOOR.groupId(), OfficeRole.KABAG.groupId());
        assertThat(visibleTo(OfficeRole.SUBKOOR, step3)).isTrue();
        assertThat(visibleTo(OfficeRole.KABAG, step3)).isTrue();

        taskService.complete(step3.getId(), SopInputs.completing(SopStep.INVENTARIS_3));
        assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(step3.getId()).count())
                .isZero();
    }

    @Test
    void a_sub_koordinator_step_is_read_by_the_kabag_and_not_by_staff() {
        Task step2 = taskOf(startBefore(SopStep.MEDIA_3));

        assertThat(visibleTo(OfficeRole.KABAG, step2)).isTrue();
        assertThat(visibleTo(OfficeRole.STAF, step2)).isFalse();
    }

    @Test
    void nobody_below_sees_the_kabags_steps() {
        Task step1 = taskOf(startBefore(SopStep.MEDIA_1));

        assertThat(visibleTo(OfficeRole.SUBKOOR, step1)).isFalse();
        assertThat(visibleTo(OfficeRole.STAF, step1)).isFalse();
    }

    @Test
    void the_sub_koordinators_late_list_holds_his_staffs_late_step() {
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - 2 * 3_600_000L));
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));
        ClockUtil.reset();

        identityService.setAuthentication("subkoor", List.of(OfficeRole.SUBKOOR.groupId()));
        List<Task> late = taskService.createTaskQuery().dueBefore(new Date()).list();
        identityService.clearAuthentication();

        assertThat(late).extracting(Task::getId).contains(step3.getId());
    }

    @Test
    void seeing_a_staff_step_does_not_let_the_sub_koordinator_work_it() {
        Task step3 = taskOf(startBefore(SopStep.INVENTARIS_3));

        identityService.setAuthentication("subkoor", List.of(OfficeRole.SUBKOOR.groupId()));
        assertThatThrownBy(() -> taskService.claim(step3.getId(), "subkoor")).isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(step3.getId()).singleResult().getAssignee()).isEqualTo("staf1");
    }

    private boolean visibleTo(OfficeRole role, Task task) {
        identityService.setAuthentication("someone-of-" + role.groupId(), List.of(role.groupId()));
        try {
            return taskService.createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> readersOf(Task task) {
        return authorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
                .stream().map(Authorization::getGroupId).toList();
    }

    private org.camunda.bpm.engine.AuthorizationService authorizationService() {
        return processEngine.getAuthorizationService();
    }
}
