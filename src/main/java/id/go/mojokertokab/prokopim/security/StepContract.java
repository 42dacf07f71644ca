package id.go.mojokertokab.prokopim.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import id.go.mojokertokab.prokopim.form.DeployedForms;
import id.go.mojokertokab.prokopim.form.StepForm;
import id.go.mojokertokab.prokopim.form.StepSubmission;
import id.go.mojokertokab.prokopim.form.SubmissionRefused;

/**
 * The SOP's mutu baku "output", held by the engine: a step records exactly what its Camunda Form
 * can produce, whoever completes it and however (Tasklist, either REST tree, the Java API), and a
 * SOP starts with exactly what its start form can produce. Anything else is refused with every
 * problem named (400), before the engine changes anything.
 */
final class StepContract {

    private final DeployedForms forms;

    StepContract(DeployedForms forms) {
        this.forms = forms;
    }

    void completing(CommandContext context, TaskEntity task, Map<String, ?> submitted) {
        StepForm form = forms.ofTask(context, task.getId());
        Map<String, Object> existing = context.runWithoutAuthorization(() -> task.getVariables());
        refuseIfAny(StepSubmission.problems(form, orEmpty(submitted), existing));
    }

    void starting(CommandContext context, ProcessDefinitionEntity definition, Map<String, ?> submitted) {
        StepForm form = forms.ofStart(context, definition.getId());
        refuseIfAny(StepSubmission.problems(form, orEmpty(submitted), Map.of()));
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new SubmissionRefused(problems);
        }
    }

    /**
     * The submitted values as the engine will store them, typed: a {@link VariableMap} (the REST
     * API's) hands out plain values through its entries and would hide, e.g., that a value is
     * transient (never stored).
     */
    private static Map<String, ?> orEmpty(Map<String, ?> submitted) {
        if (submitted == null) {
            return Map.of();
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String name : submitted.keySet()) {
            typed.put(name, submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name));
        }
        return typed;
    }
}
