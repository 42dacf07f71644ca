package id.go.mojokertokab.prokopim.sopsheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
     * it); a new group that starts a SOP also watches its cases, as the Kabag does.
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
        refuseIfMadeByHand(plan);
        List<String> newGroups = new ArrayList<>();
        for (Role role : plan.roles()) {
            if (grants.ensureGroup(role.groupId(), role.laneName())) {
                newGroups.add(role.groupId());
            }
        }
        Set<String> starters = starterGroups(sop);
        for (Role role : plan.roles()) {
            GroupGrants.Kind kind = kindOf(role, starters);
            grants.grantKind(role.groupId(), kind);
            grants.grantSop(role.groupId(), kind, plan.processKey(), starters.contains(role.groupId()));
            grants.grantOfficeFilters(role.groupId());
        }
        for (OfficeRole office : OfficeRole.values()) {
            // as IdentitySeeder grants on every start: the office's groups read every SOP, its supervisors watch its cases
            grants.grantSop(office.groupId(), GroupGrants.Kind.of(office), plan.processKey(), starters.contains(office.groupId()));
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
     * A process of bpmn/ (its own forms, listeners and records) must not be replaced for new cases
     * by the generic one an import makes of the same sheet: it is changed in Camunda Modeler.
     */
    private void refuseIfMadeByHand(SopPlan plan) {
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(plan.processKey()).list().stream()
                .map(ProcessDefinition::getDeploymentId).distinct()
                .map(id -> repositoryService.createDeploymentQuery().deploymentId(id).singleResult())
                .filter(deployment -> deployment != null && !SOURCE.equals(deployment.getSource()))
                .findFirst()
                .ifPresent(deployment -> {
                    throw new ProcessMadeElsewhere("SOP \"" + plan.sheet().header().nama() + "\" sudah berjalan sebagai proses "
                            + plan.processKey() + " yang tidak dibuat lewat impor (deployment \"" + deployment.getName()
                            + "\"); impor tidak menggantinya. Ubah proses itu di Camunda Modeler, atau beri SOP ini nama lain.");
                });
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

    /* The office's roles keep their kind; a new role supervises the SOPs it starts. */
    private static GroupGrants.Kind kindOf(Role role, Set<String> starters) {
        for (OfficeRole office : OfficeRole.values()) {
            if (office.groupId().equals(role.groupId())) {
                return GroupGrants.Kind.of(office);
            }
        }
        return starters.contains(role.groupId()) ? GroupGrants.Kind.SUPERVISOR : GroupGrants.Kind.WORKER;
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
