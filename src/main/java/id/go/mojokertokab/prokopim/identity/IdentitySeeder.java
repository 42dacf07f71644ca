package id.go.mojokertokab.prokopim.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.cases.CaseNamePlugin;
import id.go.mojokertokab.prokopim.cluster.StartupLock;

/**
 * Makes the office's groups, their Tasklist filters and least-privilege authorizations exist, and
 * in the demo profile the demo users. Every item is checked before it is created, so running it
 * again (every start) changes nothing.
 */
@Component
public class IdentitySeeder {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);
    /** The property that marks the office's own filters, so a user's filter of the same name is never taken for one. */
    private static final String OFFICE_FILTER = "filterKantor";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final DemoUsersProperties demo;

    IdentitySeeder(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, RepositoryService repositoryService,
            DemoUsersProperties demo) {
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.demo = demo;
    }

    /*
     * Ordered before StartupLock's release: on PostgreSQL a node seeds while it holds the startup
     * lock, so two nodes starting at once on an empty database never both create an item.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupLock.RELEASE_ORDER - 1)
    public void seed() {
        Map<String, Set<String>> sopStarters = sopStarterGroups();
        for (OfficeRole role : OfficeRole.values()) {
            ensureGroup(role);
            grantRole(role, sopStarters);
        }
        seedFilters();
        seedDemoUsers();
    }

    private void ensureGroup(OfficeRole role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
            Group group = identityService.newGroup(role.groupId());
            group.setName(role.laneName());
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identityService.saveGroup(group);
        }
    }

    /*
     * The office's SOPs are the deployed processes one of its groups may start; the BPMN names
     * those groups (camunda:candidateStarterGroups), so starting rights live in the diagram.
     */
    private Map<String, Set<String>> sopStarterGroups() {
        Set<String> officeGroups = Arrays.stream(OfficeRole.values()).map(OfficeRole::groupId).collect(Collectors.toSet());
        Map<String, Set<String>> starters = new TreeMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            Set<String> groups = repositoryService.getIdentityLinksForProcessDefinition(definition.getId()).stream()
                    .map(IdentityLink::getGroupId)
                    .filter(officeGroups::contains)
                    .collect(Collectors.toSet());
            if (!groups.isEmpty()) {
                starters.put(definition.getKey(), groups);
            }
        }
        return starters;
    }

    /*
     * Tasks need no grant here: the engine authorizes a task's candidate group and assignee when
     * it creates the task, so each role works exactly the tasks of its own lane.
     */
    private void grantRole(OfficeRole role, Map<String, Set<String>> sopStarters) {
        String group = role.groupId();
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        sopStarters.forEach((processKey, starters) -> {
            grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
            if (starters.contains(group)) {
                grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            }
        });
        if (role == OfficeRole.STAF) {
            return;
        }
        // Kabag and Sub Koordinator watch the SOPs in Cockpit (read-only) and pick staff by name.
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.USER, ANY, Permissions.READ);
        for (String processKey : sopStarters.keySet()) {
            grant(group, Resources.PROCESS_DEFINITION, processKey,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
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

    /*
     * The office's filters are defined here and brought back to this definition on every start.
     * Every filter shows the case's name (the variable namaKasus) on each task card. Late tasks
     * are those the user may read: his own lane's and, for a supervisor, his team's
     * (supervision/SupervisionPlugin).
     */
    private void seedFilters() {
        ensureFilter("Pekerjaan saya", "Tugas SOP untuk saya dan kelompok saya, sudah diambil atau belum", -20,
                taskService.createTaskQuery()
                        .or().taskAssigneeExpression("${currentUser()}").taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().endOr()
                        .orderByTaskCreateTime().asc());
        ensureFilter("Tugas saya", "Tugas SOP yang ditugaskan kepada saya", -10,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter("Tugas kelompok saya", "Tugas SOP untuk kelompok saya yang belum diambil", 0,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        ensureFilter("Terlambat", "Tugas SOP yang melewati standar waktunya: milik saya dan tim yang saya awasi", 10,
                taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private void ensureFilter(String name, String description, int priority, Query<?, ?> query) {
        Filter filter = officeFilter(name);
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true,
                "variables", List.of(Map.of("name", CaseNamePlugin.PROPERTY, "label", "Perihal")),
                OFFICE_FILTER, true));
        filterService.saveFilter(filter);
        for (OfficeRole role : OfficeRole.values()) {
            grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    /*
     * The office's filter of that name: the one marked as the office's, else (a database seeded
     * before the mark) the shared one of that name. A user's own filter of the same name, or an
     * administrator's second one, is left alone.
     */
    private Filter officeFilter(String name) {
        List<Filter> shared = filterService.createFilterQuery().filterName(name).list().stream()
                .filter(filter -> filter.getOwner() == null).toList();
        return shared.stream().filter(filter -> filter.getProperties() != null && Boolean.TRUE.equals(filter.getProperties().get(OFFICE_FILTER)))
                .findFirst()
                .orElse(shared.stream().findFirst().orElse(null));
    }

    private void seedDemoUsers() {
        if (demo.users().isEmpty()) {
            return;
        }
        LOG.warn("DEMO CREDENTIALS ARE ACTIVE: users {} have the documented demo passwords. "
                + "Never run the demo profile in production; use the 'prod' profile.",
                demo.users().stream().map(DemoUsersProperties.DemoUser::id).toList());
        for (DemoUsersProperties.DemoUser demoUser : demo.users()) {
            if (identityService.createUserQuery().userId(demoUser.id()).count() == 0) {
                User user = identityService.newUser(demoUser.id());
                user.setFirstName(demoUser.firstName());
                user.setLastName(demoUser.lastName());
                user.setPassword(demoUser.password());
                identityService.saveUser(user);
            }
            if (identityService.createUserQuery().userId(demoUser.id()).memberOfGroup(demoUser.role().groupId()).count() == 0) {
                identityService.createMembership(demoUser.id(), demoUser.role().groupId());
            }
        }
    }
}
