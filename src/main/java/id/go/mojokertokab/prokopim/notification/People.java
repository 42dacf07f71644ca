package id.go.mojokertokab.prokopim.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The people notifications go to, looked up without the caller's authorizations: the staff
 * member whose completion creates the next task may not list the Sub Koordinator's group.
 */
@Component
class People {

    private final IdentityService identityService;
    private final TaskService taskService;
    private final CommandExecutor commands;

    People(ProcessEngine engine) {
        this.identityService = engine.getIdentityService();
        this.taskService = engine.getTaskService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    Optional<User> user(String userId) {
        return Optional.ofNullable(unchecked(() -> identityService.createUserQuery().userId(userId).singleResult()));
    }

    List<String> membersOf(String groupId) {
        return unchecked(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
                .stream().map(User::getId).toList();
    }

    /** "Sub Koordinator Dokpim" for subkoor-dokpim; the id of an unknown group. */
    String groupName(String groupId) {
        Group group = unchecked(() -> identityService.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    List<String> candidateGroupsOf(String taskId) {
        return unchecked(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private <T> T unchecked(Supplier<T> query) {
        CommandContext current = Context.getCommandContext();
        return current != null
                ? current.runWithoutAuthorization(query::get)
                : commands.execute(context -> context.runWithoutAuthorization(query::get));
    }
}
