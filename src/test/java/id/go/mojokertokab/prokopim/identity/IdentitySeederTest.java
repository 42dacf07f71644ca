package id.go.mojokertokab.prokopim.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class IdentitySeederTest {

    @Autowired
    IdentitySeeder seeder;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;

    @Test
    void groups_are_the_three_lanes() {
        assertThat(identityService.createGroupQuery().groupIdIn("kabag-prokopim", "subkoor-dokpim", "staf-dokpim").list())
                .extracting(Group::getId, Group::getName)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("kabag-prokopim", "Kabag Prokopim"),
                        org.assertj.core.groups.Tuple.tuple("subkoor-dokpim", "Sub Koordinator Dokpim"),
                        org.assertj.core.groups.Tuple.tuple("staf-dokpim", "Staf Sub Dokpim"));
    }

    @Test
    void demo_users_belong_to_their_lanes_group() {
        assertThat(memberIds("kabag-prokopim")).containsExactly("kabag");
        assertThat(memberIds("subkoor-dokpim")).containsExactly("subkoor");
        assertThat(memberIds("staf-dokpim")).containsExactlyInAnyOrder("staf1", "staf2");
        assertThat(identityService.checkPassword("kabag", "kabag")).isTrue();
        assertThat(identityService.checkPassword("admin", "admin")).isTrue();
    }

    @Test
    void every_role_sees_the_three_tasklist_filters() {
        List<Filter> filters = filterService.createFilterQuery().list();
        assertThat(filters).extracting(Filter::getName).contains("Pekerjaan saya", "Tugas saya", "Tugas kelompok saya", "Terlambat");
        for (String user : List.of("kabag", "subkoor", "staf1")) {
            assertThat(allowed(user, ACCESS, APPLICATION, "tasklist")).as(user + " uses Tasklist").isTrue();
            for (Filter filter : filters) {
                assertThat(allowed(user, READ, FILTER, filter.getId())).as(user + " sees " + filter.getName()).isTrue();
            }
        }
    }

    @Test
    void only_kabag_starts_the_sops_and_staff_has_no_cockpit() {
        for (String key : List.of("inventarisasiPeralatanDokumentasi", "penyampaianInformasiMediaSosial")) {
            assertThat(allowed("kabag", CREATE_INSTANCE, PROCESS_DEFINITION, key)).isTrue();
            assertThat(allowed("subkoor", CREATE_INSTANCE, PROCESS_DEFINITION, key)).isFalse();
            assertThat(allowed("staf1", CREATE_INSTANCE, PROCESS_DEFINITION, key)).isFalse();
            assertThat(allowed("staf1", READ, PROCESS_DEFINITION, key)).isTrue();
            assertThat(allowed("subkoor", READ_INSTANCE, PROCESS_DEFINITION, key)).isTrue();
            assertThat(allowed("staf1", READ_INSTANCE, PROCESS_DEFINITION, key)).isFalse();
        }
        assertThat(allowed("kabag", ACCESS, APPLICATION, "cockpit")).isTrue();
        assertThat(allowed("staf1", ACCESS, APPLICATION, "cockpit")).isFalse();
        assertThat(allowed("staf1", ACCESS, APPLICATION, "admin")).isFalse();
    }

    @Test
    void seeding_again_changes_nothing() {
        long[] before = counts();

        seeder.seed();
        seeder.seed();

        assertThat(counts()).isEqualTo(before);
    }

    private long[] counts() {
        return new long[] {
                identityService.createGroupQuery().count(),
                identityService.createUserQuery().count(),
                identityService.createUserQuery().memberOfGroup("staf-dokpim").count(),
                authorizationService.createAuthorizationQuery().count(),
                filterService.createFilterQuery().count()};
    }

    private List<String> memberIds(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(org.camunda.bpm.engine.identity.User::getId).toList();
    }

    private boolean allowed(String userId, Permission permission, Resource resource, String resourceId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return authorizationService.isUserAuthorized(userId, groups, permission, resource, resourceId);
    }
}
