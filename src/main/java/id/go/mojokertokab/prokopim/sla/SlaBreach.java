package id.go.mojokertokab.prokopim.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A breach of one SOP time standard, described entirely from the BPMN: the SOP is the process
 * name, the step and its words come from the task name ("3. Melakukan ..."), the role is the
 * task's lane and the standard is the duration of the timer attached to the task. Public because
 * the case record (history/) names each step and its standard the same way.
 */
public record SlaBreach(String processKey, String sop, String step, String activity, String role, Duration standard) {

    private static final Pattern NUMBERED_TASK_NAME = Pattern.compile("^(\\S+)\\.\\s+(.+)$", Pattern.DOTALL);

    public static SlaBreach of(BoundaryEvent timer) {
        Activity task = timer.getAttachedTo();
        Matcher numbered = NUMBERED_TASK_NAME.matcher(task.getName());
        String step = numbered.matches() ? numbered.group(1) : "-";
        String activity = numbered.matches() ? numbered.group(2) : task.getName();
        Process process = processOf(task);
        return new SlaBreach(process.getId(), process.getName(), step, activity, laneOf(task), durationOf(timer));
    }

    /**
     * The incident message Cockpit shows, e.g. "Melewati standar waktu 1 jam: langkah 3 ..., Staf
     * Sub Dokpim (SOP ...); perihal Triwulan IV 2026", naming the case when it has a name.
     */
    String message(String caseName) {
        return "Melewati standar waktu %s: langkah %s %s, %s (%s)%s".formatted(inIndonesian(standard), step, activity,
                role, sop, caseName == null || caseName.isBlank() ? "" : "; perihal " + caseName);
    }

    /** "10 menit", "1 jam", "1 jam 30 menit": the way the SOP sheets write their standards. */
    public static String inIndonesian(Duration duration) {
        List<String> parts = new ArrayList<>();
        if (duration.toHoursPart() > 0 || duration.toDays() > 0) {
            parts.add(duration.toHours() + " jam");
        }
        if (duration.toMinutesPart() > 0) {
            parts.add(duration.toMinutesPart() + " menit");
        }
        if (duration.toSecondsPart() > 0 || parts.isEmpty()) {
            parts.add(duration.toSecondsPart() + " detik");
        }
        return String.join(" ", parts);
    }

    private static Duration durationOf(BoundaryEvent timer) {
        return timer.getEventDefinitions().stream()
                .filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast)
                .filter(definition -> definition.getTimeDuration() != null)
                .map(definition -> Duration.parse(definition.getTimeDuration().getTextContent().trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "SLA boundary event " + timer.getId() + " has no timer with a timeDuration"));
    }

    private static String laneOf(Activity task) {
        return task.getModelInstance().getModelElementsByType(Lane.class).stream()
                .filter(lane -> lane.getFlowNodeRefs().contains(task))
                .map(Lane::getName)
                .findFirst()
                .orElse("-");
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process process)) {
            parent = parent.getParentElement();
        }
        return process;
    }
}
