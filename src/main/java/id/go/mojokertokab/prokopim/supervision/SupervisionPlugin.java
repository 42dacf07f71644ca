package id.go.mojokertokab.prokopim.supervision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
                for (Element lane : lanesOf(process)) {
                    List<String> supervisors = supervisorsOf(lane);
                    if (!supervisors.isEmpty()) {
                        lane.elements("flowNodeRef").forEach(ref -> supervise(definition.findActivity(ref.getText().trim()), supervisors));
                    }
                }
            }
        });
    }

    private static void supervise(ActivityImpl activity, List<String> supervisors) {
        if (activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new SupervisorsMayRead(supervisors));
        }
    }

    /** The lanes of a process, those of nested lane sets included. */
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
