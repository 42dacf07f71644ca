package id.go.mojokertokab.prokopim.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.ParseListeners;

/**
 * A task belongs to its lane: its assignee must be a member of one of its candidate groups,
 * however the assignee is set (a claim, an administrator's assignment, or an expression such as
 * {@code ${stafPelaksana}} when the previous step completes). Camunda alone would let a step's
 * data name a Kabag as the next step's assignee, handing that person a task of another lane.
 * A task listener, so the rule holds for every way a task is assigned; administrators, and the
 * engine itself (no authenticated user), are not restricted. The rules on who may act on a task
 * are in {@link TaskRules}.
 */
@Component
public class TaskGuards extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener assigneeFromTheLane = task -> refuseAssigneesOutsideTheLane(task, configuration);
        ParseListeners.addAfterCamundas(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigneeFromTheLane);
            }
        });
    }

    private static void refuseAssigneesOutsideTheLane(DelegateTask task, ProcessEngineConfigurationImpl configuration) {
        String assignee = task.getAssignee();
        List<String> laneGroups = task.getCandidates().stream()
                .map(candidate -> candidate.getGroupId()).filter(Objects::nonNull).toList();
        if (assignee == null || laneGroups.isEmpty() || Caller.of(Context.getCommandContext()).unrestricted()) {
            return;
        }
        // the caller may not read users (staff may not), yet the rule must hold for every caller
        IdentityService identity = configuration.getIdentityService();
        boolean inLane = Context.getCommandContext().runWithoutAuthorization(() -> laneGroups.stream()
                .anyMatch(group -> identity.createUserQuery().userId(assignee).memberOfGroup(group).count() > 0));
        if (!inLane) {
            String lane = Context.getCommandContext().runWithoutAuthorization(() -> laneGroups.stream()
                    .map(group -> identity.createGroupQuery().groupId(group).singleResult())
                    .map(group -> group == null || group.getName() == null ? "" : group.getName())
                    .filter(name -> !name.isEmpty()).findFirst().orElse(String.join(", ", laneGroups)));
            Authentication current = identity.getCurrentAuthentication();
            throw new OfficeRefusal(current == null ? null : current.getUserId(), List.of(),
                    TaskRules.nameOf(Context.getCommandContext(), assignee) + " bukan anggota " + lane
                            + ", jadi tidak dapat menerima tugas '" + task.getName() + "'.");
        }
    }
}
