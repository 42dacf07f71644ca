package id.go.mojokertokab.prokopim.history;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.form.DeployedForms;
import id.go.mojokertokab.prokopim.form.StepForm;

/**
 * The deployed BPMN and forms of a SOP version, read as the engine (a SOP's model and forms are
 * no secret; the caller's right to the case's history is checked before). A deployed version
 * never changes, so each model is read once.
 */
@Component
class SopModels {

    private final CommandExecutor engine;
    private final DeployedForms forms;
    private final Map<String, SopModel> models = new ConcurrentHashMap<>();

    SopModels(ProcessEngine processEngine, DeployedForms forms) {
        this.engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.forms = forms;
    }

    SopModel of(String processDefinitionId) {
        return models.computeIfAbsent(processDefinitionId, id -> engine.execute(context -> context.runWithoutAuthorization(
                () -> new SopModel(context.getProcessEngineConfiguration().getRepositoryService().getBpmnModelInstance(id)))));
    }

    /** The form of a step or start event of that version; {@link StepForm#NONE} when it has none. */
    StepForm form(String processDefinitionId, String deploymentId, String elementId) {
        CamundaFormRef reference = of(processDefinitionId).formRef(elementId);
        return reference == null ? StepForm.NONE
                : engine.execute(context -> forms.ofReference(context, reference, deploymentId));
    }

    /** The deployment a process definition came with. */
    String deploymentOf(String processDefinitionId) {
        return engine.execute(context -> context.runWithoutAuthorization(
                () -> context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId).getDeploymentId()));
    }
}
