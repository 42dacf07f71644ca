package id.go.mojokertokab.prokopim.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * What a pelaksana's group may do, one home for the office's three groups ({@link IdentitySeeder})
 * and the groups an imported SOP sheet brings (sopsheet/SopDeployment): its group, the least
 * privileges of its kind, its rights on each SOP, the office's Tasklist filters. Every grant is
 * checked before it is made, so granting twice changes nothing.
 */
@Component
public class GroupGrants {

    /** The property that marks the office's own filters, so a user's filter of the same name is never taken for one. */
    static final String OFFICE_FILTER = "filterKantor";

    /** A worker works its lane's tasks; a supervisor also watches the SOPs in Cockpit and picks staff by name. */
    public enum Kind {
        WORKER, SUPERVISOR;

        public static Kind of(OfficeRole role) {
            return role == OfficeRole.STAF ? WORKER : SUPERVISOR;
        }
    }

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;

    GroupGrants(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
    }

    public boolean groupExists(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).count() > 0;
    }

    /** The group's type, if the group exists. */
    public Optional<String> groupType(String groupId) {
        return Optional.ofNullable(identityService.createGroupQuery().groupId(groupId).singleResult()).map(Group::getType);
    }

    /** A lane's group of the office, named as the lane; true when it was created now. */
    public boolean ensureGroup(String groupId, String laneName) {
        return ensureGroup(groupId, laneName, Groups.GROUP_TYPE_WORKFLOW);
    }

    /** A lane's group of the given type, named as the lane; true when it was created now. */
    public boolean ensureGroup(String groupId, String laneName, String type) {
        if (groupExists(groupId)) {
            return false;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(laneName);
        group.setType(type);
        identityService.saveGroup(group);
        return true;
    }

    /*
     * Tasks need no grant here: the engine authorizes a task's candidate group and assignee when
     * it creates the task, so each role works exactly the tasks of its own lane.
     */
    public void grantKind(String groupId, Kind kind) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (kind == Kind.SUPERVISOR) {
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(groupId, Resources.USER, ANY, Permissions.READ);
        }
    }

    /**
     * A SOP (by process key) for one group: every group reads its definition; its starters may
     * start it; supervisors also read its cases and their history (Cockpit, read-only).
     */
    public void grantSop(String groupId, Kind kind, String processKey, boolean starter) {
        grant(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
        if (starter) {
            grant(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        if (kind == Kind.SUPERVISOR) {
            grant(groupId, Resources.PROCESS_DEFINITION, processKey,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        }
    }

    /** The office's Tasklist filters (those {@link IdentitySeeder} keeps), readable by the group. */
    public void grantOfficeFilters(String groupId) {
        for (Filter filter : filterService.createFilterQuery().list()) {
            if (filter.getOwner() == null && filter.getProperties() != null
                    && Boolean.TRUE.equals(filter.getProperties().get(OFFICE_FILTER))) {
                grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
