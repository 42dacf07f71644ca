package id.go.mojokertokab.prokopim.history;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import id.go.mojokertokab.prokopim.sla.SlaBreach;

/**
 * One deployed version of a SOP's BPMN, read the way the record names its parts: a step's number,
 * words, role and time standard as the SLA names them ({@link SlaBreach}: task name, lane, the
 * timer attached to the task), the form a step or start event refers to, an end event's name.
 */
final class SopModel {

    private static final Pattern NUMBERED_TASK_NAME = Pattern.compile("^(\\S+)\\.\\s+(.+)$", Pattern.DOTALL);

    private final BpmnModelInstance model;
    private final Map<String, SlaBreach> standards = new HashMap<>();

    SopModel(BpmnModelInstance model) {
        this.model = model;
        for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
            if (SlaBreach.isSlaTimer(timer)) {
                standards.put(timer.getAttachedTo().getId(), SlaBreach.of(timer));
            }
        }
    }

    /** Whether people work this process (a SOP), as opposed to a schedule that only starts one. */
    boolean hasSteps() {
        return !model.getModelElementsByType(UserTask.class).isEmpty();
    }

    /** The step of a user task; a task without an SLA timer has no standard (null) and no role ("–"). */
    Step step(String activityId, String taskName) {
        SlaBreach facts = standards.get(activityId);
        if (facts != null) {
            return new Step(facts.step(), facts.activity(), facts.role(), facts.standard(), facts.standardWording());
        }
        String name = taskName != null ? taskName : name(activityId);
        Matcher numbered = NUMBERED_TASK_NAME.matcher(name);
        return numbered.matches() ? new Step(numbered.group(1), numbered.group(2), "–", null, null)
                : new Step("-", name, "–", null, null);
    }

    /** An element's name as the diagram shows it, or its id when it has none. */
    String name(String elementId) {
        ModelElementInstance element = elementId == null ? null : model.getModelElementById(elementId);
        String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
        return name == null || name.isBlank() ? elementId : name.trim();
    }

    /** The Camunda Form a user task or start event refers to; null without one or with an expression. */
    CamundaFormRef formRef(String elementId) {
        ModelElementInstance element = elementId == null ? null : model.getModelElementById(elementId);
        String key = null;
        String binding = null;
        String version = null;
        if (element instanceof UserTask task) {
            key = task.getCamundaFormRef();
            binding = task.getCamundaFormRefBinding();
            version = task.getCamundaFormRefVersion();
        } else if (element instanceof StartEvent start) {
            key = start.getCamundaFormRef();
            binding = start.getCamundaFormRefBinding();
            version = start.getCamundaFormRefVersion();
        }
        if (key == null || key.contains("${") || key.contains("#{")) {
            return null;
        }
        CamundaFormRefImpl reference = new CamundaFormRefImpl(key, binding == null ? "latest" : binding);
        if (version != null && version.matches("\\d+")) {
            reference.setVersion(Integer.valueOf(version));
        }
        return reference;
    }

    /** {@code standardWording} as the SOP writes the standard ("1 jam", "2 hari kerja"); null without one. */
    record Step(String number, String activity, String role, Duration standard, String standardWording) {
    }
}
