package id.go.mojokertokab.prokopim.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
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

/**
 * Two rules of the office that Camunda's task permissions alone do not express, added to every
 * user task. Administrators, and the engine itself (no authenticated user), are not restricted.
 * <ul>
 * <li>A task belongs to its lane: its assignee must be a member of one of its candidate groups.
 * Camunda would let a Kabag claim a task "for" a staff member, or a step's form data name a
 * Kabag as the next step's assignee, handing that person a task of another lane.</li>
 * <li>Only the assignee completes a claimed task. Camunda lets every member of a task's candidate
 * group complete it, even after a colleague has claimed it.</li>
 * </ul>
 */
@Component
public class TaskGuards extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener assigneeFromTheLane = task -> refuseAssigneesOutsideTheLane(task, configuration);
        TaskListener onlyTheAssignee = task -> refuseOthersThanTheAssignee(task, configuration);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigneeFromTheLane);
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onlyTheAssignee);
            }
        });
    }

    private static void refuseAssigneesOutsideTheLane(DelegateTask task, ProcessEngineConfigurationImpl configuration) {
        String assignee = task.getAssignee();
        List<String> laneGroups = task.getCandidates().stream()
                .map(candidate -> candidate.getGroupId()).filter(Objects::nonNull).toList();
        if (assignee == null || laneGroups.isEmpty() || isUnrestricted(configuration)) {
            return;
        }
        // the caller may not read users (staff may not), yet the rule must hold for every caller
        boolean inLane = Context.getCommandContext().runWithoutAuthorization(() -> laneGroups.stream()
                .anyMatch(group -> configuration.getIdentityService().createUserQuery()
                        .userId(assignee).memberOfGroup(group).count() > 0));
        if (!inLane) {
            throw new AuthorizationException("Tugas '" + task.getName() + "' hanya untuk anggota kelompok "
                    + laneGroups + "; '" + assignee + "' tidak dapat menjadi penerima tugasnya.");
        }
    }

    private static void refuseOthersThanTheAssignee(DelegateTask task, ProcessEngineConfigurationImpl configuration) {
        Authentication current = configuration.getIdentityService().getCurrentAuthentication();
        if (task.getAssignee() == null || isUnrestricted(configuration) || task.getAssignee().equals(current.getUserId())) {
            return;
        }
        throw new AuthorizationException("Tugas '" + task.getName() + "' sudah diambil oleh '" + task.getAssignee()
                + "'; hanya dia yang dapat menyelesaikannya (pengguna: '" + current.getUserId() + "').");
    }

    private static boolean isUnrestricted(ProcessEngineConfigurationImpl configuration) {
        Authentication current = configuration.getIdentityService().getCurrentAuthentication();
        if (current == null) {
            return true;
        }
        List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
        return groups.stream().anyMatch(configuration.getAdminGroups()::contains);
    }
}
