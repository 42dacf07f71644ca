package id.go.mojokertokab.prokopim.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
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

    private final IdentityService identityService;
    private final GroupGrants grants;
    private final FilterService filterService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final DemoUsersProperties demo;

    IdentitySeeder(IdentityService identityService, GroupGrants grants,
            FilterService filterService, TaskService taskService, RepositoryService repositoryService,
            DemoUsersProperties demo) {
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.grants = grants;
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
            grants.ensureGroup(role.groupId(), role.laneName());
            grantRole(role, sopStarters);
        }
        seedFilters();
        seedDemoUsers();
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

    private void grantRole(OfficeRole role, Map<String, Set<String>> sopStarters) {
        GroupGrants.Kind kind = GroupGrants.Kind.of(role);
        grants.grantKind(role.groupId(), kind);
        sopStarters.forEach((processKey, starters) ->
                grants.grantSop(role.groupId(), kind, processKey, starters.contains(role.groupId())));
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
                GroupGrants.OFFICE_FILTER, true));
        filterService.saveFilter(filter);
        for (OfficeRole role : OfficeRole.values()) {
            grants.grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
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
        return shared.stream().filter(filter -> filter.getProperties() != null && Boolean.TRUE.equals(filter.getProperties().get(GroupGrants.OFFICE_FILTER)))
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
