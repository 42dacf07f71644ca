package id.go.mojokertokab.prokopim.form;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Form of a task or of a process's start event, read inside the engine's
 * command context (as the engine, not the caller: a step's form is no secret). A deployed form
 * never changes, so each is parsed once per deployment.
 */
@Component
public final class DeployedForms {

    static final String CAMUNDA_FORMS_IN_DEPLOYMENT = "camunda-forms:deployment:";

    private final Map<String, StepForm> parsed = new ConcurrentHashMap<>();

    public StepForm ofTask(CommandContext context, String taskId) {
        return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
    }

    public StepForm ofStart(CommandContext context, String processDefinitionId) {
        return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
    }

    private StepForm of(CommandContext context, FormData form) {
        if (form == null) {
            return StepForm.NONE;
        }
        CamundaFormRef reference = form.getCamundaFormRef();
        if (reference != null && reference.getKey() != null) {
            return ofReference(context, reference, form.getDeploymentId());
        }
        String formKey = form.getFormKey();
        if (formKey != null && formKey.startsWith(CAMUNDA_FORMS_IN_DEPLOYMENT)) {
            return read(context, form.getDeploymentId(), formKey.substring(CAMUNDA_FORMS_IN_DEPLOYMENT.length()));
        }
        if (formKey != null || !form.getFormFields().isEmpty()) {
            // refused at deployment (FormDeploymentCheck); an older deployment must not slip through unchecked
            throw new ProcessEngineException("Formulir '" + (formKey != null ? formKey : "generated form")
                    + "' bukan Camunda Form; langkah ini tidak dapat diperiksa");
        }
        return StepForm.NONE;
    }

    /** The form a step names with {@code camunda:formRef}, e.g. for a task already done (no runtime task to ask). */
    public StepForm ofReference(CommandContext context, CamundaFormRef reference, String deploymentId) {
        CamundaFormDefinition definition = context.runWithoutAuthorization(
                new GetCamundaFormDefinitionCmd(reference, deploymentId));
        if (definition == null) {
            throw new ProcessEngineException("Formulir '" + reference.getKey() + "' tidak ditemukan di deployment "
                    + deploymentId);
        }
        return read(context, definition.getDeploymentId(), definition.getResourceName());
    }

    private StepForm read(CommandContext context, String deploymentId, String resourceName) {
        return parsed.computeIfAbsent(deploymentId + "/" + resourceName, key -> {
            try (InputStream json = context.runWithoutAuthorization(new GetDeploymentResourceCmd(deploymentId, resourceName))) {
                return StepForm.read(json);
            } catch (java.io.IOException e) {
                throw new ProcessEngineException("Formulir '" + resourceName + "' tidak dapat dibaca", e);
            }
        });
    }
}
