package id.go.mojokertokab.prokopim.socialmedia;

import java.time.Duration;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The whole SOP's time standard, read from the BPMN (the model owns durations): the sum of the
 * timers on the steps that are rows of the SOP sheet, the tasks named with a whole number
 * ("1. …" to "6. …"). Step "5a" is the verification that row 5 hands over to and shares row 5's
 * standard, so it adds nothing; for the media SOP that is 10+10+10+180+30+15 = 255 minutes.
 */
final class SopStandard {

    private static final Pattern SHEET_ROW = Pattern.compile("^\\d+\\.\\s.*", Pattern.DOTALL);

    private SopStandard() {
    }

    static Duration of(BpmnModelInstance model) {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(timer -> !timer.cancelActivity() && timer.getAttachedTo() instanceof UserTask task
                        && task.getName() != null && SHEET_ROW.matcher(task.getName()).matches())
                .flatMap(timer -> timer.getEventDefinitions().stream())
                .filter(TimerEventDefinition.class::isInstance)
                .map(TimerEventDefinition.class::cast)
                .filter(definition -> definition.getTimeDuration() != null)
                .map(definition -> Duration.parse(definition.getTimeDuration().getTextContent().trim()))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
