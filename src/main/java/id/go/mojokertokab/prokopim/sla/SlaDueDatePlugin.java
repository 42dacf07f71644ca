package id.go.mojokertokab.prokopim.sla;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task a due date equal to its SLA timer ("PT1H" on the boundary event becomes
 * "due one hour after creation"), so each SOP standard is written once in the BPMN and Tasklist's
 * "due in" and overdue marks can never disagree with the timer that raises the breach. A task
 * with its own {@code camunda:dueDate} keeps it.
 */
@Component
public class SlaDueDatePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new DueDateFromSlaTimer(configuration));
    }

    private static final class DueDateFromSlaTimer extends AbstractBpmnParseListener {

        private final ProcessEngineConfigurationImpl configuration;

        DueDateFromSlaTimer(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl activity) {
            Element timer = boundaryEvent.element("timerEventDefinition");
            Element duration = timer == null ? null : timer.element("timeDuration");
            boolean nonInterrupting = "false".equals(boundaryEvent.attribute("cancelActivity"));
            if (duration == null || !nonInterrupting
                    || !(activity.getEventScope() instanceof ActivityImpl task)
                    || !(task.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
                return;
            }
            TaskDefinition definition = userTask.getTaskDefinition();
            if (definition.getDueDateExpression() == null) {
                ExpressionManager expressions = configuration.getExpressionManager();
                definition.setDueDateExpression(expressions.createExpression(duration.getText().trim()));
            }
        }
    }
}
