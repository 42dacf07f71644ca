package id.go.mojokertokab.prokopim.sopsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.mojokertokab.prokopim.http.OfficeHttpTest;

/**
 * An imported SOP deployed: the hand-made inventory SOP under another key, whose Kabag lane is a
 * new "Kepala Gudang" and whose staff lane a new "Petugas Arsip", stands for a generated one
 * (the files are what the writer produces: bpmn/ and forms/). Its groups get the office's grants,
 * its files one deployment, and the same files again no new version.
 */
class SopDeploymentTest extends OfficeHttpTest {

    static final String KEY = "ujiDeployImporSop";
    static final String STARTER = "kepala-gudang";
    static final String WORKER = "petugas-arsip";

    @Autowired
    ProcessEngine engine;
    @Autowired
    SopDeployment sopDeployment;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;

    @AfterEach
    void removeWhatTheTestDeployed() {
        ImportedSops.removeAll(engine, KEY, List.of(STARTER, WORKER));
    }

    @Test
    void the_bpmn_and_its_forms_are_one_deployment_and_new_lanes_become_groups_with_the_office_grants() throws IOException {
        SopDeployment.Deployed deployed = sopDeployment.deploy(inventoryAs(KEY, "Barang"));

        assertThat(deployed.newVersion()).isTrue();
        assertThat(deployed.name()).isEqualTo("Impor SOP Inventarisasi Barang");
        assertThat(deployed.newGroups()).containsExactly(STARTER, WORKER);
        assertThat(deployed.processDefinitions()).extracting(SopDeployment.Definition::key, SopDeployment.Definition::version)
                .containsExactly(tuple(KEY, 1));
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(deployed.deploymentId()).singleResult();
        assertThat(deployment.getSource()).isEqualTo("impor-sop");
        assertThat(repositoryService.getDeploymentResourceNames(deployed.deploymentId())).containsExactlyInAnyOrder(
                "uji-deploy-impor-sop.bpmn", "mulai-inventarisasi.form", "tugaskan-subkoordinator-inventarisasi.form",
                "tugaskan-staf-inventarisasi.form", "periksa-peralatan.form", "catat-dan-laporkan.form");

        Group starter = identityService.createGroupQuery().groupId(STARTER).singleResult();
        assertThat(starter.getName()).isEqualTo("Kepala Gudang");
        assertThat(starter.getType()).isEqualTo(SopDeployment.GROUP_TYPE);
        // the new starter may start the SOP; it watches no cases (a sheet's first pelaksana may be an applicant)
        assertThat(granted(STARTER, Resources.PROCESS_DEFINITION, KEY)).contains(ProcessDefinitionPermissions.READ.getName(),
                ProcessDefinitionPermissions.CREATE_INSTANCE.getName()).doesNotContain(
                ProcessDefinitionPermissions.READ_INSTANCE.getName(), ProcessDefinitionPermissions.READ_HISTORY.getName());
        assertThat(granted(STARTER, Resources.APPLICATION, "cockpit")).isEmpty();
        assertThat(granted(STARTER, Resources.USER, "*")).isEmpty();
        // the new worker reads the SOP and works its lane in Tasklist, nothing more
        assertThat(granted(WORKER, Resources.PROCESS_DEFINITION, KEY)).contains(ProcessDefinitionPermissions.READ.getName())
                .doesNotContain(ProcessDefinitionPermissions.CREATE_INSTANCE.getName(), ProcessDefinitionPermissions.READ_INSTANCE.getName());
        assertThat(granted(WORKER, Resources.APPLICATION, "tasklist")).contains(Permissions.ACCESS.getName());
        assertThat(granted(WORKER, Resources.APPLICATION, "cockpit")).isEmpty();
        // the office's own Sub Koordinator keeps its kind: it watches the new SOP, and starts none
        assertThat(granted("subkoor-dokpim", Resources.PROCESS_DEFINITION, KEY)).contains(
                ProcessDefinitionPermissions.READ_HISTORY.getName()).doesNotContain(ProcessDefinitionPermissions.CREATE_INSTANCE.getName());
        // the office's staff, in no lane of a SOP none of the office's groups starts, gets nothing on it (as IdentitySeeder)
        assertThat(granted("staf-dokpim", Resources.PROCESS_DEFINITION, KEY)).isEmpty();
        assertThat(granted("kabag-prokopim", Resources.PROCESS_DEFINITION, KEY)).isEmpty();
        // and the office's Tasklist filters show the new groups their work
        List<String> officeFilters = filterService.createFilterQuery().list().stream()
                .filter(filter -> filter.getProperties() != null && Boolean.TRUE.equals(filter.getProperties().get("filterKantor")))
                .map(filter -> filter.getId()).toList();
        assertThat(officeFilters).hasSize(4).allSatisfy(filter ->
                assertThat(granted(WORKER, Resources.FILTER, filter)).contains(Permissions.READ.getName()));
    }

    @Test
    void the_same_files_again_make_no_new_version_and_a_change_makes_one() throws IOException {
        SopDeployment.Deployed first = sopDeployment.deploy(inventoryAs(KEY, "Barang"));

        SopDeployment.Deployed again = sopDeployment.deploy(inventoryAs(KEY, "Barang"));

        assertThat(again.newVersion()).isFalse();
        assertThat(again.deploymentId()).isEqualTo(first.deploymentId());
        assertThat(again.newGroups()).isEmpty();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(1);

        GeneratedSop changed = inventoryAs(KEY, "Barang");
        changed = new GeneratedSop(changed.plan(), changed.bpmnFileName(), changed.bpmnXml().replace("PT1H", "PT2H"), changed.forms());
        SopDeployment.Deployed second = sopDeployment.deploy(changed);

        assertThat(second.newVersion()).isTrue();
        assertThat(second.processDefinitions()).singleElement().extracting(SopDeployment.Definition::version).isEqualTo(2);
    }

    @Test
    void a_lane_whose_group_exists_without_an_import_is_refused_and_that_group_gains_nothing() throws IOException {
        Group byHand = identityService.newGroup(WORKER);
        byHand.setName("Petugas Arsip (dibuat di Admin)");
        byHand.setType(Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(byHand);
        long itsAuthorizations = authorizationService.createAuthorizationQuery().groupIdIn(WORKER).count();

        assertThatThrownBy(() -> sopDeployment.deploy(inventoryAs(KEY, "Barang")))
                .isInstanceOf(SopDeployment.ProcessMadeElsewhere.class)
                .hasMessage("Pelaksana \"Petugas Arsip\" akan menjadi grup " + WORKER + ", tetapi grup itu sudah ada dan tidak dibuat"
                        + " lewat impor; impor tidak menambah haknya. Ganti nama pelaksana di lembar SOP, atau atur grup itu di Admin.");

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(WORKER).count()).isEqualTo(itsAuthorizations);
        assertThat(granted(WORKER, Resources.APPLICATION, "tasklist")).isEmpty();
        assertThat(identityService.createGroupQuery().groupId(STARTER).count()).as("rolled back with the refusal").isZero();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    void camunda_admin_is_never_a_lane_of_an_import() throws IOException {
        GeneratedSop admins = inventoryAs(KEY, "Barang");
        List<Role> roles = List.of(new Role("Camunda Admin", "camunda-admin"), admins.plan().roles().get(1), admins.plan().roles().get(2));
        GeneratedSop sop = new GeneratedSop(new SopPlan(admins.plan().sheet(), KEY, roles, List.of()), admins.bpmnFileName(),
                admins.bpmnXml().replace(STARTER, "camunda-admin"), admins.forms());

        assertThatThrownBy(() -> sopDeployment.deploy(sop)).isInstanceOf(SopDeployment.ProcessMadeElsewhere.class)
                .hasMessageContaining("grup camunda-admin");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
    }

    @Test
    void another_sop_whose_name_gives_the_same_key_does_not_replace_the_first() throws IOException {
        SopDeployment.Deployed first = sopDeployment.deploy(inventoryAs(KEY, "Barang"));

        assertThatThrownBy(() -> sopDeployment.deploy(inventoryAs(KEY, "Barang (Bagian Umum)")))
                .isInstanceOf(SopDeployment.ProcessMadeElsewhere.class)
                .hasMessage("SOP \"Inventarisasi Barang (Bagian Umum)\" akan menjadi proses " + KEY
                        + ", yang sudah dipakai \"Impor SOP Inventarisasi Barang\"; beri SOP ini nama yang berbeda.");

        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId())
                .isEqualTo(first.processDefinitions().get(0).id());
    }

    private List<String> granted(String group, Resources resource, String resourceId) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            return List.of();
        }
        Permission[] possible = resource == Resources.PROCESS_DEFINITION ? ProcessDefinitionPermissions.values() : Permissions.values();
        return Arrays.stream(authorization.getPermissions(possible))
                .map(permission -> permission.getName()).toList();
    }

    /** The inventory SOP's files as the writer would make them for a sheet "Inventarisasi <what>" with two new roles. */
    static GeneratedSop inventoryAs(String key, String what) throws IOException {
        String xml = Files.readString(Path.of("bpmn/inventarisasi-peralatan-dokumentasi.bpmn"))
                .replace("inventarisasiPeralatanDokumentasi", key)
                .replace("kabag-prokopim", STARTER).replace("Kabag Prokopim", "Kepala Gudang")
                .replace("staf-dokpim", WORKER).replace("Staf Sub Dokpim", "Petugas Arsip");
        Map<String, String> forms = new LinkedHashMap<>();
        for (String form : List.of("mulai-inventarisasi", "tugaskan-subkoordinator-inventarisasi", "tugaskan-staf-inventarisasi",
                "periksa-peralatan", "catat-dan-laporkan")) {
            forms.put(form + ".form", Files.readString(Path.of("forms/" + form + ".form")));
        }
        SheetHeader header = new SheetHeader("", "Inventarisasi " + what, "", "", "", "", List.of(), List.of(), List.of(), List.of(), "", "");
        SopSheet sheet = new SopSheet("BAGIAN UJI", header, List.of("Kepala Gudang", "Sub Koordinator Dokpim", "Petugas Arsip"), List.of());
        List<Role> roles = List.of(new Role("Kepala Gudang", STARTER), new Role("Sub Koordinator Dokpim", "subkoor-dokpim"),
                new Role("Petugas Arsip", WORKER));
        return new GeneratedSop(new SopPlan(sheet, key, roles, List.of()), "uji-deploy-impor-sop.bpmn", xml, forms);
    }
}
