package id.go.mojokertokab.prokopim.supervision;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * Grants a new task's READ to the supervisors of its lane. The engine deletes a task's
 * authorizations with the task, so the grant lasts exactly as long as the work is open.
 */
final class SupervisorsMayRead implements TaskListener {

    private final List<String> supervisorGroups;

    SupervisorsMayRead(List<String> supervisorGroups) {
        this.supervisorGroups = supervisorGroups;
    }

    /*
     * Without authorization checks: whoever completed the previous step may not grant anything.
     * A candidate group has its grant from the engine already (and a second one would break the
     * unique key of authorizations).
     */
    @Override
    public void notify(DelegateTask task) {
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        Set<String> candidateGroups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String group : supervisorGroups) {
                if (candidateGroups.contains(group)) {
                    continue;
                }
                Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                read.setGroupId(group);
                read.setResource(Resources.TASK);
                read.setResourceId(task.getId());
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
            return null;
        });
    }
}
