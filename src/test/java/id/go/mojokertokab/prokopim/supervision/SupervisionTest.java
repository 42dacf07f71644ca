package id.go.mojokertokab.prokopim.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
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

    private static final String NESTED_LANES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_NestedLanes" targetNamespace="test">
              <bpmn:process id="nestedLanes" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:laneSet id="LaneSet_Outer">
                  <bpmn:lane id="Lane_Parent" name="Parent">
                    <bpmn:extensionElements>
                      <camunda:properties><camunda:property name="atasan" value="kabag-prokopim, staf-dokpim" /></camunda:properties>
                    </bpmn:extensionElements>
                    <bpmn:flowNodeRef>Task_Nested</bpmn:flowNodeRef>
                    <bpmn:childLaneSet id="LaneSet_Inner">
                      <bpmn:lane id="Lane_Child" name="Child">
                        <bpmn:extensionElements>
                          <camunda:properties>
                            <camunda:property name="atasan" value="kabag-prokopim,kabag-prokopim, subkoor-dokpim" />
                          </camunda:properties>
                        </bpmn:extensionElements>
                        <bpmn:flowNodeRef>Task_Nested</bpmn:flowNodeRef>
                      </bpmn:lane>
                    </bpmn:childLaneSet>
                  </bpmn:lane>
                </bpmn:laneSet>
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Nested" />
                <bpmn:userTask id="Task_Nested" name="Tugas" camunda:candidateGroups="staf-dokpim" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Nested" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;

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
    void a_group_named_by_nested_lanes_or_twice_is_granted_once_and_candidates_get_no_second_grant() {
        String deployment = repositoryService.createDeployment().addString("nested-lanes.bpmn", NESTED_LANES).deploy().getId();
        try {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey("nestedLanes");
            Task task = taskOf(instance);

            // the child lane names kabag twice and subkoor, the parent lane kabag again and the task's own candidate group
            assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list())
                    .extracting(Authorization::getGroupId)
                    .containsExactlyInAnyOrder(OfficeRole.STAF.groupId(), OfficeRole.SUBKOOR.groupId(), OfficeRole.KABAG.groupId());
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
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
        assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(step3.getId())
                .groupIdIn(OfficeRole.SUBKOOR.groupId()).singleResult().getPermissions(Permissions.values()))
                .containsExactlyInAnyOrder(Permissions.NONE, Permissions.READ);

        identityService.setAuthentication("subkoor", List.of(OfficeRole.SUBKOOR.groupId()));
        assertThatThrownBy(() -> taskService.claim(step3.getId(), "subkoor")).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.complete(step3.getId(), SopInputs.completing(SopStep.INVENTARIS_3)))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setVariable(step3.getId(), "peralatan", "diubah"))
                .isInstanceOf(AuthorizationException.class);
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
