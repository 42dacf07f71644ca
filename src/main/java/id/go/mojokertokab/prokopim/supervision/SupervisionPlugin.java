package id.go.mojokertokab.prokopim.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.ParseListeners;
import id.go.mojokertokab.prokopim.ExtensionProperty;

/**
 * Lets supervisors see their team's work. A lane names who supervises it with the extension
 * property {@value #PROPERTY} (editable in Camunda Modeler): the supervising groups, nearest
 * first, e.g. "subkoor-dokpim, kabag-prokopim" on the lane Staf Sub Dokpim. Every task of the lane
 * is then readable by those groups ({@link SupervisorsMayRead}): they see it, and whether it is
 * late, in Tasklist and Cockpit; working it stays with the lane.
 */
@Component
public class SupervisionPlugin extends AbstractProcessEnginePlugin {

    public static final String PROPERTY = "atasan";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterCamundas(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                supervisorsByFlowNode(process).forEach((flowNodeId, supervisors) -> {
                    ActivityImpl activity = definition.findActivity(flowNodeId);
                    if (activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                        userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                                new SupervisorsMayRead(List.copyOf(supervisors)));
                    }
                });
            }
        });
    }

    /*
     * A flow node is listed by its lane and by every lane around it (nested lanes), so the groups
     * of all of them are gathered, nearest lane first, each group once.
     */
    static Map<String, Set<String>> supervisorsByFlowNode(Element process) {
        List<Element> lanes = lanesOf(process);
        Collections.reverse(lanes);
        Map<String, Set<String>> supervisors = new LinkedHashMap<>();
        for (Element lane : lanes) {
            List<String> groups = supervisorsOf(lane);
            for (Element ref : lane.elements("flowNodeRef")) {
                supervisors.computeIfAbsent(ref.getText().trim(), id -> new LinkedHashSet<>()).addAll(groups);
            }
        }
        supervisors.values().removeIf(Set::isEmpty);
        return supervisors;
    }

    /** The lanes of a process, each before the lanes nested in it. */
    static List<Element> lanesOf(Element process) {
        List<Element> lanes = new ArrayList<>();
        process.elements("laneSet").forEach(laneSet -> addLanes(laneSet, lanes));
        return lanes;
    }

    private static void addLanes(Element laneSet, List<Element> lanes) {
        for (Element lane : laneSet.elements("lane")) {
            lanes.add(lane);
            Element children = lane.element("childLaneSet");
            if (children != null) {
                addLanes(children, lanes);
            }
        }
    }

    /** The groups named by the lane's {@value #PROPERTY} property, nearest first. */
    static List<String> supervisorsOf(Element lane) {
        return ExtensionProperty.of(lane, PROPERTY).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(group -> !group.isEmpty())
                .toList();
    }
}
