package id.go.mojokertokab.prokopim.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import id.go.mojokertokab.prokopim.sla.SlaBreach;
import id.go.mojokertokab.prokopim.supervision.SupervisionPlugin;

/**
 * A SOP step as its BPMN describes it: the SOP, number and words, the lane, the standard of its
 * SLA timer (if it has one) and its wording ("2 hari kerja", "-" without one), and the lane's supervisors (the extension property
 * {@value SupervisionPlugin#PROPERTY}, nearest first), which is where a missed standard escalates.
 */
record Step(String sop, String number, String activity, String role, Optional<Duration> standard, String standardWording,
        List<String> supervisors) {

    static Step of(Activity task) {
        List<String> supervisors = supervisorsOf(task);
        return SlaBreach.ofStep(task)
                .map(sla -> new Step(processName(task), sla.step(), sla.activity(), sla.role(), Optional.of(sla.standard()),
                        sla.standardWording(), supervisors))
                .orElseGet(() -> new Step(processName(task), "-", nameOf(task), laneOf(task).map(Lane::getName).orElse("-"),
                        Optional.empty(), "-", supervisors));
    }

    /** "3. Melakukan pengecekan …", as Tasklist names the task. */
    String title() {
        return "-".equals(number) ? activity : number + ". " + activity;
    }

    /** The nearest supervising group, to whom a missed standard escalates. */
    Optional<String> nearestSupervisor() {
        return supervisors.stream().findFirst();
    }

    private static List<String> supervisorsOf(Activity task) {
        return laneOf(task)
                .map(Lane::getExtensionElements)
                .flatMap(extensions -> extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                        .flatMap(properties -> properties.getCamundaProperties().stream())
                        .filter(property -> SupervisionPlugin.PROPERTY.equals(property.getCamundaName()))
                        .map(CamundaProperty::getCamundaValue)
                        .filter(value -> value != null && !value.isBlank())
                        .findFirst())
                .map(groups -> Arrays.stream(groups.split(",")).map(String::trim).filter(group -> !group.isEmpty()).toList())
                .orElse(List.of());
    }

    /* The innermost lane listing the task (a nested lane is listed after the lane around it). */
    private static Optional<Lane> laneOf(Activity task) {
        List<Lane> lanes = task.getModelInstance().getModelElementsByType(Lane.class).stream()
                .filter(lane -> lane.getFlowNodeRefs().contains(task)).toList();
        return lanes.isEmpty() ? Optional.empty() : Optional.of(lanes.get(lanes.size() - 1));
    }

    /* The process's name, or its id when the modeller gave it none. */
    private static String processName(Activity task) {
        ModelElementInstance parent = task.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        if (!(parent instanceof Process process)) {
            return "-";
        }
        return process.getName() == null || process.getName().isBlank() ? process.getId() : process.getName();
    }

    private static String nameOf(Activity task) {
        return task.getName() == null || task.getName().isBlank() ? task.getId() : task.getName();
    }
}
