package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.mojokertokab.prokopim.identity.GroupGrants;
import id.go.mojokertokab.prokopim.identity.OfficeRole;

/**
 * Puts an imported SOP to work: its BPMN and its forms in one deployment, made by the calling
 * user (the engine checks the caller's authorizations, as for any deployment through the REST
 * API), and every pelaksana's group with the rights the office's groups have.
 *
 * <p>The deployment is named after the SOP and filtered for duplicates: importing the same sheet
 * again makes no new version when nothing in it changed; any change makes a new version of every
 * file.
 */
@Component
public class SopDeployment {

    public static final String SOURCE = "impor-sop";
    /** The type of the groups an import makes (Admin shows it); only such a group takes a new lane again. */
    public static final String GROUP_TYPE = "impor-sop";

    private final RepositoryService repositoryService;
    private final GroupGrants grants;

    SopDeployment(RepositoryService repositoryService, GroupGrants grants) {
        this.repositoryService = repositoryService;
        this.grants = grants;
    }

    public static String deploymentName(SopPlan plan) {
        return "Impor SOP " + plan.sheet().header().nama();
    }

    /**
     * The groups come first: a process is never startable before its starters can see it. Who
     * starts it is what the diagram says (camunda:candidateStarterGroups, as IdentitySeeder reads
     * it). A key another SOP uses, and a new lane whose group exists without an import having
     * made it, are refused before anything changes.
     */
    @Transactional
    public Deployed deploy(GeneratedSop sop) {
        return deployOne(sop);
    }

    /** Every SOP of one sheet file, or none: a refusal of one rolls back the groups and deployments of the others. */
    @Transactional
    public List<Deployed> deployAll(List<GeneratedSop> sops) {
        return sops.stream().map(this::deployOne).toList();
    }

    private Deployed deployOne(GeneratedSop sop) {
        SopPlan plan = sop.plan();
        refuseIfKeyTaken(plan);
        refuseIfGroupTaken(plan);
        List<String> newGroups = new ArrayList<>();
        for (Role role : plan.roles()) {
            if (grants.ensureGroup(role.groupId(), role.laneName(), GROUP_TYPE)) {
                newGroups.add(role.groupId());
            }
        }
        Set<String> starters = starterGroups(sop);
        for (Role role : plan.roles()) {
            GroupGrants.Kind kind = kindOf(role);
            grants.grantKind(role.groupId(), kind);
            grants.grantSop(role.groupId(), kind, plan.processKey(), starters.contains(role.groupId()));
            grants.grantOfficeFilters(role.groupId());
        }
        if (Arrays.stream(OfficeRole.values()).anyMatch(office -> starters.contains(office.groupId()))) {
            // as IdentitySeeder grants on every start for a SOP one of the office's groups starts:
            // all three read it, its supervisors watch its cases
            for (OfficeRole office : OfficeRole.values()) {
                grants.grantSop(office.groupId(), GroupGrants.Kind.of(office), plan.processKey(), starters.contains(office.groupId()));
            }
        }

        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(deploymentName(plan))
                .source(SOURCE)
                .enableDuplicateFiltering(false)
                .addString(sop.bpmnFileName(), sop.bpmnXml());
        sop.forms().forEach(builder::addString);
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        boolean unchanged = deployment.getDeployedProcessDefinitions() == null || deployment.getDeployedProcessDefinitions().isEmpty();
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
                .deploymentId(deployment.getId()).list().stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey)).toList();
        return new Deployed(deployment.getId(), deployment.getName(), !unchanged,
                definitions.stream().map(definition -> new Definition(definition.getId(), definition.getKey(), definition.getVersion())).toList(),
                newGroups);
    }

    /*
     * A key names one SOP. A process of bpmn/ (its own forms, listeners and records) is changed in
     * Camunda Modeler, never replaced for new cases by the generic one an import makes of the same
     * sheet; nor is another imported SOP whose name happens to give the same key.
     */
    private void refuseIfKeyTaken(SopPlan plan) {
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(plan.processKey()).list().stream()
                .map(ProcessDefinition::getDeploymentId).distinct()
                .map(id -> repositoryService.createDeploymentQuery().deploymentId(id).singleResult())
                .filter(deployment -> deployment != null && !deploymentName(plan).equals(deployment.getName()))
                .findFirst()
                .ifPresent(deployment -> {
                    String nama = plan.sheet().header().nama();
                    throw new ProcessMadeElsewhere(SOURCE.equals(deployment.getSource())
                            ? "SOP \"" + nama + "\" akan menjadi proses " + plan.processKey() + ", yang sudah dipakai \""
                                    + deployment.getName() + "\"; beri SOP ini nama yang berbeda."
                            : "SOP \"" + nama + "\" sudah berjalan sebagai proses " + plan.processKey()
                                    + " yang tidak dibuat lewat impor (deployment \"" + deployment.getName()
                                    + "\"); impor tidak menggantinya. Ubah proses itu di Camunda Modeler, atau beri SOP ini nama lain.");
                });
    }

    /*
     * A new pelaksana's group is made by the import and only by it: a group someone made by hand
     * (or Camunda's camunda-admin) that a lane's name happens to match would otherwise gain the
     * lane's rights and its tasks.
     */
    private void refuseIfGroupTaken(SopPlan plan) {
        Set<String> office = Arrays.stream(OfficeRole.values()).map(OfficeRole::groupId).collect(Collectors.toSet());
        for (Role role : plan.roles()) {
            if (office.contains(role.groupId())) {
                continue;
            }
            grants.groupType(role.groupId()).filter(type -> !GROUP_TYPE.equals(type)).ifPresent(type -> {
                throw new ProcessMadeElsewhere("Pelaksana \"" + role.laneName() + "\" akan menjadi grup " + role.groupId()
                        + ", tetapi grup itu sudah ada dan tidak dibuat lewat impor; impor tidak menambah haknya. Ganti nama"
                        + " pelaksana di lembar SOP, atau atur grup itu di Admin.");
            });
        }
    }

    /** The sheet's process key belongs to a process deployed another way (bpmn/, Modeler, REST). */
    public static final class ProcessMadeElsewhere extends RuntimeException {
        ProcessMadeElsewhere(String message) {
            super(message);
        }
    }

    static Set<String> starterGroups(GeneratedSop sop) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(sop.bpmnXml().getBytes(StandardCharsets.UTF_8)));
        return model.getModelElementsByType(Process.class).stream()
                .filter(process -> sop.plan().processKey().equals(process.getId()))
                .flatMap(process -> process.getCamundaCandidateStarterGroupsList().stream())
                .collect(Collectors.toSet());
    }

    /*
     * The office's roles keep their kind; a new role works its lane (and starts the SOP when its
     * lane does step 1) but watches no cases: a sheet's first pelaksana may be an applicant.
     */
    private static GroupGrants.Kind kindOf(Role role) {
        for (OfficeRole office : OfficeRole.values()) {
            if (office.groupId().equals(role.groupId())) {
                return GroupGrants.Kind.of(office);
            }
        }
        return GroupGrants.Kind.WORKER;
    }

    /**
     * @param newVersion false when the same files were deployed before under this name (no new version)
     * @param newGroups the groups created now, for lanes no group stood for
     */
    public record Deployed(String deploymentId, String name, boolean newVersion, List<Definition> processDefinitions,
            List<String> newGroups) {
    }

    public record Definition(String id, String key, int version) {
    }
}
