package id.go.mojokertokab.prokopim.form;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Refuses, at deployment, a model whose steps the engine could not hold to their forms: a user
 * task or start event referencing a Camunda Form that is neither in the deployment nor deployed
 * before, a form of another kind (embedded, external or generated), or a form the step contract
 * cannot read. The deployment fails with every problem listed, and nothing of it is deployed.
 */
public final class FormDeploymentCheck implements Deployer {

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        Collection<ResourceEntity> resources = deployment.getResources() == null ? List.of()
                : deployment.getResources().values();
        List<String> problems = new ArrayList<>();
        Map<String, String> formIds = new HashMap<>();
        for (ResourceEntity resource : resources) {
            if (resource.getName().endsWith(".form")) {
                readForm(resource, formIds, problems);
            }
        }
        for (ResourceEntity resource : resources) {
            if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
                checkModel(resource, deployment, formIds, problems);
            } else if (resource.getName().endsWith(".cmmn") || resource.getName().endsWith(".cmmn11.xml")) {
                // Camunda's case API checks no authorization at all: the office's rules could not hold there
                problems.add(resource.getName() + " adalah model CMMN, yang tidak dipakai kantor ini");
            }
        }
        if (!problems.isEmpty()) {
            throw new NotValidException("Deployment '" + deployment.getName() + "' ditolak: " + String.join("; ", problems) + ".");
        }
    }

    private static void readForm(ResourceEntity resource, Map<String, String> formIds, List<String> problems) {
        try {
            StepForm form = StepForm.read(new ByteArrayInputStream(resource.getBytes()));
            if (form.id() == null || form.id().isBlank()) {
                problems.add("formulir " + resource.getName() + " tidak punya id");
                return;
            }
            formIds.put(form.id(), resource.getName());
            if (!form.unsupportedComponents().isEmpty()) {
                problems.add("formulir " + resource.getName() + " memuat " + String.join(", ", form.unsupportedComponents())
                        + " yang tidak dapat diperiksa oleh server");
            }
        } catch (UncheckedIOException notJson) {
            problems.add("formulir " + resource.getName() + " bukan JSON Camunda Form yang sah");
        }
    }

    private static void checkModel(ResourceEntity resource, DeploymentEntity deployment, Map<String, String> formIds,
            List<String> problems) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (ModelException malformed) {
            Throwable cause = malformed;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            problems.add(resource.getName() + " bukan BPMN yang sah: " + cause.getMessage());
            return;
        }
        List<FlowNode> steps = new ArrayList<>(model.getModelElementsByType(UserTask.class));
        steps.addAll(model.getModelElementsByType(StartEvent.class));
        for (FlowNode step : steps) {
            String where = resource.getName() + " '" + (step.getName() == null ? step.getId() : step.getName()) + "'";
            String formRef = step instanceof UserTask task ? task.getCamundaFormRef() : ((StartEvent) step).getCamundaFormRef();
            String binding = step instanceof UserTask task ? task.getCamundaFormRefBinding()
                    : ((StartEvent) step).getCamundaFormRefBinding();
            String formKey = step instanceof UserTask task ? task.getCamundaFormKey() : ((StartEvent) step).getCamundaFormKey();
            boolean generated = step.getExtensionElements() != null
                    && !step.getExtensionElements().getElementsQuery().filterByType(CamundaFormData.class).list().isEmpty();
            if (formRef != null && !formRef.contains("${") && !formRef.contains("#{")) {
                checkReference(where, formRef, binding, deployment, formIds, problems);
            } else if (formKey != null && formKey.startsWith(DeployedForms.CAMUNDA_FORMS_IN_DEPLOYMENT)) {
                String resourceName = formKey.substring(DeployedForms.CAMUNDA_FORMS_IN_DEPLOYMENT.length());
                if (deployment.getResource(resourceName) == null) {
                    problems.add(where + " merujuk formulir '" + resourceName + "' yang tidak ada dalam deployment ini");
                }
            } else if (formKey != null || generated) {
                problems.add(where + " memakai formulir yang bukan Camunda Form ("
                        + (formKey != null ? formKey : "camunda:formData") + "); hanya Camunda Form yang dapat diperiksa server");
            }
        }
    }

    private static void checkReference(String where, String formRef, String binding, DeploymentEntity deployment,
            Map<String, String> formIds, List<String> problems) {
        if (formIds.containsKey(formRef)) {
            return;
        }
        boolean deployedBefore = !"deployment".equals(binding) && Context.getCommandContext() != null
                && Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formRef) != null;
        if (!deployedBefore) {
            problems.add(where + " merujuk formulir '" + formRef + "' yang tidak ada "
                    + ("deployment".equals(binding) ? "dalam deployment ini" : "dalam deployment ini maupun sebelumnya"));
        }
    }
}
