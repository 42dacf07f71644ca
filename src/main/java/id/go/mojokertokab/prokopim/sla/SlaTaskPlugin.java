package id.go.mojokertokab.prokopim.sla;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

import id.go.mojokertokab.prokopim.ParseListeners;

/**
 * What every user task gets from its SLA timer (a non-interrupting timer boundary event):
 * <ul>
 * <li>a due date equal to the timer ("PT1H" on the boundary event becomes "due one hour after
 * creation"), so each SOP standard is written once in the BPMN and Tasklist's "due in" and
 * overdue marks can never disagree with the timer that raises the breach; a task with its own
 * {@code camunda:dueDate} keeps it;</li>
 * <li>its open {@value SlaBreachListener#INCIDENT_TYPE} incident resolved when the task is
 * completed, so history records the breach as resolved by doing the work (the engine would
 * otherwise record it as deleted with the task's execution).</li>
 * </ul>
 */
@Component
public class SlaTaskPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addAfterCamundas(configuration, new SlaTimerOfTask(configuration));
    }

    private static final class SlaTimerOfTask extends AbstractBpmnParseListener {

        private final ProcessEngineConfigurationImpl configuration;

        SlaTimerOfTask(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl activity) {
            Element timer = boundaryEvent.element("timerEventDefinition");
            // a duration ("PT1H"), or a date a bean computes, e.g. ${hariKerja.setelah(2)} for working days
            Element duration = timer == null ? null
                    : timer.element("timeDuration") != null ? timer.element("timeDuration") : timer.element("timeDate");
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
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, SlaTimerOfTask::resolveBreach);
        }

        /* Runs without authorization checks: staff who complete their task may not read or update incidents. */
        private static void resolveBreach(DelegateTask task) {
            RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
            Context.getCommandContext().runWithoutAuthorization(() -> {
                for (Incident breach : runtime.createIncidentQuery()
                        .executionId(task.getExecutionId())
                        .incidentType(SlaBreachListener.INCIDENT_TYPE)
                        .list()) {
                    runtime.resolveIncident(breach.getId());
                }
                return null;
            });
        }
    }
}
